import type { Database } from '../../db/connection';
import type {
  FillingLateRef,
  FillingLessonRef,
  FillingLine,
  FillingPupil,
  FillingReport,
} from '../../api/contract/control-filling';
import { schoolDay } from '../../api/contract/school-day';
import { addDays, localMinute, readEditPolicy } from '../../journal/edit-policy';
import { scaleOn } from '../../journal/grading-scale';
import { comparePeople } from '../../text/kyrgyz-order';
import { groupBy } from './group';
import { enteredLessons, unfinishedLessons } from './given';
import { fillingUnits } from './lines';
import { lastLessonDays } from './last-entry';
import { lateEntries, type LateCount, type LateLesson } from './late';
import { plannedLessons, type YearSpan } from './planned';
import { summarise } from './totals';

/*
 * The journal access report in a fixed number of grouped queries, whatever the school's size: the
 * lines, the timetable's slots, the range's lessons, each line's last lesson day, the mark counts per
 * pupil, the pupils, the audit's late entries. SQL reads only the range and returns only what a line
 * shows (a large school's quarter has 280,000 audit entries, none of them late when the journal is
 * kept); the rest is arithmetic in memory. A lesson counts once its day is over (the edit rule's end
 * of day); today's lessons still being given are not yet missing.
 */

export interface FillingFilter {
  from: string;
  to: string;
  classId?: number | undefined;
  teacherId?: number | undefined;
}

interface PupilRow {
  studentId: number;
  classId: number;
  surname: string;
  name: string;
  patronymic: string | null;
}

const fullName = (p: PupilRow) => [p.surname, p.name, p.patronymic].filter(Boolean).join(' ');
const percent = (part: number, whole: number) => (whole === 0 ? null : (100 * part) / whole);
const ref = (l: { date: string; lessonNumber: number | null; lessonId: number }): FillingLessonRef => ({
  date: l.date,
  lessonNumber: l.lessonNumber,
  lessonId: l.lessonId,
});

/** The school year the range falls in: the one holding its end, else its start; null when none. */
export function yearOfRange(db: Database, from: string, to: string): (YearSpan & { title: string }) | null {
  return (
    (db.sqlite
      .prepare(
        `select id, title, starts_on as startsOn, ends_on as endsOn from academic_year
          where starts_on <= @to and ends_on >= @from
          order by (starts_on <= @to and ends_on >= @to) desc, is_current desc, starts_on desc limit 1`,
      )
      .get({ from, to }) as (YearSpan & { title: string }) | undefined) ?? null
  );
}

/**
 * The report as plain data, without the router: the benchmark and the printed document call it. `now`
 * is the app clock; days after it are not counted.
 */
export function fillingControl(db: Database, filter: FillingFilter, now: Date): FillingReport | null {
  const year = yearOfRange(db, filter.from, filter.to);
  if (!year) return null;
  const policy = readEditPolicy(db);
  const today = schoolDay(now);
  const until = filter.to < today ? filter.to : today;
  const from = filter.from > year.startsOn ? filter.from : year.startsOn;
  const units = fillingUnits(db, { yearId: year.id, classId: filter.classId, teacherId: filter.teacherId });
  // A lesson of today is due once the day's window has closed.
  const dayOver = (date: string) => date < today || localMinute(now) > `${date}T${policy.dayEndsAt}`;
  const ids = JSON.stringify([...new Set(units.map((u) => u.classSubjectId))]);

  const entered = enteredLessons(db, ids, from, until);
  const doneUntil = dayOver(today) ? today : addDays(today, -1);
  const unfinished = unfinishedLessons(db, ids, from, until < doneUntil ? until : doneUntil);
  const late = lateEntries(db, ids, { from, until }, policy);
  const lastOn = lastLessonDays(db, ids, until);
  const markCounts = db.sqlite
    .prepare(
      `select l.class_subject_id as classSubjectId, l.subgroup_id as subgroupId, m.student_id as studentId, count(*) as n
         from mark m join lesson l on l.id = m.lesson_id
        where l.class_subject_id in (select value from json_each(@ids)) and l.date between @from and @until
        group by l.class_subject_id, l.subgroup_id, m.student_id`,
    )
    .all({ ids, from, until }) as { classSubjectId: number; subgroupId: number | null; studentId: number; n: number }[];
  const pupils = db.sqlite
    .prepare(
      `select st.id as studentId, e.class_id as classId, st.surname, st.name, st.patronymic
         from enrollment e join student st on st.id = e.student_id join class c on c.id = e.class_id
        where c.year_id = @year and e.from_date <= @until and (e.to_date is null or e.to_date >= @until)`,
    )
    .all({ year: year.id, until }) as PupilRow[];
  const members = db.sqlite
    .prepare(
      `select m.subgroup_id as subgroupId, m.student_id as studentId from subgroup_member m
         join subgroup g on g.id = m.subgroup_id where g.class_subject_id in (select value from json_each(?))`,
    )
    .all(ids) as { subgroupId: number; studentId: number }[];

  const enteredOf = groupBy(entered, (l) => l.classSubjectId);
  const unfinishedOf = groupBy(unfinished, (l) => l.classSubjectId);
  const lateOf = groupBy(late, (l) => l.classSubjectId);
  const countsOf = groupBy(markCounts, (m) => m.classSubjectId);
  const pupilsOf = groupBy(pupils, (p) => p.classId);
  // Remarks written on a day of the range (the school's day of their moment, UTC+6).
  const remarks = db.sqlite
    .prepare(
      `select id as remarkId, class_subject_id as classSubjectId, due_on as dueOn, fixed_at is not null as fixed
         from remark where class_subject_id in (select value from json_each(@ids))
          and date(created_at, '+6 hours') between @from and @until order by id`,
    )
    .all({ ids, from, until }) as { remarkId: number; classSubjectId: number; dueOn: string; fixed: number }[];
  const remarksOf = groupBy(remarks, (r) => r.classSubjectId);
  const membersOf = new Map<number, Set<number>>();
  for (const m of members) membersOf.set(m.subgroupId, (membersOf.get(m.subgroupId) ?? new Set()).add(m.studentId));
  const planned = plannedLessons(db, year, from, until);
  const scales = new Map<number, boolean>();
  const marked = (grade: number) => {
    if (!scales.has(grade)) scales.set(grade, scaleOn(db, year.id, grade, until) !== 'none');
    return scales.get(grade) ?? true;
  };

  const lines = units.map((unit): FillingLine => {
    // A subgroup's page holds its own lessons and the whole class's (journal/page.ts).
    const ofUnit = <T extends { subgroupId: number | null }>(r: T) =>
      unit.subgroupId === null || r.subgroupId === null || r.subgroupId === unit.subgroupId;
    const given = (enteredOf.get(unit.classSubjectId) ?? []).filter(ofUnit);
    const lateLessons = (lateOf.get(unit.classSubjectId) ?? []).filter(ofUnit);
    const lateRefs = (of: (l: LateLesson) => LateCount | null): FillingLateRef[] =>
      lateLessons.flatMap((l) => {
        const c = of(l);
        return c ? [{ ...ref(l), entries: c.entries, lastAt: c.lastAt }] : [];
      });
    const taken = new Set(given.flatMap((g) => g.keys));
    // A lesson entered without a number stands for every timetable lesson of its day.
    const numberless = new Set([...taken].filter((k) => k.endsWith(':')).map((k) => k.slice(0, -1)));
    const due = planned(unit.classSubjectId, unit.subgroupId).filter((p) => dayOver(p.date));
    const missing = due
      .filter((p) => !taken.has(`${p.date}:${p.lessonNumber}`) && !numberless.has(p.date))
      .map((p) => ({ date: p.date, lessonNumber: p.lessonNumber, lessonId: null }));

    const counted = marked(unit.grade)
      ? (pupilsOf.get(unit.classId) ?? []).filter(
          (p) => unit.subgroupId === null || (membersOf.get(unit.subgroupId)?.has(p.studentId) ?? false),
        )
      : [];
    const marks = new Map<number, number>();
    for (const c of (countsOf.get(unit.classSubjectId) ?? []).filter(ofUnit)) {
      marks.set(c.studentId, (marks.get(c.studentId) ?? 0) + c.n);
    }
    const named = (n: number): FillingPupil[] =>
      counted
        .filter((p) => (marks.get(p.studentId) ?? 0) === n)
        .sort(comparePeople)
        .map((p) => ({ studentId: p.studentId, fullName: fullName(p) }));
    const noMarks = named(0);
    const oneMark = named(1);
    // Topic and homework may still be written while the lesson's day lasts (`doneUntil`).
    const done = (unfinishedOf.get(unit.classSubjectId) ?? []).filter(ofUnit);
    const noTopic = done.filter((l) => !l.hasTopic).map(ref);
    const noHomework = done.filter((l) => !l.hasHomework).map(ref);
    const lateMarks = lateRefs((l) => l.marks);
    const lateAttendance = lateRefs((l) => l.attendance);
    const lastEntryOn = lastOn(unit.classSubjectId, unit.subgroupId);
    const firstProblem = [...missing, ...noTopic, ...noHomework, ...lateMarks, ...lateAttendance]
      .map((r) => r.date)
      .sort()[0];
    return {
      classSubjectId: unit.classSubjectId,
      subgroupId: unit.subgroupId,
      subgroupName: unit.subgroupName,
      classId: unit.classId,
      className: unit.className,
      subject: unit.subject,
      teacher: unit.teacher,
      planned: due.length,
      entered: given.reduce((n, g) => n + g.entered, 0),
      missing,
      noTopic,
      noHomework,
      lateMarks,
      lateAttendance,
      pupils: counted.length,
      noMarks,
      oneMark,
      noMarksPercent: percent(noMarks.length, counted.length),
      oneMarkPercent: percent(oneMark.length, counted.length),
      lastEntryOn,
      openOn: firstProblem ?? lastEntryOn ?? until,
      remarks: (remarksOf.get(unit.classSubjectId) ?? []).map((r) => ({
        remarkId: r.remarkId,
        dueOn: r.dueOn,
        fixed: r.fixed === 1,
      })),
    };
  });
  return { from, to: filter.to, until, year: { id: year.id, title: year.title }, ...summarise(lines) };
}
