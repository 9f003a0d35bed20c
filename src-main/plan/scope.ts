import type { Database } from '../db/connection';
import { ApiError } from '../api/api-error';
import type { CallContext } from '../api/context';
import { signedInUser } from '../api/context';
import { assertCanRead } from '../journal/read-access';
import { callerStaffId } from '../journal/lesson-access';
import { formatClassName } from '../text/class-names';

/** One plan (a class subject's, or one subgroup's) with what the checks and the hours need. */
export interface PlanScope {
  classSubjectId: number;
  subgroupId: number | null;
  subgroupName: string | null;
  classId: number;
  className: string;
  grade: number;
  yearId: number;
  yearTitle: string;
  startsOn: string;
  endsOn: string;
  yearClosed: boolean;
  subjectId: number;
  subjectNameKy: string;
  subjectNameRu: string;
  hoursPerWeek: number;
  classSubjectTeacherId: number | null;
  subgroupTeacherId: number | null;
}

const notFound = (path: string, message: string) => new ApiError('NOT_FOUND', undefined, [{ path, message }]);

type Row = Omit<PlanScope, 'subgroupId' | 'subgroupName' | 'subgroupTeacherId' | 'className' | 'yearClosed'> & {
  letter: string;
  yearClosed: number;
};

export function planScope(
  db: Database,
  classSubjectId: number,
  subgroupId?: number | null,
  path = 'classSubjectId',
): PlanScope {
  const row = db.sqlite
    .prepare(
      `select cs.id as classSubjectId, c.id as classId, c.grade, c.letter, y.id as yearId, y.title as yearTitle,
              y.starts_on as startsOn, y.ends_on as endsOn, y.state = 'closed' as yearClosed,
              s.id as subjectId, s.name_ky as subjectNameKy, s.name_ru as subjectNameRu,
              cs.hours_per_week as hoursPerWeek, cs.teacher_id as classSubjectTeacherId
         from class_subject cs
         join class c on c.id = cs.class_id
         join academic_year y on y.id = c.year_id
         join subject s on s.id = cs.subject_id
        where cs.id = ?`,
    )
    .get(classSubjectId) as Row | undefined;
  if (!row) throw notFound(path, 'validation.plan.classSubjectNotFound');
  let group: { name: string; teacherId: number | null } | undefined;
  if (subgroupId !== undefined && subgroupId !== null) {
    group = db.sqlite
      .prepare('select name, teacher_id as teacherId from subgroup where id = ? and class_subject_id = ?')
      .get(subgroupId, classSubjectId) as typeof group;
    if (!group) throw notFound('subgroupId', 'validation.plan.subgroupNotFound');
  }
  const { letter, yearClosed, ...rest } = row;
  return {
    ...rest,
    className: formatClassName(row.grade, letter),
    yearClosed: yearClosed === 1,
    subgroupId: group ? (subgroupId ?? null) : null,
    subgroupName: group?.name ?? null,
    subgroupTeacherId: group?.teacherId ?? null,
  };
}

/**
 * Who changes a plan: the deputy (journal.correct) any; a teacher
 * the plans of the class subjects they teach, and the plan of a subgroup they teach. Returns the refusal
 * rather than throwing it, so that a plan can say whether its screen should offer editing. Someone
 * else's plan is refused before a closed year is mentioned.
 */
export function writeRefusal(ctx: CallContext, scope: PlanScope): ApiError | null {
  const user = signedInUser(ctx);
  const closed = scope.yearClosed ? new ApiError('YEAR_CLOSED', { title: scope.yearTitle }) : null;
  if (user.permissions.includes('journal.correct')) return closed;
  if (!user.permissions.includes('journal.writeOwn')) return new ApiError('FORBIDDEN');
  const staffId = callerStaffId(ctx);
  const own =
    staffId !== null &&
    (scope.classSubjectTeacherId === staffId || (scope.subgroupId !== null && scope.subgroupTeacherId === staffId));
  return own ? closed : new ApiError('FORBIDDEN', { rule: 'plan.notOwn' });
}

export function assertCanWrite(ctx: CallContext, scope: PlanScope): void {
  const refusal = writeRefusal(ctx, scope);
  if (refusal) throw refusal;
}

/**
 * Reading follows the journal's rule (every plan with journal.readAll, a teacher their own class
 * subjects), except that a plan holds no pupil's data: a subgroup's teacher reads the class plan and
 * the other group's, which theirs may follow.
 */
export function assertCanReadPlan(ctx: CallContext, scope: PlanScope): void {
  assertCanRead(ctx, scope.classSubjectId, { wholeSubject: true });
}
