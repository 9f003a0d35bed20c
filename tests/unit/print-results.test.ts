import { describe, expect, it } from 'vitest';
import {
  averageText,
  countedPupils,
  percentText,
  resultsOf,
  rounded,
  type PupilMarks,
} from '../../src-main/print/data/results';
import { classMetrics, metricText, metricValue } from '../../src-main/print/data/results-columns';

const five = (...marks: string[]): PupilMarks => ({ marks, scale: 'five_point' });

/*
 * Seven pupils, one of each kind, worked out by hand:
 * A 5 5 5 excellent · B 5 4 4 good · C 4 3 5 one 3 · D 3 3 4 none of the groups · E 2 4 5 with a 2 ·
 * F н/а 5 5 not certified · G no marks yet.
 * Marks: 5s 3+1+1+1+2 = 8, 4s 2+1+1+1 = 5, 3s 1+2 = 3, 2s 1, н/а 1; 18 marks, 17 of them numbers.
 */
const seven = [
  five('5', '5', '5'),
  five('5', '4', '4'),
  five('4', '3', '5'),
  five('3', '3', '4'),
  five('2', '4', '5'),
  five('н/а', '5', '5'),
  five(),
];

describe('the metrics of a list of pupils', () => {
  it('sorts pupils into the groups by their marks', () => {
    const r = resultsOf(seven);
    expect(r).toMatchObject({
      pupils: 7,
      graded: 7,
      excellent: 1,
      good: 1,
      oneThree: 1,
      withTwos: 1,
      notCertified: 1,
      unmarked: 1,
      counts: { n5: 8, n4: 5, n3: 3, n2: 1, na: 1 },
    });
  });

  it('computes success, quality, СОУ and the average as the regulations define them', () => {
    const r = resultsOf(seven);
    // Success: A, B, C, D have marks and no 2 or н/а: 4 of 7. Quality: A and B: 2 of 7.
    expect(r.success).toBeCloseTo((4 / 7) * 100, 10);
    expect(r.quality).toBeCloseTo((2 / 7) * 100, 10);
    // СОУ = (100·8 + 64·5 + 36·3 + 16·1 + 7·1) / 18 = 1251 / 18 = 69.5.
    expect(r.sou).toBe(69.5);
    // Average over the 17 numeric marks: (40 + 20 + 9 + 2) / 17 = 71 / 17.
    expect(r.average).toBeCloseTo(71 / 17, 10);
    expect([percentText(r.success), percentText(r.quality), percentText(r.sou), averageText(r.average)]).toEqual([
      '57,1',
      '28,6',
      '69,5',
      '4,18',
    ]);
  });

  it('gives the textbook СОУ of one mark of each kind', () => {
    // (100 + 64 + 36 + 16) / 4 = 54; one н/а alone is 7.
    expect(resultsOf([five('5'), five('4'), five('3'), five('2')]).sou).toBe(54);
    expect(resultsOf([five('н/а')]).sou).toBe(7);
  });

  it('puts a pupil with a 2 and an н/а in both groups, and one with two 3s in none', () => {
    const r = resultsOf([five('2', 'н/а', '5'), five('3', '3', '5')]);
    expect(r).toMatchObject({ withTwos: 1, notCertified: 1, excellent: 0, good: 0, oneThree: 0 });
    expect(r.success).toBe(50);
  });

  it('leaves pupils off the 5-point scale out of everything but the count and н/а', () => {
    const r = resultsOf([
      ...seven,
      { marks: ['8', 'н/а'], scale: 'points' },
      { marks: ['5', '5'], scale: 'points' },
      { marks: [], scale: 'none' },
    ]);
    expect(r).toMatchObject({ pupils: 10, graded: 7, excellent: 1, notCertified: 2 });
    // The points "5"s and the points н/а are not in the 5-point marks: the same rates as the seven.
    expect(r.counts).toEqual({ n5: 8, n4: 5, n3: 3, n2: 1, na: 1 });
    expect(r.sou).toBe(69.5);
    expect(r.success).toBeCloseTo((4 / 7) * 100, 10);

    const points = resultsOf([{ marks: ['7', '9'], scale: 'points' }]);
    expect(points).toMatchObject({ pupils: 1, graded: 0, success: null, quality: null, sou: null, average: null });
    expect(metricText('excellent', points)).toBe('—');
    expect(metricText('pupils', points)).toBe('1');
    expect(metricText('quality', points)).toBe('—');
    expect(metricValue('excellent', points)).toBeNull();
    expect(classMetrics('points')).toEqual(['pupils', 'notCertified']);
  });

  it('has nothing to divide by for no pupils', () => {
    expect(resultsOf([])).toMatchObject({ pupils: 0, success: null, quality: null, sou: null, average: null });
  });

  it('counts only the pupils still in the class at the period end', () => {
    const pupils = [
      { id: 1, left: null, arrived: null },
      { id: 2, left: '2026-10-15', arrived: null },
      { id: 3, left: null, arrived: '2026-10-01' },
    ];
    expect(countedPupils(pupils).map((p) => p.id)).toEqual([1, 3]);
  });
});

describe('the numbers as printed', () => {
  it('rounds half up with a decimal comma', () => {
    expect(rounded(86.25, 1)).toBe(86.3);
    expect(rounded(4.005, 2)).toBe(4.01);
    expect(percentText(100)).toBe('100,0');
    expect(percentText(null)).toBe('—');
    expect(averageText(4)).toBe('4,00');
  });

  it('gives spreadsheets the printed numbers as numbers', () => {
    const r = resultsOf(seven);
    expect(metricValue('success', r)).toBe(57.1);
    expect(metricValue('average', r)).toBe(4.18);
    expect(metricValue('pupils', r)).toBe(7);
    expect(metricText('withTwos', r)).toBe('1');
  });
});
