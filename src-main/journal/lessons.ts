import { eq } from 'drizzle-orm';
import type { Database } from '../db/connection';
import { lesson, planTopic, staff, subgroup } from '../db/schema';
import { ApiError } from '../api/api-error';
import type { CallContext } from '../api/context';
import { signedInUser } from '../api/context';
import type { LessonRow, LessonTexts } from '../api/contract/journal';
import {
  assertCanEdit,
  assertYearOpen,
  callerStaffId,
  isOwnLesson,
  requireLessonScope,
  type LessonScope,
} from './lesson-access';
import { assertLessonUnchanged } from './stale-write';

export interface LessonInput {
  lessonId?: number;
  classSubjectId: number;
  subgroupId?: number;
  date: string;
  lessonNumber?: number;
  planTopicId?: number;
  topic?: string;
  classWork?: string;
  homework?: string;
  isSubstitution: boolean;
  taughtBy?: number;
  reason?: string;
  expected?: LessonTexts;
}

type LessonRecord = typeof lesson.$inferSelect;

export function lessonRow(r: LessonRecord): LessonRow {
  return {
    lessonId: r.id,
    classSubjectId: r.classSubjectId,
    subgroupId: r.subgroupId,
    date: r.date,
    lessonNumber: r.lessonNumber,
    planTopicId: r.planTopicId,
    topic: r.topic,
    classWork: r.classWork,
    homework: r.homework,
    taughtBy: r.taughtBy,
    isSubstitution: r.isSubstitution,
  };
}

const invalid = (path: string, message: string) => new ApiError('INVALID_INPUT', undefined, [{ path, message }]);

/** The class subject as a new lesson's scope: the same facts a saved lesson carries. */
function newLessonScope(db: Database, input: LessonInput): LessonScope {
  const row = db.sqlite
    .prepare(
      `select cs.id as classSubjectId, c.id as classId, c.grade, c.year_id as yearId, y.state = 'closed' as yearClosed,
              y.starts_on as startsOn, y.ends_on as endsOn, c.class_teacher_id as classTeacherId,
              cs.teacher_id as subjectTeacherId
         from class_subject cs join class c on c.id = cs.class_id join academic_year y on y.id = c.year_id
        where cs.id = ?`,
    )
    .get(input.classSubjectId) as
    | (Omit<
        LessonScope,
        'lessonId' | 'subgroupId' | 'date' | 'taughtBy' | 'isSubstitution' | 'yearClosed' | 'subgroupTeacherId'
      > & {
        yearClosed: number;
        startsOn: string;
        endsOn: string;
      })
    | undefined;
  if (!row)
    throw new ApiError('NOT_FOUND', undefined, [
      { path: 'classSubjectId', message: 'validation.journal.classSubjectNotFound' },
    ]);
  if (input.date < row.startsOn || input.date > row.endsOn) {
    throw new ApiError('INVALID_INPUT', undefined, [
      { path: 'date', message: 'validation.outsideYear', params: { from: row.startsOn, to: row.endsOn } },
    ]);
  }
  let subgroupTeacherId: number | null = null;
  if (input.subgroupId !== undefined) {
    const group = db.orm.select().from(subgroup).where(eq(subgroup.id, input.subgroupId)).get();
    if (!group || group.classSubjectId !== input.classSubjectId)
      throw invalid('subgroupId', 'validation.journal.subgroupNotFound');
    subgroupTeacherId = group.teacherId;
  }
  const { startsOn: _s, endsOn: _e, yearClosed, ...rest } = row;
  return {
    ...rest,
    lessonId: 0,
    subgroupId: input.subgroupId ?? null,
    date: input.date,
    taughtBy: input.taughtBy ?? null,
    isSubstitution: input.isSubstitution,
    yearClosed: yearClosed === 1,
    subgroupTeacherId,
  };
}

/** A substitute may open a lesson only where the deputy planned the substitution for that day. */
function isPlannedSubstitute(db: Database, input: LessonInput, staffId: number | null): boolean {
  if (staffId === null || !input.isSubstitution || input.taughtBy !== staffId) return false;
  return (
    db.sqlite
      .prepare('select 1 from substitution where class_subject_id = ? and date = ? and substitute_id = ? limit 1')
      .get(input.classSubjectId, input.date, staffId) !== undefined
  );
}

/**
 * Recording someone as a lesson's substitute gives them the journal: a teacher may do it only as the
 * deputy planned it (the substitution table), whether on a new lesson or by editing one. The deputy,
 * who plans substitutions, may record one directly.
 */
function assertSubstitutionPlanned(
  ctx: CallContext,
  existing: LessonRecord | null,
  values: { classSubjectId: number; date: string; taughtBy: number | null; isSubstitution: boolean },
): void {
  if (!values.isSubstitution || signedInUser(ctx).permissions.includes('journal.correct')) return;
  const unchanged =
    existing !== null &&
    existing.isSubstitution &&
    existing.taughtBy === values.taughtBy &&
    existing.date === values.date;
  if (unchanged) return;
  const planned =
    values.taughtBy !== null &&
    ctx.app.db.sqlite
      .prepare('select 1 from substitution where class_subject_id = ? and date = ? and substitute_id = ? limit 1')
      .get(values.classSubjectId, values.date, values.taughtBy) !== undefined;
  if (!planned) throw invalid('taughtBy', 'validation.journal.substitutionNotPlanned');
}

function checkReferences(db: Database, input: LessonInput): void {
  if (
    input.taughtBy !== undefined &&
    !db.orm.select({ id: staff.id }).from(staff).where(eq(staff.id, input.taughtBy)).get()
  ) {
    throw invalid('taughtBy', 'validation.journal.staffNotFound');
  }
  if (input.planTopicId !== undefined) {
    const topic = db.orm.select().from(planTopic).where(eq(planTopic.id, input.planTopicId)).get();
    // A subgroup's lesson takes its own plan's topics or the class plan's, never another group's.
    const fits = topic?.subgroupId === null || topic?.subgroupId === (input.subgroupId ?? null);
    if (!topic || topic.classSubjectId !== input.classSubjectId || !fits)
      throw invalid('planTopicId', 'validation.journal.topicNotFound');
  }
  if (input.lessonNumber !== undefined) {
    const twin = db.sqlite
      .prepare(
        `select id from lesson where class_subject_id = ? and subgroup_id is ? and date = ? and lesson_number = ?
            and id is not ?`,
      )
      .get(input.classSubjectId, input.subgroupId ?? null, input.date, input.lessonNumber, input.lessonId ?? null);
    if (twin)
      throw new ApiError('CONFLICT', undefined, [{ path: 'lessonNumber', message: 'validation.journal.lessonTaken' }]);
  }
}

/** Who taught it: the substitute when there was one, otherwise the subgroup's or the class subject's teacher. */
function teacherOf(scope: LessonScope, input: LessonInput): number | null {
  if (input.isSubstitution) return input.taughtBy ?? null;
  return input.taughtBy ?? scope.subgroupTeacherId ?? scope.subjectTeacherId;
}

/**
 * Creates or rewrites a lesson. A change of the homework alone uses the homework window; anything
 * else the lesson-day window; moving a lesson to another date needs the window of both dates.
 */
export function saveLesson(ctx: CallContext, input: LessonInput): LessonRow {
  const db = ctx.app.db;
  const staffId = callerStaffId(ctx);
  const existing =
    input.lessonId === undefined ? null : db.orm.select().from(lesson).where(eq(lesson.id, input.lessonId)).get();
  if (input.lessonId !== undefined && !existing)
    throw new ApiError('NOT_FOUND', undefined, [{ path: 'lessonId', message: 'validation.journal.lessonNotFound' }]);
  if (
    existing &&
    (existing.classSubjectId !== input.classSubjectId || existing.subgroupId !== (input.subgroupId ?? null))
  ) {
    throw invalid('classSubjectId', 'validation.journal.lessonMoved');
  }
  const scope = existing ? requireLessonScope(db, existing.id) : newLessonScope(db, input);
  assertYearOpen(scope);
  checkReferences(db, input);

  const values = {
    classSubjectId: input.classSubjectId,
    subgroupId: input.subgroupId ?? null,
    date: input.date,
    lessonNumber: input.lessonNumber ?? null,
    planTopicId: input.planTopicId ?? null,
    topic: input.topic ?? null,
    classWork: input.classWork ?? null,
    homework: input.homework ?? null,
    taughtBy: teacherOf(scope, input),
    isSubstitution: input.isSubstitution,
  };
  const before = existing ? lessonRow(existing) : null;
  const onlyHomework =
    before !== null &&
    (Object.keys(values) as (keyof typeof values)[]).every((k) => k === 'homework' || values[k] === before[k]);
  const kind = onlyHomework ? 'homework' : 'lesson';
  // A new lesson's substitute flag is the caller's claim, not yet a fact: only a planned substitution counts.
  const isOwn = existing
    ? isOwnLesson(scope, staffId)
    : isOwnLesson({ ...scope, isSubstitution: false }, staffId) || isPlannedSubstitute(db, input, staffId);
  const dates = existing && existing.date !== input.date ? [existing.date, input.date] : [input.date];
  let reason: string | null = null;
  for (const lessonDate of dates) reason = assertCanEdit(ctx, { isOwn, lessonDate, kind, reason: input.reason });
  assertSubstitutionPlanned(ctx, existing ?? null, values);
  if (existing) assertLessonUnchanged(input.expected, existing);

  const userId = signedInUser(ctx).userId;
  const saved = existing
    ? db.orm
        .update(lesson)
        .set({ ...values, updatedAt: ctx.now.toISOString(), updatedBy: userId })
        .where(eq(lesson.id, existing.id))
        .returning()
        .get()
    : db.orm
        .insert(lesson)
        .values({ ...values, createdAt: ctx.now.toISOString(), createdBy: userId })
        .returning()
        .get();
  const after = lessonRow(saved);
  ctx.audit({ entity: 'lesson', entityId: saved.id, before, after, reason });
  return after;
}
