import { statement, type Database } from '../db/connection';
import type { GradingScale } from '../db/schema';
import { ApiError } from '../api/api-error';

/**
 * The half-year a date belongs to: the half-year period that holds it, or, in the break between them,
 * the first before the second half-year starts. A year without half-year periods counts as the first.
 */
export function halfYearOf(db: Database, yearId: number, date: string): 1 | 2 {
  const second = statement(
    db.sqlite,
    `select starts_on as startsOn from period where year_id = ? and kind = 'half_year' and number = 2`,
  ).get(yearId) as { startsOn: string } | undefined;
  return second && date >= second.startsOn ? 2 : 1;
}

/**
 * The scale of a grade on a date: the half-year's rule, else the whole year's. A grade with no rule
 * at all gets the 5-point scale, which is what the regulations use everywhere they do not say otherwise.
 */
export function scaleOn(db: Database, yearId: number, grade: number, date: string): GradingScale {
  const half = halfYearOf(db, yearId, date);
  const rules = statement(
    db.sqlite,
    'select half_year as halfYear, scale from grading_rule where year_id = ? and grade = ?',
  ).all(yearId, grade) as { halfYear: number | null; scale: GradingScale }[];
  return (rules.find((r) => r.halfYear === half) ?? rules.find((r) => r.halfYear === null))?.scale ?? 'five_point';
}

/**
 * A mark's text and its number for averages, by scale:
 * - five_point: "2".."5" (the Kyrgyz scale has no 1 in the journal);
 * - points (reform grades 4–6): whole points 1–10;
 * - criteria (reform grades 7–12): a short level as written ("A", "3", "жогорку"), numeric when it is a number;
 * - none: refused, `validation.journal.noMarks` (grade 1 and grade 2's first half-year).
 */
export function readMarkValue(scale: GradingScale, value: string): { value: string; numeric: number | null } {
  const text = value.trim();
  const refuse = (message: string) =>
    new ApiError('INVALID_INPUT', undefined, [{ path: 'value', message, params: { scale } }]);
  switch (scale) {
    case 'none':
      throw refuse('validation.journal.noMarks');
    case 'five_point':
      if (!/^[2-5]$/.test(text)) throw refuse('validation.journal.markValue');
      return { value: text, numeric: Number(text) };
    case 'points':
      if (!/^([1-9]|10)$/.test(text)) throw refuse('validation.journal.markValue');
      return { value: text, numeric: Number(text) };
    case 'criteria': {
      if (text.length === 0 || text.length > 10) throw refuse('validation.journal.markValue');
      const n = Number(text.replace(',', '.'));
      return { value: text, numeric: Number.isFinite(n) ? n : null };
    }
  }
}
