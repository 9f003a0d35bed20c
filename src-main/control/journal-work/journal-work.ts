import { ApiError } from '../../api/api-error';
import type { JournalWorkReport, JournalWorkRow } from '../../api/contract/control-usage';
import type { Database } from '../../db/connection';
import { ofLine, type LessonFact } from '../../plan/completion';
import { planLines } from '../../plan/lines';
import { compareKyrgyz } from '../../text/kyrgyz-order';
import { plannedLessonDates } from '../../timetable/lesson-dates';
import { programmeCompletion } from '../completion/completion';
import { instantRange, sqlSchoolDay } from '../usage/days';
import { entryActions } from '../usage/usage';
import { noRemarks, remarkCounts } from './remarks';

const refuse = (message: string) => new ApiError('INVALID_INPUT', undefined, [{ path: 'month', message }]);

/** The month's first and last day. */
export function monthSpan(month: string): { from: string; to: string } {
  const [year, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  // Day 0 of the next month is the last of this one.
  const to = new Date(Date.UTC(year, m, 0)).toISOString().slice(0, 10);
  return { from: `${month}-01`, to };
}

/** The school year the month falls in: the current one if it does, else the latest that does. */
function yearOfMonth(db: Database, from: string, to: string): number {
  const row = db.sqlite
    .prepare(
      `select id from academic_year where starts_on <= ? and ends_on >= ? order by is_current desc, starts_on desc`,
    )
    .get(to, from) as { id: number } | undefined;
  if (!row) throw refuse('validation.usage.noYear');
  return row.id;
}

const emptyRow = (): Omit<JournalWorkRow, 'teacher'> => ({
  entries: 0,
  days: 0,
  lessonsEntered: 0,
  lessonsPlanned: 0,
  lag: 0,
  untaught: 0,
  remarks: noRemarks(),
});

/**
 * The monthly report on teachers' work with the journal (003 §4.2Б), as of a day (`today` caps the
 * running month): per teacher of the year's lines, the journal entries (the teachers' own accounts') and the days they were made,
 * the month's lessons entered against the timetable's, the programme's lag and untaught topics since
 * the year's start, and the deputy's remarks.
 */
export function journalWork(db: Database, month: string, today: string): JournalWorkReport {
  const { from, to } = monthSpan(month);
  if (from > today) throw refuse('validation.usage.futureMonth');
  const asOf = to < today ? to : today;
  const yearId = yearOfMonth(db, from, to);
  const lines = planLines(db, { yearId }).filter((l) => (l.subgroupId !== null || !l.split) && l.lineTeacherId);
  const rows = new Map<number, JournalWorkRow>();
  for (const l of lines) {
    if (l.teacher && !rows.has(l.teacher.staffId)) rows.set(l.teacher.staffId, { teacher: l.teacher, ...emptyRow() });
  }
  const lessons = db.sqlite
    .prepare(
      `select l.class_subject_id as classSubjectId, l.subgroup_id as subgroupId, l.date, l.plan_topic_id as planTopicId
         from lesson l join class_subject cs on cs.id = l.class_subject_id join class c on c.id = cs.class_id
        where c.year_id = ? and l.date between ? and ?`,
    )
    .all(yearId, from, asOf) as LessonFact[];
  for (const l of lines) {
    const row = rows.get(l.lineTeacherId ?? 0);
    if (!row) continue;
    row.lessonsEntered += lessons.filter(ofLine(l)).length;
    row.lessonsPlanned += plannedLessonDates(db, {
      classSubjectId: l.classSubjectId,
      subgroupId: l.subgroupId,
      from,
      to: asOf,
    }).length;
  }
  for (const l of programmeCompletion(db, { yearId }, asOf).lines) {
    const row = l.teacher ? rows.get(l.teacher.staffId) : undefined;
    if (!row) continue;
    row.lag = Math.round((row.lag + l.lag) * 100) / 100;
    row.untaught += l.untaught.length;
  }
  const { since, before } = instantRange(from, asOf);
  const actions = entryActions.map((a) => `'${a}'`).join(', ');
  const entryQuery = (groupBy: string) =>
    `select ${groupBy} as staffId, count(*) as entries, count(distinct ${sqlSchoolDay}) as days
       from audit_entry a join user u on u.id = a.user_id
      where a.action in (${actions}) and a.at >= ? and a.at < ? and u.staff_id in (select value from json_each(?))
      group by ${groupBy}`;
  const teachers = JSON.stringify([...rows.keys()]);
  const entries = db.sqlite.prepare(entryQuery('u.staff_id')).all(since, before, teachers) as {
    staffId: number;
    entries: number;
    days: number;
  }[];
  for (const e of entries) {
    const row = rows.get(e.staffId);
    if (row) Object.assign(row, { entries: e.entries, days: e.days });
  }
  const remarks = remarkCounts(db, yearId, { from, asOf });
  for (const [staffId, counts] of remarks.byTeacher) {
    const row = rows.get(staffId);
    if (row) row.remarks = counts;
  }
  const list = [...rows.values()].sort((a, b) => compareKyrgyz(a.teacher.fullName, b.teacher.fullName));
  const everyone = db.sqlite.prepare(entryQuery(`'all'`)).get(since, before, teachers) as { days: number } | undefined;
  const total = emptyRow();
  for (const r of list) {
    total.entries += r.entries;
    total.lessonsEntered += r.lessonsEntered;
    total.lessonsPlanned += r.lessonsPlanned;
    total.lag = Math.round((total.lag + r.lag) * 100) / 100;
    total.untaught += r.untaught;
  }
  total.days = everyone?.days ?? 0;
  total.remarks = remarks.total;
  return { month, from, to, asOf, yearId, rows: list, total };
}
