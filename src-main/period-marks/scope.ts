import type { Database } from '../db/connection';
import type { GradingScale } from '../db/schema';
import { ApiError } from '../api/api-error';
import type { PeriodMarkKindCode } from '../api/contract/period-marks';
import { scaleOn } from '../journal/grading-scale';
import { isYearly } from './window';

/** A class subject's period mark of one kind and number, with what every rule needs about it. */
export interface PeriodMarkScope {
  classSubjectId: number;
  classId: number;
  grade: number;
  yearId: number;
  yearClosed: boolean;
  hoursPerWeek: number;
  teacherId: number | null;
  kind: PeriodMarkKindCode;
  number: number;
  /** The quarter or half-year; for the year, exam and final, the year (periodId null without its row). */
  period: { periodId: number | null; startsOn: string; endsOn: string };
  /** The grade's scale at the period's end: a year mark of grade 2 follows its second half-year. */
  scale: GradingScale;
}

const notFound = (path: string, message: string) => new ApiError('NOT_FOUND', undefined, [{ path, message }]);

export function requirePeriodMarkScope(
  db: Database,
  input: { classSubjectId: number; kind: PeriodMarkKindCode; number: number },
): PeriodMarkScope {
  const head = db.sqlite
    .prepare(
      `select cs.id as classSubjectId, c.id as classId, c.grade, c.year_id as yearId, y.state = 'closed' as yearClosed,
              y.starts_on as yearStartsOn, y.ends_on as yearEndsOn, cs.hours_per_week as hoursPerWeek,
              cs.teacher_id as teacherId
         from class_subject cs join class c on c.id = cs.class_id join academic_year y on y.id = c.year_id
        where cs.id = ?`,
    )
    .get(input.classSubjectId) as
    | (Omit<PeriodMarkScope, 'yearClosed' | 'kind' | 'number' | 'period' | 'scale'> & {
        yearClosed: number;
        yearStartsOn: string;
        yearEndsOn: string;
      })
    | undefined;
  if (!head) throw notFound('classSubjectId', 'validation.periodMarks.classSubjectNotFound');
  const yearly = isYearly(input.kind);
  const row = db.sqlite
    .prepare(
      `select id as periodId, starts_on as startsOn, ends_on as endsOn from period
        where year_id = ? and kind = ? and (? or number = ?) order by number limit 1`,
    )
    .get(head.yearId, yearly ? 'year' : input.kind, yearly ? 1 : 0, input.number) as
    PeriodMarkScope['period'] | undefined;
  const period = row ?? (yearly ? { periodId: null, startsOn: head.yearStartsOn, endsOn: head.yearEndsOn } : null);
  if (!period) throw notFound('number', 'validation.periodMarks.periodNotFound');
  const { yearStartsOn: _s, yearEndsOn: _e, yearClosed, ...rest } = head;
  return {
    ...rest,
    yearClosed: yearClosed === 1,
    kind: input.kind,
    number: input.number,
    period,
    scale: scaleOn(db, head.yearId, head.grade, period.endsOn),
  };
}

/** The subgroups of the class subject that a staff member teaches. */
export function taughtSubgroups(db: Database, classSubjectId: number, staffId: number | null): number[] {
  if (staffId === null) return [];
  return (
    db.sqlite
      .prepare('select id from subgroup where class_subject_id = ? and teacher_id = ?')
      .all(classSubjectId, staffId) as { id: number }[]
  ).map((r) => r.id);
}

/**
 * Whether one pupil's period mark is the caller's own: the class subject's teacher sets every pupil's,
 * a subgroup's teacher those of the subgroup's members. A substitute's lessons do not make it theirs.
 */
export function ownsPupil(db: Database, scope: PeriodMarkScope, staffId: number | null, studentId: number): boolean {
  if (staffId === null) return false;
  if (scope.teacherId === staffId) return true;
  const groups = taughtSubgroups(db, scope.classSubjectId, staffId);
  if (groups.length === 0) return false;
  return (
    db.sqlite
      .prepare(
        `select 1 from subgroup_member where student_id = ? and subgroup_id in (${groups.map(() => '?').join(',')})`,
      )
      .get(studentId, ...groups) !== undefined
  );
}

/** A period mark belongs to a pupil of the class on at least one day of the period. */
export function assertPupilInPeriod(db: Database, scope: PeriodMarkScope, studentId: number): void {
  const enrolled = db.sqlite
    .prepare(
      `select 1 from enrollment where student_id = ? and class_id = ? and from_date <= ?
          and (to_date is null or to_date >= ?) limit 1`,
    )
    .get(studentId, scope.classId, scope.period.endsOn, scope.period.startsOn);
  if (!enrolled) {
    throw new ApiError('INVALID_INPUT', undefined, [
      { path: 'studentId', message: 'validation.periodMarks.notEnrolled' },
    ]);
  }
}
