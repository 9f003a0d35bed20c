import { describe, expect, it } from 'vitest';
import { roundAverage } from '../../src-main/period-marks/propose';
import { defaultPeriodMarkRules } from '../../src-main/period-marks/rules';
import { parseNumber, roundMean, roundingExamples } from '../../src-renderer/pages/settings/numbers';
import {
  periodRulesDraft,
  periodRulesValue,
  studyWeeksDraft,
  studyWeeksValue,
} from '../../src-renderer/pages/settings/drafts';

/*
 * The settings screen's own arithmetic: its live rounding example must say what the proposal will
 * do, and its fields must send back exactly what they were given.
 */

describe('the rounding example', () => {
  it('rounds every mean from 2.00 to 5.00 as the period-mark proposal does, under every rule', () => {
    const rules = [
      { kind: 'half_up' } as const,
      ...[0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.9].map((fraction) => ({ kind: 'threshold', fraction }) as const),
    ];
    for (const rule of rules) {
      for (let h = 200; h <= 500; h++) {
        const mean = h / 100;
        expect(roundMean(mean, rule), `${mean} ${JSON.stringify(rule)}`).toBe(roundAverage(mean, rule));
      }
    }
  });

  it('shows the two means either side of the edge', () => {
    expect(roundingExamples({ kind: 'half_up' })).toEqual([
      [4.49, 4],
      [4.5, 5],
    ]);
    expect(roundingExamples({ kind: 'threshold', fraction: 0.6 })).toEqual([
      [4.59, 4],
      [4.6, 5],
    ]);
    // Nothing while the threshold is still being typed, or out of its bounds.
    expect(roundingExamples({ kind: 'threshold', fraction: Number.NaN })).toEqual([]);
    expect(roundingExamples({ kind: 'threshold', fraction: 0.95 })).toEqual([]);
  });
});

describe('the fields', () => {
  it('read a decimal comma, and an empty field as no number', () => {
    expect(parseNumber('0,6')).toBe(0.6);
    expect(parseNumber(' 1.5 ')).toBe(1.5);
    expect(parseNumber('')).toBeNaN();
    expect(parseNumber('бир')).toBeNaN();
  });

  it('give back the period-mark rules and the study weeks they were filled from', () => {
    const threshold = { ...defaultPeriodMarkRules, rounding: { kind: 'threshold', fraction: 0.65 } } as const;
    expect(periodRulesValue(periodRulesDraft(defaultPeriodMarkRules))).toEqual(defaultPeriodMarkRules);
    expect(periodRulesValue(periodRulesDraft(threshold))).toEqual(threshold);
    const draft = studyWeeksDraft({ default: 34, byGrade: { '1': 33 } });
    expect(draft.byGrade[1]).toBe('33');
    expect(draft.byGrade[2]).toBe('');
    expect(studyWeeksValue(draft)).toEqual({ default: 34, byGrade: { '1': 33 } });
    expect(studyWeeksValue({ ...draft, byGrade: { ...draft.byGrade, 1: '', 11: '32' } })).toEqual({
      default: 34,
      byGrade: { '11': 32 },
    });
  });
});
