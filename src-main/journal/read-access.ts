import { ApiError } from '../api/api-error';
import type { CallContext } from '../api/context';
import { signedInUser } from '../api/context';
import { callerStaffId } from './lesson-access';

/**
 * Who reads a class subject's journal: roles with journal.readAll every one; a teacher the class
 * subjects they teach, whose subgroup they teach, or where they substitute (planned or done), and a class
 * teacher every journal of their class (they excuse its absences, 004 §4.13.6–7).
 */
export function assertCanRead(ctx: CallContext, classSubjectId: number): void {
  if (signedInUser(ctx).permissions.includes('journal.readAll')) return;
  const staffId = callerStaffId(ctx);
  const own =
    staffId !== null &&
    ctx.app.db.sqlite
      .prepare(
        `select 1 from class_subject where id = @cs and teacher_id = @staff
         union all select 1 from subgroup where class_subject_id = @cs and teacher_id = @staff
         union all select 1 from lesson where class_subject_id = @cs and taught_by = @staff and is_substitution = 1
         union all select 1 from substitution where class_subject_id = @cs and substitute_id = @staff
         union all select 1 from class_subject cs join class c on c.id = cs.class_id
                    where cs.id = @cs and c.class_teacher_id = @staff
         limit 1`,
      )
      .get({ cs: classSubjectId, staff: staffId }) !== undefined;
  if (!own) throw new ApiError('FORBIDDEN', { rule: 'journal.notOwn' });
}
