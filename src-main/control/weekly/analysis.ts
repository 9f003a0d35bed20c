import type { WeeklyAnalysis, WeeklyCounts, WeeklyRow } from '../../api/contract/control-weekly';
import type { Database } from '../../db/connection';
import { scaleOn } from '../../journal/grading-scale';
import { classesOfYear } from '../../print/data/class-data';
import { addDays, dayNumber, isoWeekday } from '../../timetable/dates';
import { plannedPerClass } from './planned';

/*
 * One week of the journal per class, in a few grouped queries: the lessons entered against the
 * timetable, those without a topic or homework, the marks and 2s given, the absences. Everything is
 * dated by the lesson's date, not by when it was typed in (lateness is the filling control's).
 */

export const noWeeklyCounts = (): WeeklyCounts => ({
  planned: 0,
  entered: 0,
  noTopic: 0,
  noHomework: 0,
  marks: 0,
  twos: 0,
  excused: 0,
  unexcused: 0,
  late: 0,
});

/** The Monday of the week that holds a date. */
export function mondayOf(date: string): string {
  return addDays(date, 1 - isoWeekday(dayNumber(date)));
}

/** The school year the week falls in (the current one when several touch it), or null. */
export function yearOfWeek(db: Database, monday: string): number | null {
  const row = db.sqlite
    .prepare(
      `select id from academic_year where starts_on <= ? and ends_on >= ? order by is_current desc, starts_on desc limit 1`,
    )
    .get(addDays(monday, 6), monday) as { id: number } | undefined;
  return row?.id ?? null;
}

type Grouped = { classId: number } & Partial<WeeklyCounts>;

export function weeklyAnalysis(
  db: Database,
  weekOf: string,
  yearId = yearOfWeek(db, mondayOf(weekOf)),
): WeeklyAnalysis {
  const monday = mondayOf(weekOf);
  const sunday = addDays(monday, 6);
  const total = noWeeklyCounts();
  if (yearId === null) return { monday, sunday, rows: [], total };
  const span = { yearId, from: monday, to: sunday };
  const lessons = `from lesson l join class_subject cs on cs.id = l.class_subject_id join class c on c.id = cs.class_id
                  where c.year_id = @yearId and l.date between @from and @to`;
  const grouped = (sql: string) => new Map((db.sqlite.prepare(sql).all(span) as Grouped[]).map((r) => [r.classId, r]));
  const entered = grouped(
    `select c.id as classId, count(*) as entered,
            sum(l.plan_topic_id is null and trim(coalesce(l.topic, '')) = '') as noTopic,
            sum(trim(coalesce(l.homework, '')) = '') as noHomework ${lessons} group by c.id`,
  );
  const marks = grouped(
    `select c.id as classId, count(*) as marks, sum(m.value = '2') as twos
       from mark m join (select l.id, c.id as cid ${lessons}) w on w.id = m.lesson_id join class c on c.id = w.cid
      group by c.id`,
  );
  const absences = grouped(
    `select c.id as classId, sum(a.status = 'absent' and a.reason_kind in ('excused', 'ill')) as excused,
            sum(a.status = 'absent' and a.reason_kind = 'unexcused') as unexcused, sum(a.status = 'late') as late
       from attendance a join (select l.id, c.id as cid ${lessons}) w on w.id = a.lesson_id join class c on c.id = w.cid
      group by c.id`,
  );
  const planned = plannedPerClass(db, yearId, monday, sunday);
  const fivePoint = new Map<number, boolean>();
  const rows: WeeklyRow[] = classesOfYear(db, yearId).map((c) => {
    if (!fivePoint.has(c.grade)) fivePoint.set(c.grade, scaleOn(db, yearId, c.grade, monday) === 'five_point');
    const e = entered.get(c.id);
    const m = marks.get(c.id);
    const a = absences.get(c.id);
    const row: WeeklyRow = {
      classId: c.id,
      classTitle: c.title,
      grade: c.grade,
      planned: planned.get(c.id) ?? 0,
      entered: e?.entered ?? 0,
      noTopic: e?.noTopic ?? 0,
      noHomework: e?.noHomework ?? 0,
      marks: m?.marks ?? 0,
      // A "2" is a failing mark on the 5-point scale only; on the points scale it is two points.
      twos: fivePoint.get(c.grade) ? (m?.twos ?? 0) : 0,
      excused: a?.excused ?? 0,
      unexcused: a?.unexcused ?? 0,
      late: a?.late ?? 0,
    };
    for (const key of Object.keys(total) as (keyof WeeklyCounts)[]) total[key] += row[key];
    return row;
  });
  return { monday, sunday, rows, total };
}
