import { eq } from 'drizzle-orm';
import type { SessionUser } from '../../api/contract/session';
import type { Database } from '../../db/connection';
import { academicYear, schoolClass } from '../../db/schema';
import { staffIdOfUser } from '../../students/staff-of-user';

/**
 * The classes a caller's results reach: every class with `reports.read` (null), else the classes the
 * caller is class teacher of in that year (004 §4.7.3: the class teacher reports on her class).
 */
export function resultsReach(db: Database, user: SessionUser, yearId: number): number[] | null {
  if (user.permissions.includes('reports.read')) return null;
  const staffId = staffIdOfUser(db, user.userId);
  if (staffId === null) return [];
  return db.orm
    .select({ id: schoolClass.id, yearId: schoolClass.yearId })
    .from(schoolClass)
    .where(eq(schoolClass.classTeacherId, staffId))
    .all()
    .filter((c) => c.yearId === yearId)
    .map((c) => c.id);
}

/** The year asked for, or the current one; null when there is none. */
export function yearIdOf(db: Database, yearId: number | undefined): number | null {
  const row = db.orm
    .select({ id: academicYear.id })
    .from(academicYear)
    .where(yearId === undefined ? eq(academicYear.isCurrent, true) : eq(academicYear.id, yearId))
    .get();
  return row?.id ?? null;
}
