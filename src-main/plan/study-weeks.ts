import { eq } from 'drizzle-orm';
import type { Database } from '../db/connection';
import { setting } from '../db/schema';
import type { HoursCheck } from '../api/contract/plan';

/**
 * How many study weeks a grade has in the year: the Kyrgyz basic curriculum counts 34 weeks, 33 in
 * grade 1. A plan's hours must equal hours a week × these weeks (000 §3.5.4, 004 §4.14.11). The school
 * may change them in the `setting` table under `plan.studyWeeks`, as `{ "default": 34, "byGrade": { "1": 33 } }`.
 */
export interface StudyWeeks {
  default: number;
  byGrade: Partial<Record<number, number>>;
}

export const studyWeeksKey = 'plan.studyWeeks';

export const defaultStudyWeeks: StudyWeeks = { default: 34, byGrade: { 1: 33 } };

const isWeeks = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 52;

/**
 * The stored weeks over the defaults. The setting is edited by hand until it has a screen: a value of
 * the wrong shape falls back to the default rather than making every plan look wrong. A `byGrade` that
 * is an object replaces the default list (its unreadable entries are skipped).
 */
export function readStudyWeeks(db: Database): StudyWeeks {
  const row = db.orm.select({ value: setting.value }).from(setting).where(eq(setting.key, studyWeeksKey)).get();
  const stored = row?.value;
  if (stored === null || typeof stored !== 'object' || Array.isArray(stored)) return defaultStudyWeeks;
  const { default: base, byGrade } = stored as { default?: unknown; byGrade?: unknown };
  const grades: Partial<Record<number, number>> = {};
  if (byGrade !== null && typeof byGrade === 'object' && !Array.isArray(byGrade)) {
    for (const [grade, weeks] of Object.entries(byGrade)) {
      const g = Number(grade);
      if (Number.isInteger(g) && g >= 1 && g <= 12 && isWeeks(weeks)) grades[g] = weeks;
    }
  }
  return {
    default: isWeeks(base) ? base : defaultStudyWeeks.default,
    byGrade:
      byGrade !== null && typeof byGrade === 'object' && !Array.isArray(byGrade) ? grades : defaultStudyWeeks.byGrade,
  };
}

export function weeksFor(weeks: StudyWeeks, grade: number): number {
  return weeks.byGrade[grade] ?? weeks.default;
}

/** Hours are whole or half: two decimals are more than enough and keep 0.1 + 0.2 out of the screens. */
const round = (n: number) => Math.round(n * 100) / 100;

export function hoursCheck(planned: number, hoursPerWeek: number, weeks: number): HoursCheck {
  const expected = round(hoursPerWeek * weeks);
  return { planned: round(planned), hoursPerWeek, weeks, expected, difference: round(planned - expected) };
}

export function sumHours(topics: readonly { hours: number }[]): number {
  return round(topics.reduce((sum, t) => sum + t.hours, 0));
}
