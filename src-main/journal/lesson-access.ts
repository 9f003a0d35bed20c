import { statement, type Database } from '../db/connection';
import { ApiError } from '../api/api-error';
import type { CallContext } from '../api/context';
import { signedInUser } from '../api/context';
import { staffIdOfUser } from '../students/staff-of-user';
import { canEdit, readEditPolicy, type EditKind, type EditRefusal } from './edit-policy';
import type { MarkKind } from '../db/schema';

/** A lesson with what the edit rule and the enrolment checks need about its class. */
export interface LessonScope {
  lessonId: number;
  classSubjectId: number;
  subgroupId: number | null;
  date: string;
  taughtBy: number | null;
  isSubstitution: boolean;
  classId: number;
  grade: number;
  yearId: number;
  yearClosed: boolean;
  classTeacherId: number | null;
  subjectTeacherId: number | null;
  subgroupTeacherId: number | null;
}

export function findLessonScope(db: Database, lessonId: number): LessonScope | null {
  const row = statement(
    db.sqlite,
    `select l.id as lessonId, l.class_subject_id as classSubjectId, l.subgroup_id as subgroupId, l.date,
              l.taught_by as taughtBy, l.is_substitution as isSubstitution, c.id as classId, c.grade,
              c.year_id as yearId, y.state = 'closed' as yearClosed, c.class_teacher_id as classTeacherId,
              cs.teacher_id as subjectTeacherId, sg.teacher_id as subgroupTeacherId
         from lesson l
         join class_subject cs on cs.id = l.class_subject_id
         join class c on c.id = cs.class_id
         join academic_year y on y.id = c.year_id
         left join subgroup sg on sg.id = l.subgroup_id
        where l.id = ?`,
  ).get(lessonId) as
    (Omit<LessonScope, 'isSubstitution' | 'yearClosed'> & { isSubstitution: number; yearClosed: number }) | undefined;
  if (!row) return null;
  return { ...row, isSubstitution: row.isSubstitution === 1, yearClosed: row.yearClosed === 1 };
}

export function requireLessonScope(db: Database, lessonId: number, path = 'lessonId'): LessonScope {
  const scope = findLessonScope(db, lessonId);
  if (!scope) throw new ApiError('NOT_FOUND', undefined, [{ path, message: 'validation.journal.lessonNotFound' }]);
  return scope;
}

/** The caller's staff id; null for an account with no staff card. */
export function callerStaffId(ctx: CallContext): number | null {
  return staffIdOfUser(ctx.app.db, signedInUser(ctx).userId);
}

/**
 * A teacher's own lesson: of their class subject, of the subgroup they teach, or one they are recorded
 * as having substituted.
 */
export function isOwnLesson(scope: LessonScope, staffId: number | null): boolean {
  if (staffId === null) return false;
  if (scope.subgroupId !== null && scope.subgroupTeacherId === staffId) return true;
  if (scope.subjectTeacherId === staffId) return true;
  return scope.isSubstitution && scope.taughtBy === staffId;
}

/** Each refusal of the edit rule as the API returns it: the screen shows `errors.FORBIDDEN` plus the rule. */
export function refusalError(reason: EditRefusal): ApiError {
  if (reason === 'reasonRequired') {
    return new ApiError('INVALID_INPUT', undefined, [{ path: 'reason', message: 'validation.journal.reasonRequired' }]);
  }
  return new ApiError('FORBIDDEN', { rule: `journal.${reason}` });
}

/**
 * Applies the edit rule to one change; returns the reason to record (null when the teacher's own
 * in-window entry needs none and gave none). Throws the refusal otherwise.
 */
export function assertCanEdit(
  ctx: CallContext,
  q: { isOwn: boolean; lessonDate: string; kind: EditKind; markKind?: MarkKind; reason?: string | null },
): string | null {
  const user = signedInUser(ctx);
  const decision = canEdit({ ...q, role: user.role, now: ctx.now, policy: readEditPolicy(ctx.app.db) });
  if (!decision.ok) throw refusalError(decision.reason);
  return q.reason?.trim() || null;
}

export function assertYearOpen(scope: { yearClosed: boolean }): void {
  if (scope.yearClosed) throw new ApiError('YEAR_CLOSED');
}
