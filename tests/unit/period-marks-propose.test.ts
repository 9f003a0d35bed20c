import { describe, expect, it } from 'vitest';
import type { MarkKind } from '../../src-main/db/schema';
import {
  clampToScale,
  proposeFinal,
  proposeFromMarks,
  proposeYear,
  roundAverage,
} from '../../src-main/period-marks/propose';
import { defaultPeriodMarkRules, minimumMarks, type PeriodMarkRules } from '../../src-main/period-marks/rules';

/** Marks written as `kind:value`, e.g. `control:5`; a bare value is an oral (general) mark. */
const marks = (...list: string[]) =>
  list.map((m) => {
    const [kind, value] = m.includes(':') ? m.split(':') : ['general', m];
    return { kind: kind as MarkKind, numeric: value === 'A' ? null : Number(value) };
  });

const rules = defaultPeriodMarkRules;
const threshold: PeriodMarkRules = { ...rules, rounding: { kind: 'threshold', fraction: 0.6 } };
const controlTwice: PeriodMarkRules = { ...rules, weights: { ...rules.weights, control: 2 } };

describe('the mean of the marks', () => {
  it('is a plain mean by default', () => {
    // (5 + 4 + 4 + 3) / 4 = 4.00
    expect(proposeFromMarks(marks('5', '4', '4', 'write:3'), 'five_point', 3, rules)).toMatchObject({
      average: 4,
      value: '4',
      markCount: 4,
      writtenCount: 1,
    });
    // (5 + 4 + 4) / 3 = 4.333… shown as 4.33
    expect(proposeFromMarks(marks('5', '4', 'test:4'), 'five_point', 3, rules)).toMatchObject({
      average: 4.33,
      value: '4',
    });
  });

  it('counts control work twice when the school says so', () => {
    const list = marks('4', '4', 'control:5');
    // plain: 13 / 3 = 4.33 → 4; weighted: (4 + 4 + 2·5) / 4 = 4.5 → 5
    expect(proposeFromMarks(list, 'five_point', 3, rules)).toMatchObject({ average: 4.33, value: '4' });
    expect(proposeFromMarks(list, 'five_point', 3, controlTwice)).toMatchObject({ average: 4.5, value: '5' });
  });

  it('rounds half up by default and by a threshold of 0.6 when set, at the boundary', () => {
    expect(roundAverage(4.5, rules.rounding)).toBe(5);
    expect(roundAverage(4.49, rules.rounding)).toBe(4);
    expect(roundAverage(4.5, threshold.rounding)).toBe(4);
    expect(roundAverage(4.59, threshold.rounding)).toBe(4);
    expect(roundAverage(4.6, threshold.rounding)).toBe(5);
    // 23 / 5 = 4.6 exactly, whose fractional part is 0.5999… in floating point: still up.
    expect(proposeFromMarks(marks('5', '5', '5', '4', 'write:4'), 'five_point', 3, threshold).value).toBe('5');
    // 9 / 2 = 4.5: up by half_up, down below the 0.6 threshold.
    expect(proposeFromMarks(marks('5', 'write:4'), 'five_point', 2, rules).value).toBe('5');
    expect(proposeFromMarks(marks('5', 'write:4'), 'five_point', 2, threshold).value).toBe('4');
  });

  it('keeps the proposal inside the scale', () => {
    expect(clampToScale(1, 'five_point')).toBe(2);
    expect(clampToScale(6, 'five_point')).toBe(5);
    expect(clampToScale(0, 'points')).toBe(1);
    expect(clampToScale(11, 'points')).toBe(10);
    // Marks of 1 (a points scale read on a five-point one): mean 1 → 2.
    expect(proposeFromMarks(marks('1', 'write:1', '1'), 'five_point', 3, rules)).toMatchObject({
      average: 1,
      value: '2',
    });
    // points: (9 + 8 + 10) / 3 = 9
    expect(proposeFromMarks(marks('9', '8', 'write:10'), 'points', 3, rules).value).toBe('9');
  });

  it('proposes nothing for criteria given as words, and says why', () => {
    const p = proposeFromMarks(marks('3', 'A', 'write:4'), 'criteria', 3, rules);
    expect(p).toMatchObject({ average: null, value: null });
    expect(p.warnings).toContainEqual({ code: 'notNumeric' });
    expect(proposeFromMarks(marks('3', 'write:4', '4'), 'criteria', 3, rules).value).toBe('4');
  });

  it('proposes nothing and warns of nothing in a grade without marks', () => {
    expect(proposeFromMarks(marks('5'), 'none', 3, rules)).toEqual({
      average: null,
      value: null,
      warnings: [],
      markCount: 0,
      writtenCount: 0,
    });
    expect(proposeYear(['5', '4'], 4, 'none', rules)).toEqual({ average: null, value: null, warnings: [] });
    expect(proposeFinal('5', '4', 'none', rules)).toEqual({ average: null, value: null, warnings: [] });
  });
});

describe('the warnings of a quarter', () => {
  it('asks for 3 marks at up to 2 hours a week and one more for every further hour', () => {
    const m = rules.minMarks;
    expect([1, 2, 2.5, 3, 4, 5].map((h) => minimumMarks(h, m))).toEqual([3, 3, 4, 4, 5, 6]);
    expect(minimumMarks(4, { upToTwoHours: 4, perExtraHour: 2 })).toBe(8);
  });

  it('warns of too few marks at 2 hours a week', () => {
    const min = minimumMarks(2, rules.minMarks);
    expect(proposeFromMarks(marks('5', 'write:4'), 'five_point', min, rules).warnings).toEqual([
      { code: 'fewMarks', params: { count: 2, minimum: 3 } },
    ]);
    expect(proposeFromMarks(marks('5', '5', 'write:4'), 'five_point', min, rules).warnings).toEqual([]);
  });

  it('warns of too few marks at 4 hours a week', () => {
    const min = minimumMarks(4, rules.minMarks);
    const four = marks('5', '4', '4', 'control:3');
    expect(proposeFromMarks(four, 'five_point', min, rules).warnings).toEqual([
      { code: 'fewMarks', params: { count: 4, minimum: 5 } },
    ]);
    expect(proposeFromMarks([...four, ...marks('5')], 'five_point', min, rules).warnings).toEqual([]);
  });

  it('warns when no mark is of written work, by the school’s list of written kinds', () => {
    const oral = marks('5', '4', 'homework:4');
    expect(proposeFromMarks(oral, 'five_point', 3, rules).warnings).toEqual([{ code: 'noWritten' }]);
    expect(proposeFromMarks(marks('5', '4', 'test:4'), 'five_point', 3, rules).warnings).toEqual([]);
    const homeworkWritten = { ...rules, writtenKinds: ['homework'] as MarkKind[] };
    expect(proposeFromMarks(oral, 'five_point', 3, homeworkWritten)).toMatchObject({ writtenCount: 1, warnings: [] });
  });

  it('gives both warnings and no proposal to a pupil without marks', () => {
    expect(proposeFromMarks([], 'five_point', 3, rules)).toEqual({
      average: null,
      value: null,
      markCount: 0,
      writtenCount: 0,
      warnings: [{ code: 'fewMarks', params: { count: 0, minimum: 3 } }, { code: 'noWritten' }],
    });
  });
});

describe('the year and the final mark', () => {
  it('takes the year from the quarters, leaving "н/а" out with a warning', () => {
    // (5 + 4 + 4) / 3 = 4.33 → 4
    expect(proposeYear(['5', '4', 'н/а', '4'], 4, 'five_point', rules)).toEqual({
      average: 4.33,
      value: '4',
      warnings: [{ code: 'notCertifiedPeriod', params: { count: 1 } }],
    });
    // (5 + 5 + 4) / 3 = 4.67 → 5
    expect(proposeYear(['5', 'н/а', '5', '4'], 4, 'five_point', rules).value).toBe('5');
    // (4 + 5) / 2 = 4.5: half-years, rounded by the rule
    expect(proposeYear(['4', '5'], 2, 'five_point', rules).value).toBe('5');
    expect(proposeYear(['4', '5'], 2, 'five_point', threshold).value).toBe('4');
  });

  it('warns of missing quarter marks and proposes nothing when every one is "н/а"', () => {
    expect(proposeYear(['5', '4'], 4, 'five_point', rules)).toEqual({
      average: 4.5,
      value: '5',
      warnings: [{ code: 'missingPeriods', params: { count: 2, expected: 4 } }],
    });
    expect(proposeYear(['н/а', 'н/а'], 2, 'five_point', rules)).toEqual({
      average: null,
      value: null,
      warnings: [{ code: 'notCertifiedPeriod', params: { count: 2 } }],
    });
  });

  it('takes the final mark from the year and the exam, or the year alone', () => {
    // (4 + 5) / 2 = 4.5 → 5 half up, 4 below a 0.6 threshold
    expect(proposeFinal('4', '5', 'five_point', rules)).toEqual({ average: 4.5, value: '5', warnings: [] });
    expect(proposeFinal('4', '5', 'five_point', threshold).value).toBe('4');
    expect(proposeFinal('3', '3', 'five_point', rules).value).toBe('3');
    expect(proposeFinal('4', null, 'five_point', rules)).toEqual({ average: 4, value: '4', warnings: [] });
  });

  it('proposes no final mark without a certified year mark', () => {
    expect(proposeFinal(null, '5', 'five_point', rules)).toEqual({
      average: null,
      value: null,
      warnings: [{ code: 'noYearMark' }],
    });
    expect(proposeFinal('н/а', '5', 'five_point', rules).value).toBeNull();
    expect(proposeFinal('4', 'н/а', 'five_point', rules)).toEqual({
      average: 4,
      value: '4',
      warnings: [{ code: 'notCertifiedPeriod', params: { count: 1 } }],
    });
  });
});
