import { asc, eq } from 'drizzle-orm';
import type { Database } from '../db/connection';
import { enrollment } from '../db/schema';
import { ApiError } from '../api/api-error';
import { classTitle } from '../roster/classes';
import { requireClass } from '../students/class-access';

export type BookLine = typeof enrollment.$inferSelect;

export function linesOf(db: Database, studentId: number): BookLine[] {
  return db.orm
    .select()
    .from(enrollment)
    .where(eq(enrollment.studentId, studentId))
    .orderBy(asc(enrollment.fromDate), asc(enrollment.id))
    .all();
}

/** A refusal that names the field it is about and leaves the book as it was. */
export function refuse(path: string, message: string, params?: Record<string, string | number>): never {
  throw new ApiError('CONFLICT', undefined, [{ path, message, ...(params ? { params } : {}) }]);
}

/**
 * The line a transfer or a departure closes: the line with no end that has begun by `date` (the
 * latest, should an older one have been left open). Refused when there is no open line (never
 * enrolled, or already left) and when `date` comes before every open line starts.
 */
export function openLineOn(db: Database, studentId: number, date: string): BookLine {
  const open = linesOf(db, studentId).filter((l) => l.toDate === null);
  const first = open[0];
  if (!first) refuse('date', 'movement.notEnrolled', { date });
  const current = open.filter((l) => l.fromDate <= date).at(-1);
  if (!current) refuse('date', 'movement.beforeStart', { from: first.fromDate });
  return current;
}

/**
 * An arrival must not overlap the book: refused while any line is open or ends on or after `date`
 * (the pupil is in a class that day, or is already entered for later).
 */
export function assertFreeFrom(db: Database, studentId: number, date: string): void {
  const busy = linesOf(db, studentId).find((l) => l.toDate === null || l.toDate >= date);
  if (busy) {
    const c = requireClass(db, busy.classId, 'studentId').record;
    refuse('date', 'movement.alreadyEnrolled', { className: classTitle(c), from: busy.fromDate });
  }
}
