import { eq } from 'drizzle-orm';
import type { Database } from '../db/connection';
import { academicYear } from '../db/schema';
import { ApiError } from '../api/api-error';
import { currentYear } from '../school/academic-year';

export type YearRecord = typeof academicYear.$inferSelect;

export function findYear(db: Database, yearId: number): YearRecord {
  const row = db.orm.select().from(academicYear).where(eq(academicYear.id, yearId)).get();
  if (!row) throw new ApiError('NOT_FOUND');
  return row;
}

/** The year a call means: the one asked for, or the current one. */
export function yearOrCurrent(db: Database, yearId: number | undefined): YearRecord {
  if (yearId !== undefined) return findYear(db, yearId);
  const year = currentYear(db);
  if (!year) throw new ApiError('NOT_FOUND');
  return year;
}

/**
 * A closed year is the archive's: its calendar, grading and structure stay as they were printed and
 * signed. Every write to a year's data passes through here.
 */
export function writableYear(db: Database, yearId: number): YearRecord {
  const year = findYear(db, yearId);
  if (year.state === 'closed') throw new ApiError('YEAR_CLOSED', { title: year.title });
  return year;
}
