import { and, asc, count, eq, inArray, isNull } from 'drizzle-orm';
import type { Database } from '../db/connection';
import { lesson, planTopic } from '../db/schema';
import type { CallContext } from '../api/context';
import type { PlanTopicRow, PlanView } from '../api/contract/plan';
import { peopleByIds } from '../structure/staff-service';
import type { PlanScope } from './scope';
import { writeRefusal } from './scope';
import { hoursCheck, readStudyWeeks, sumHours, weeksFor } from './study-weeks';

export type TopicRecord = typeof planTopic.$inferSelect;

/** The topics of one plan in their order: the class subject's (subgroup null) or one subgroup's. */
export function planTopics(db: Database, classSubjectId: number, subgroupId: number | null): TopicRecord[] {
  return db.orm
    .select()
    .from(planTopic)
    .where(
      and(
        eq(planTopic.classSubjectId, classSubjectId),
        subgroupId === null ? isNull(planTopic.subgroupId) : eq(planTopic.subgroupId, subgroupId),
      ),
    )
    .orderBy(asc(planTopic.position), asc(planTopic.id))
    .all();
}

/** How many lessons name each topic. */
export function lessonCounts(db: Database, topicIds: number[]): Map<number, number> {
  if (!topicIds.length) return new Map();
  const rows = db.orm
    .select({ id: lesson.planTopicId, n: count() })
    .from(lesson)
    .where(inArray(lesson.planTopicId, topicIds))
    .groupBy(lesson.planTopicId)
    .all();
  return new Map(rows.filter((r): r is { id: number; n: number } => r.id !== null).map((r) => [r.id, r.n]));
}

export function topicRows(db: Database, topics: TopicRecord[]): PlanTopicRow[] {
  const used = lessonCounts(
    db,
    topics.map((t) => t.id),
  );
  return topics.map((t) => ({
    topicId: t.id,
    position: t.position,
    title: t.title,
    hours: t.hours,
    plannedDate: t.plannedDate,
    section: t.section,
    lessonCount: used.get(t.id) ?? 0,
  }));
}

/** One plan as the screen shows it, with its hours check and whether the caller may change it. */
export function planView(ctx: CallContext, scope: PlanScope): PlanView {
  const db = ctx.app.db;
  const topics = planTopics(db, scope.classSubjectId, scope.subgroupId);
  const teacherId = scope.subgroupId !== null ? scope.subgroupTeacherId : scope.classSubjectTeacherId;
  const teacher = teacherId === null ? null : (peopleByIds(db, [teacherId]).get(teacherId) ?? null);
  const weeks = weeksFor(readStudyWeeks(db), scope.grade);
  return {
    classSubjectId: scope.classSubjectId,
    subgroupId: scope.subgroupId,
    subgroupName: scope.subgroupName,
    classId: scope.classId,
    className: scope.className,
    grade: scope.grade,
    subjectId: scope.subjectId,
    subject: { nameKy: scope.subjectNameKy, nameRu: scope.subjectNameRu },
    teacher,
    year: {
      id: scope.yearId,
      title: scope.yearTitle,
      startsOn: scope.startsOn,
      endsOn: scope.endsOn,
      closed: scope.yearClosed,
    },
    topics: topicRows(db, topics),
    hours: hoursCheck(sumHours(topics), scope.hoursPerWeek, weeks),
    canEdit: writeRefusal(ctx, scope) === null,
    commonTopics: scope.subgroupId === null ? null : planTopics(db, scope.classSubjectId, null).length,
  };
}
