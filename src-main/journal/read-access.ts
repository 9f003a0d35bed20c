import { ApiError } from '../api/api-error';
import type { CallContext } from '../api/context';
import { signedInUser } from '../api/context';
import { callerStaffId } from './lesson-access';

/** What part of a journal is read: a subgroup's page, or one pupil's entries. */
export interface ReadView {
  subgroupId?: number | null;
  studentId?: number;
  /** Material shared by the whole class subject (its plan): teaching any of its subgroups suffices. */
  wholeSubject?: boolean;
}

/**
 * Who reads a class subject's journal: roles with journal.readAll every one; a teacher the class
 * subjects they teach or substitute in (planned or done), and a class teacher every journal of their
 * class (they excuse its absences, 004 §4.13.6–7). A subgroup's teacher reads only their subgroup: its
 * page, or the entries of a pupil in it (004 §4.14.13: each subgroup teacher keeps their own records).
 */
export function assertCanRead(ctx: CallContext, classSubjectId: number, view: ReadView = {}): void {
  if (signedInUser(ctx).permissions.includes('journal.readAll')) return;
  const staffId = callerStaffId(ctx);
  const own =
    staffId !== null &&
    ctx.app.db.sqlite
      .prepare(
        `select 1 from class_subject where id = @cs and teacher_id = @staff
         union all select 1 from subgroup where class_subject_id = @cs and teacher_id = @staff
                    and (id = @subgroup or @whole = 1)
         union all select 1 from subgroup g join subgroup_member m on m.subgroup_id = g.id
                    where g.class_subject_id = @cs and g.teacher_id = @staff and m.student_id = @student
         union all select 1 from lesson where class_subject_id = @cs and taught_by = @staff and is_substitution = 1
         union all select 1 from substitution where class_subject_id = @cs and substitute_id = @staff
         union all select 1 from class_subject cs join class c on c.id = cs.class_id
                    where cs.id = @cs and c.class_teacher_id = @staff
         limit 1`,
      )
      .get({
        cs: classSubjectId,
        staff: staffId,
        subgroup: view.subgroupId ?? null,
        student: view.studentId ?? null,
        whole: view.wholeSubject ? 1 : 0,
      }) !== undefined;
  if (!own) throw new ApiError('FORBIDDEN', { rule: 'journal.notOwn' });
}
