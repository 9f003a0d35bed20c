import { describe, expect, it } from 'vitest';
import type { MarkKind } from '../../src-main/db/schema';
import { confidenceOf, forecastPupil, spreadOf, type ForecastEvidence } from '../../src-main/control/forecast/method';
import { defaultPeriodMarkRules, type PeriodMarkRules } from '../../src-main/period-marks/rules';

/* One pupil's forecast, every number worked out by hand (docs/forecast.md). Default rules: plain mean, half up, minimum 3. */

const general = (...values: number[]) => values.map((numeric) => ({ kind: 'general' as MarkKind, numeric }));
const evidence = (e: Partial<ForecastEvidence>): ForecastEvidence => ({
  marks: [],
  held: 8,
  absent: 0,
  ahead: 8,
  marksPerLesson: 0.5,
  ...e,
});
const fivePoint = { scale: 'five_point' as const, minimum: 3, rules: defaultPeriodMarkRules };

describe('forecastPupil', () => {
  it('forecasts the proposal from the marks so far, sure by evidence, time and steadiness', () => {
    // 5 4 5 4: mean 4.50 → 5 (half up); spread 0.5 → steadiness 0.8; evidence 1, elapsed 0.5 → 60.
    const f = forecastPupil(evidence({ marks: general(5, 4, 5, 4) }), fivePoint);
    expect(f).toMatchObject({ value: '5', average: 4.5, markCount: 4, expectedMarks: 8, confidence: 60 });
    expect(f.level).toBe('medium');
    expect(f.risks).toEqual([]);
  });

  it('is fully sure of steady marks at the period end', () => {
    const f = forecastPupil(evidence({ marks: general(4, 4, 4), held: 10, ahead: 0 }), fivePoint);
    expect(f).toMatchObject({ value: '4', confidence: 100, level: 'high', expectedMarks: 3 });
  });

  it('flags a mean below 3 and a run of 2s', () => {
    // 3 2 2: mean 2.33 → 2; spread 0.471 → steadiness 0.809; (1 + 0.5) / 2 × 0.809 → 61.
    const f = forecastPupil(evidence({ marks: general(3, 2, 2), held: 6, ahead: 6 }), fivePoint);
    expect(f).toMatchObject({ value: '2', average: 2.33, confidence: 61 });
    expect(f.risks).toEqual(['two', 'falling']);
  });

  it('flags a 3 not yet secured, but not a 2 long past', () => {
    expect(forecastPupil(evidence({ marks: general(3, 3, 2) }), fivePoint).risks).toEqual(['two']);
    expect(forecastPupil(evidence({ marks: general(2, 4, 4, 4) }), fivePoint).risks).toEqual([]);
  });

  it('forecasts "н/а" without a mark and with under one to come', () => {
    // 2 lessons ahead × 0.25 a lesson = 0.5 marks; even marked twice the minimum of 3 is out of reach.
    const f = forecastPupil(evidence({ held: 8, ahead: 2, marksPerLesson: 0.25 }), fivePoint);
    expect(f).toMatchObject({ value: 'н/а', average: null, expectedMarks: 0.5, confidence: 80, level: 'high' });
    expect(f.risks).toEqual(['noMarks', 'fewMarks']);
  });

  it('says it is too early without a mark while marks are still likely to come', () => {
    const f = forecastPupil(evidence({ held: 4, ahead: 12, marksPerLesson: 0.3 }), fivePoint);
    expect(f).toMatchObject({ value: null, confidence: 0, level: 'low', expectedMarks: 3.6 });
    expect(f.risks).toEqual([]);
  });

  it('does not blame the pupils of a class subject nobody has been marked in, nor one not taught', () => {
    const unmarked = forecastPupil(evidence({ held: 8, ahead: 1, marksPerLesson: 0 }), fivePoint);
    expect(unmarked.value).toBeNull();
    expect(unmarked.risks).toEqual(['fewMarks']);
    const notStarted = forecastPupil(evidence({ held: 0, ahead: 9, marksPerLesson: null }), fivePoint);
    expect(notStarted).toMatchObject({ value: null, risks: [] });
    const notTaught = forecastPupil(evidence({ held: 0, ahead: 0, marksPerLesson: null }), fivePoint);
    expect(notTaught).toMatchObject({ value: null, risks: [] });
  });

  it('counts many absences and expects fewer marks of a pupil who misses lessons', () => {
    // Absent 4 of 10 → presence 0.6: 1 + 10 × 0.3 × 0.6 = 2.8 marks; evidence 1/3, elapsed 0.5 → 42.
    const f = forecastPupil(
      evidence({ marks: general(4), held: 10, absent: 4, ahead: 10, marksPerLesson: 0.3 }),
      fivePoint,
    );
    expect(f).toMatchObject({ value: '4', expectedMarks: 2.8, confidence: 42, level: 'medium' });
    expect(f.risks).toEqual(['absences']);
    const two = forecastPupil(evidence({ marks: general(4), held: 10, absent: 2, ahead: 10 }), fivePoint);
    expect(two.risks).toEqual([]);
  });

  it("follows the school's weights and rounding, as the proposal does", () => {
    const marks = [
      { kind: 'general' as MarkKind, numeric: 3 },
      { kind: 'control' as MarkKind, numeric: 5 },
    ];
    const weighted: PeriodMarkRules = {
      ...defaultPeriodMarkRules,
      weights: { ...defaultPeriodMarkRules.weights, control: 2 },
    };
    // (3 + 2 × 5) / 3 = 4.33 → 4 half up; → 5 where the school rounds up from .30.
    expect(forecastPupil(evidence({ marks }), { ...fivePoint, rules: weighted })).toMatchObject({
      average: 4.33,
      value: '4',
    });
    const generous: PeriodMarkRules = { ...weighted, rounding: { kind: 'threshold', fraction: 0.3 } };
    expect(forecastPupil(evidence({ marks }), { ...fivePoint, rules: generous }).value).toBe('5');
  });

  it('has no 2s to fear on the points scale', () => {
    const f = forecastPupil(evidence({ marks: general(2, 2, 1) }), { ...fivePoint, scale: 'points' });
    expect(f.value).toBe('2');
    expect(f.risks).toEqual([]);
  });
});

describe('the confidence parts', () => {
  it('measures the spread as the standard deviation', () => {
    expect(spreadOf([4])).toBe(0);
    expect(spreadOf([5, 4, 5, 4])).toBe(0.5);
    expect(spreadOf([2, 4])).toBe(1);
  });

  it('weighs evidence and elapsed time equally, and costs a third for a spread of one mark', () => {
    // 1 mark of minimum 4 (0.25), 3 of 12 lessons held (0.25): 25; spread 1 → × 2/3.
    expect(confidenceOf(1, [4], evidence({ held: 3, ahead: 9 }), 4)).toBe(25);
    expect(confidenceOf(2, [2, 4], evidence({ held: 12, ahead: 0 }), 2)).toBe(67);
    expect(confidenceOf(0, [], evidence({}), 3)).toBe(0);
  });
});
