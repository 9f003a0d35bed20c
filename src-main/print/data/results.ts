import type { GradingScale } from '../../db/schema';
import { notCertified } from '../../period-marks/propose';

/*
 * The numbers the ledgers and reports print under the marks (DESIGN, "Metrics that reports use"),
 * as pure functions of per-pupil lists of period marks: one pupil's mark in one subject for a
 * subject's row, all of a pupil's marks for a class, the classes' lists joined for a parallel or the
 * school. Aggregates are always recomputed from pupils, never averaged from class percentages.
 *
 * Decisions the regulations leave open, kept here so every document agrees:
 * - Pupils counted: the caller passes only pupils still in the class on the period's last day
 *   (`countedPupils`); those who left earlier were certified elsewhere or not at all.
 * - The groups are per pupil: excellent (every mark 5), good (only 4 and 5, at least one 4), with one
 *   3 (exactly one 3, the rest 4 and 5), with 2s (any 2), not certified (any н/а). A pupil with a 2
 *   and an н/а is in both of the last two; a pupil with two 3s is in none.
 * - Success rate: pupils with marks, none of them 2 or н/а, as a % of the graded pupils. "Not
 *   certified" is not success: the pupil has no mark to show for the period.
 * - A graded pupil with no mark at all (marks not set yet, or arrived on the last days) stays in the
 *   denominators and in no group, so unfinished marks lower the rates instead of hiding; `unmarked`
 *   counts them so the documents can say why.
 * - Only the 5-point scale has 2–5: pupils on the points or criteria scale (reform grades) and on no
 *   scale (grade 1, grade 2's first half-year) are counted in `pupils` and, for н/а, in
 *   `notCertified`, but not in `graded`, the groups, the rates, СОУ or the average. A points mark of
 *   "5" is not a 5, so those classes print "—" there with a note.
 * - СОУ and the average are over marks (one per pupil and subject); н/а weighs 7 in СОУ and is left
 *   out of the average. Text that is not a mark (none is stored today) is ignored.
 */

export interface PupilMarks {
  marks: readonly string[];
  scale: GradingScale;
}

export interface MarkCounts {
  n5: number;
  n4: number;
  n3: number;
  n2: number;
  na: number;
}

export interface Results {
  /** Pupils counted (still in the class at the period's end), on any scale. */
  pupils: number;
  /** Of them, on the 5-point scale: the denominator of the rates. */
  graded: number;
  excellent: number;
  good: number;
  oneThree: number;
  withTwos: number;
  notCertified: number;
  /** Graded pupils without a single mark. */
  unmarked: number;
  counts: MarkCounts;
  /** Percentages 0–100 and the average 2–5, unrounded; null when there is nothing to divide by. */
  success: number | null;
  quality: number | null;
  sou: number | null;
  average: number | null;
}

/** Pupils counted for a period: those who did not leave before its last day. */
export function countedPupils<P extends { left: string | null }>(pupils: readonly P[]): P[] {
  return pupils.filter((p) => p.left === null);
}

function countMarks(marks: readonly string[]): MarkCounts {
  const counts: MarkCounts = { n5: 0, n4: 0, n3: 0, n2: 0, na: 0 };
  for (const mark of marks) {
    if (mark === '5') counts.n5++;
    else if (mark === '4') counts.n4++;
    else if (mark === '3') counts.n3++;
    else if (mark === '2') counts.n2++;
    else if (mark === notCertified) counts.na++;
  }
  return counts;
}

const percent = (part: number, whole: number) => (whole === 0 ? null : (100 * part) / whole);

export function resultsOf(pupils: readonly PupilMarks[]): Results {
  const r: Results = {
    pupils: pupils.length,
    graded: 0,
    excellent: 0,
    good: 0,
    oneThree: 0,
    withTwos: 0,
    notCertified: 0,
    unmarked: 0,
    counts: { n5: 0, n4: 0, n3: 0, n2: 0, na: 0 },
    success: null,
    quality: null,
    sou: null,
    average: null,
  };
  let successful = 0;
  for (const pupil of pupils) {
    const c = countMarks(pupil.marks);
    if (c.na > 0) r.notCertified++;
    if (pupil.scale !== 'five_point') continue;
    r.graded++;
    for (const key of ['n5', 'n4', 'n3', 'n2', 'na'] as const) r.counts[key] += c[key];
    const total = c.n5 + c.n4 + c.n3 + c.n2 + c.na;
    if (total === 0) {
      r.unmarked++;
      continue;
    }
    if (c.n2 > 0) r.withTwos++;
    if (c.n2 === 0 && c.na === 0) successful++;
    if (c.n5 === total) r.excellent++;
    else if (c.n4 + c.n5 === total) r.good++;
    else if (c.n3 === 1 && c.n4 + c.n5 === total - 1) r.oneThree++;
  }
  const { n5, n4, n3, n2, na } = r.counts;
  const marks = n5 + n4 + n3 + n2 + na;
  const numeric = n5 + n4 + n3 + n2;
  r.success = percent(successful, r.graded);
  r.quality = percent(r.excellent + r.good, r.graded);
  r.sou = marks === 0 ? null : (100 * n5 + 64 * n4 + 36 * n3 + 16 * n2 + 7 * na) / marks;
  r.average = numeric === 0 ? null : (5 * n5 + 4 * n4 + 3 * n3 + 2 * n2) / numeric;
  return r;
}

/** Rounds half away from zero at `digits` decimals, steadied against binary fractions (86.25 → 86.3). */
export function rounded(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(Number((value * factor).toFixed(6))) / factor;
}

/** "86,2" — a percentage as printed, one decimal, a decimal comma; "—" for none. */
export function percentText(value: number | null): string {
  return value === null ? '—' : rounded(value, 1).toFixed(1).replace('.', ',');
}

/** "4,27" — an average mark as printed. */
export function averageText(value: number | null): string {
  return value === null ? '—' : rounded(value, 2).toFixed(2).replace('.', ',');
}
