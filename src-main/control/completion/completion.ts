import type { CompletionLine, CompletionReport, UntaughtTopic } from '../../api/contract/control-completion';
import type { Database } from '../../db/connection';
import { ofLine, type LessonFact } from '../../plan/completion';
import { planLineOf, planLines, type LineRecord } from '../../plan/lines';
import { sumHours } from '../../plan/study-weeks';
import { plannedLessonDates } from '../../timetable/lesson-dates';
import { checkClass, completionPeriod, type CompletionPeriod } from './scope';
import { totalsBy, totalsOf } from './totals';
import { compareKyrgyz } from '../../text/kyrgyz-order';

export interface CompletionQuery {
  periodId?: number | undefined;
  yearId?: number | undefined;
  classId?: number | undefined;
  /** The lines this staff member teaches (the report's teacher filter). */
  teacherId?: number | undefined;
  /** A teacher's own view: the lines of the class subjects and subgroups they teach. */
  ownOf?: number | undefined;
}

const round = (n: number) => Math.round(n * 100) / 100;

const topicOf = (t: LineRecord['topics'][number]): UntaughtTopic => ({
  topicId: t.id,
  position: t.position,
  title: t.title,
  plannedDate: t.plannedDate,
});

/**
 * One line as of a day. A plan with dates says what is due: its topics dated up to the day (hours
 * from the period's start). A plan without dates follows the timetable: the lessons it has up to the
 * day are the hours due, and the plan's first topics that fill as many hours since the year's start
 * are the topics due. Topics left from an earlier period stay due until a lesson names them.
 */
function lineAsOf(
  db: Database,
  line: LineRecord,
  period: CompletionPeriod,
  asOf: string,
  lessons: LessonFact[],
): CompletionLine {
  const upTo = asOf < period.endsOn ? asOf : period.endsOn;
  const given = lessons.filter(ofLine(line));
  const named = new Set(given.map((l) => l.planTopicId));
  const delivered = given.filter((l) => l.date >= period.startsOn && l.date <= upTo).length;
  const dated = line.topics.flatMap((t) => (t.plannedDate === null ? [] : [{ ...t, plannedDate: t.plannedDate }]));
  let source: CompletionLine['source'] = 'none';
  let plannedToDate = 0;
  let periodPlanned = 0;
  let due: LineRecord['topics'] = [];
  if (dated.length) {
    source = 'plan';
    const within = (from: string, to: string) => dated.filter((t) => t.plannedDate >= from && t.plannedDate <= to);
    plannedToDate = upTo < period.startsOn ? 0 : sumHours(within(period.startsOn, upTo));
    periodPlanned = sumHours(within(period.startsOn, period.endsOn));
    due = dated.filter((t) => t.plannedDate <= upTo);
  } else {
    const key = { classSubjectId: line.classSubjectId, subgroupId: line.subgroupId };
    const slots = plannedLessonDates(db, { ...key, from: period.yearStartsOn, to: period.endsOn });
    if (slots.length) {
      source = 'timetable';
      const count = (from: string, to: string) => slots.filter((s) => s.date >= from && s.date <= to).length;
      plannedToDate = count(period.startsOn, upTo);
      periodPlanned = count(period.startsOn, period.endsOn);
      let hours = count(period.yearStartsOn, upTo);
      for (const t of line.topics) {
        if (t.hours > hours) break;
        hours -= t.hours;
        due.push(t);
      }
    }
  }
  return {
    ...planLineOf(line),
    source,
    plannedToDate,
    delivered,
    lag: round(plannedToDate - delivered),
    periodPlanned,
    untaught: due.filter((t) => !named.has(t.id)).map(topicOf),
  };
}

/**
 * Programme completion for a period (or the year) as of a day, for the benchmark and the print kind
 * alike: no session, the caller's reach given as `ownOf`. A split subject is counted per subgroup.
 */
export function programmeCompletion(db: Database, query: CompletionQuery, asOf: string): CompletionReport {
  const period = completionPeriod(db, query);
  checkClass(db, query.classId, period.yearId);
  const mine = (l: LineRecord, staffId: number) =>
    l.classSubjectTeacherId === staffId || (l.subgroupId !== null && l.lineTeacherId === staffId);
  const lines = planLines(db, { yearId: period.yearId, classId: query.classId }).filter(
    (l) =>
      (l.subgroupId !== null || !l.split) &&
      (query.ownOf === undefined || mine(l, query.ownOf)) &&
      (query.teacherId === undefined || l.lineTeacherId === query.teacherId),
  );
  const ids = [...new Set(lines.map((l) => l.classSubjectId))];
  // A lesson entered ahead (homework in advance) is not delivered yet: only lessons up to the day count.
  const upTo = asOf < period.endsOn ? asOf : period.endsOn;
  const lessons = db.sqlite
    .prepare(
      `select class_subject_id as classSubjectId, subgroup_id as subgroupId, date, plan_topic_id as planTopicId
         from lesson where class_subject_id in (select value from json_each(?)) and date <= ?`,
    )
    .all(JSON.stringify(ids), upTo) as LessonFact[];
  const byClassSubject = new Map<number, LessonFact[]>();
  for (const l of lessons) {
    const list = byClassSubject.get(l.classSubjectId);
    if (list) list.push(l);
    else byClassSubject.set(l.classSubjectId, [l]);
  }
  const rows = lines.map((line) => lineAsOf(db, line, period, asOf, byClassSubject.get(line.classSubjectId) ?? []));
  const { yearId, yearStartsOn: _start, ...shown } = period;
  return {
    period: shown,
    yearId,
    asOf: upTo,
    lines: rows,
    byClass: totalsBy(rows, (r) => r.classId).map(([first, totals]) => ({
      classId: first.classId,
      className: first.className,
      ...totals,
    })),
    byTeacher: totalsBy(rows, (r) => r.teacher?.staffId ?? 0)
      .map(([first, totals]) => ({ teacher: first.teacher, ...totals }))
      // Lines without a teacher last.
      .sort((a, b) =>
        a.teacher && b.teacher
          ? compareKyrgyz(a.teacher.fullName, b.teacher.fullName)
          : a.teacher
            ? -1
            : b.teacher
              ? 1
              : 0,
      ),
    total: totalsOf(rows),
  };
}
