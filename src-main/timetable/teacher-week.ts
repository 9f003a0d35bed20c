import { eq } from 'drizzle-orm';
import { ApiError } from '../api/api-error';
import type { CallContext } from '../api/context';
import { signedInUser } from '../api/context';
import type { TeacherWeek } from '../api/contract/timetable';
import { staff } from '../db/schema';
import { callerStaffId } from '../journal/lesson-access';
import { fullName } from '../structure/staff-service';
import { teacherSlotRecords, toSlotRows } from './slot-rows';

/**
 * A teacher's lessons of the week in force on a day, in every class. A teacher sees their own week;
 * the deputy, the director and the administrator anyone's (they plan substitutions and check loads).
 */
export function teacherWeek(ctx: CallContext, input: { staffId?: number | undefined; on: string }): TeacherWeek {
  const db = ctx.app.db;
  const user = signedInUser(ctx);
  const own = callerStaffId(ctx);
  const staffId = input.staffId ?? own;
  if (staffId === null) {
    throw new ApiError('INVALID_INPUT', undefined, [{ path: 'staffId', message: 'validation.timetable.whichTeacher' }]);
  }
  const seesAll = user.permissions.includes('journal.readAll') || user.permissions.includes('year.manage');
  if (!seesAll && staffId !== own) throw new ApiError('FORBIDDEN', { rule: 'timetable.notOwn' });
  const person = db.orm.select().from(staff).where(eq(staff.id, staffId)).get();
  if (!person)
    throw new ApiError('NOT_FOUND', undefined, [{ path: 'staffId', message: 'validation.timetable.unknownTeacher' }]);
  return {
    staffId,
    fullName: fullName(person),
    on: input.on,
    slots: toSlotRows(db, teacherSlotRecords(db, staffId, input.on)),
  };
}
