import { eq } from 'drizzle-orm';
import type { Database } from '../db/connection';
import { academicYear, schoolClass } from '../db/schema';
import { ApiError } from '../api/api-error';
import type { CallContext } from '../api/context';
import { signedInUser } from '../api/context';
import type { ClassRecord } from '../roster/classes';
import { staffIdOfUser } from './staff-of-user';

export interface ClassWithYear {
  record: ClassRecord;
  yearStartsOn: string;
  yearEndsOn: string;
  yearClosed: boolean;
}

/** The class and the dates of its school year; NOT_FOUND (on `path`) when there is no such class. */
export function requireClass(db: Database, classId: number, path: string): ClassWithYear {
  const row = db.orm
    .select({
      record: schoolClass,
      startsOn: academicYear.startsOn,
      endsOn: academicYear.endsOn,
      state: academicYear.state,
    })
    .from(schoolClass)
    .innerJoin(academicYear, eq(academicYear.id, schoolClass.yearId))
    .where(eq(schoolClass.id, classId))
    .get();
  if (!row) throw new ApiError('NOT_FOUND', undefined, [{ path, message: 'validation.classNotFound' }]);
  return {
    record: row.record,
    yearStartsOn: row.startsOn,
    yearEndsOn: row.endsOn,
    yearClosed: row.state === 'closed',
  };
}

/** True when the signed-in caller is the class teacher of this class. */
export function isOwnClass(ctx: CallContext, c: Pick<ClassRecord, 'classTeacherId'>): boolean {
  if (c.classTeacherId === null) return false;
  return staffIdOfUser(ctx.app.db, signedInUser(ctx).userId) === c.classTeacherId;
}

/** A class teacher keeps the list of their own class only (000 §3.4.1): FORBIDDEN for any other. */
export function assertOwnClass(ctx: CallContext, c: Pick<ClassRecord, 'classTeacherId'>): void {
  if (!isOwnClass(ctx, c)) throw new ApiError('FORBIDDEN');
}

/** Refuses a date outside the class's school year: a pupil belongs to a class of one year only. */
export function assertInYear(c: ClassWithYear, date: string, path: string): void {
  if (date < c.yearStartsOn || date > c.yearEndsOn) {
    throw new ApiError('INVALID_INPUT', undefined, [
      { path, message: 'validation.outsideYear', params: { from: c.yearStartsOn, to: c.yearEndsOn } },
    ]);
  }
}

/** A closed year is read-only (scenario 9): its lists stay exactly as they were printed. */
export function assertYearOpen(c: ClassWithYear): void {
  if (c.yearClosed) throw new ApiError('YEAR_CLOSED');
}
