import { schoolDay } from '../calendar/school-day';
import { eq } from 'drizzle-orm';
import { period, schoolClass } from '../db/schema';
import { ApiError } from '../api/api-error';
import type { CallContext } from '../api/context';
import type { CompletionRow, PlanCompletion } from '../api/contract/plan';
import { planLineOf, planLines, visibleLines, type LineRecord } from './lines';
import { hoursCheck, readStudyWeeks, sumHours, weeksFor } from './study-weeks';

export interface LessonFact {
  classSubjectId: number;
  subgroupId: number | null;
  date: string;
  planTopicId: number | null;
}

const refuse = (code: 'NOT_FOUND' | 'INVALID_INPUT', path: string, message: string) =>
  new ApiError(code, undefined, [{ path, message }]);

/**
 * The lessons a line's pupils had: all of a class subject taught whole; for a subgroup, its own lessons
 * and those given to the whole class.
 */
export const ofLine = (line: LineRecord) => (l: LessonFact) =>
  l.classSubjectId === line.classSubjectId &&
  (line.subgroupId === null || l.subgroupId === null || l.subgroupId === line.subgroupId);

/**
 * Is the programme covered at the period's end (000 §5.3): per plan line, the topics planned inside the
 * period, the lessons given in it, and the topics planned up to its end that no lesson up to then names.
 * A split subject is reported per subgroup (its class plan is what the groups without one work to).
 */
export function planCompletion(
  ctx: CallContext,
  input: { periodId: number; classId?: number | undefined },
): PlanCompletion {
  const db = ctx.app.db;
  const p = db.orm.select().from(period).where(eq(period.id, input.periodId)).get();
  if (!p) throw refuse('NOT_FOUND', 'periodId', 'validation.plan.periodNotFound');
  if (input.classId !== undefined) {
    const cls = db.orm.select().from(schoolClass).where(eq(schoolClass.id, input.classId)).get();
    if (!cls) throw refuse('NOT_FOUND', 'classId', 'validation.plan.classNotFound');
    if (cls.yearId !== p.yearId) throw refuse('INVALID_INPUT', 'classId', 'validation.plan.classOtherYear');
  }
  const lines = visibleLines(ctx, planLines(db, { yearId: p.yearId, classId: input.classId })).filter(
    (l) => l.subgroupId !== null || !l.split,
  );
  const ids = [...new Set(lines.map((l) => l.classSubjectId))];
  const lessons = db.sqlite
    .prepare(
      `select class_subject_id as classSubjectId, subgroup_id as subgroupId, date, plan_topic_id as planTopicId
         from lesson where class_subject_id in (select value from json_each(?)) and date <= ?`,
    )
    // A lesson entered ahead (homework in advance) is not yet delivered: count up to today at the latest.
    .all(JSON.stringify(ids), p.endsOn < schoolDay(ctx.now) ? p.endsOn : schoolDay(ctx.now)) as LessonFact[];
  const byClassSubject = new Map<number, LessonFact[]>();
  for (const l of lessons) {
    const list = byClassSubject.get(l.classSubjectId);
    if (list) list.push(l);
    else byClassSubject.set(l.classSubjectId, [l]);
  }
  const weeks = readStudyWeeks(db);

  const rows: CompletionRow[] = lines.map((line) => {
    const given = (byClassSubject.get(line.classSubjectId) ?? []).filter(ofLine(line));
    const inPeriod = given.filter((l) => l.date >= p.startsOn);
    const named = new Set(given.map((l) => l.planTopicId));
    const planned = line.topics.filter(
      (t) => t.plannedDate && t.plannedDate >= p.startsOn && t.plannedDate <= p.endsOn,
    );
    const pending = line.topics
      .filter((t) => t.plannedDate !== null && t.plannedDate <= p.endsOn && !named.has(t.id))
      .map((t) => ({ topicId: t.id, position: t.position, title: t.title, plannedDate: t.plannedDate ?? '' }));
    const hours = hoursCheck(sumHours(line.topics), line.hoursPerWeek, weeksFor(weeks, line.grade));
    return {
      ...planLineOf(line),
      plannedTopics: planned.length,
      plannedHours: sumHours(planned),
      deliveredLessons: inPeriod.length,
      deliveredHours: inPeriod.length,
      pending,
      hours,
      hoursMatch: line.topics.length > 0 && hours.difference === 0,
    };
  });
  return {
    period: { periodId: p.id, kind: p.kind, number: p.number, startsOn: p.startsOn, endsOn: p.endsOn },
    rows,
  };
}
