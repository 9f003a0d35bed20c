import { statement } from '../db/connection';
import { ApiError } from '../api/api-error';
import type { CallContext } from '../api/context';
import type { AttendanceRow, JournalPage, JournalPagePupil, MarkRow } from '../api/contract/journal';
import { comparePeople } from '../text/kyrgyz-order';
import { schoolDay } from '../calendar/school-day';
import { plannedLessonDates } from '../timetable/lesson-dates';
import { addDays } from './edit-policy';
import { scaleOn } from './grading-scale';
import { assertCanRead } from './read-access';

/*
 * One page of the journal in a handful of whole-table queries (no query per pupil or per cell): the
 * header, the pupils, the lessons, the marks, the attendance and the period marks. Lessons are chosen
 * by one condition used by every query: the class subject's lessons in the period, for a subgroup its
 * own lessons plus the whole class's, without a subgroup the whole class's only.
 */

const lessonFilter = `l.class_subject_id = @classSubjectId and l.date between @startsOn and @endsOn
  and (l.subgroup_id is null or l.subgroup_id is @subgroupId)`;

/**
 * The scale the page is marked on: the one at the period's start, unless that one takes no marks and
 * the period's end does (the year of grade 2, whose second half-year is marked).
 */
function pageScale(
  ctx: CallContext,
  head: { yearId: number; grade: number },
  period: { startsOn: string; endsOn: string },
): JournalPage['scale'] {
  const first = scaleOn(ctx.app.db, head.yearId, head.grade, period.startsOn);
  return first === 'none' ? scaleOn(ctx.app.db, head.yearId, head.grade, period.endsOn) : first;
}

export interface PageInput {
  classSubjectId: number;
  subgroupId?: number;
  periodId: number;
}

export function journalPage(ctx: CallContext, input: PageInput): JournalPage {
  const db = ctx.app.db.sqlite;
  const head = statement(
    db,
    `select cs.id as classSubjectId, c.id as classId, c.grade, c.grade || '-' || c.letter as className,
              c.year_id as yearId,
              s.name_ky as nameKy, s.name_ru as nameRu
         from class_subject cs join class c on c.id = cs.class_id join subject s on s.id = cs.subject_id
        where cs.id = ?`,
  ).get(input.classSubjectId) as
    | {
        classSubjectId: number;
        classId: number;
        grade: number;
        className: string;
        yearId: number;
        nameKy: string;
        nameRu: string;
      }
    | undefined;
  if (!head) {
    throw new ApiError('NOT_FOUND', undefined, [
      { path: 'classSubjectId', message: 'validation.journal.classSubjectNotFound' },
    ]);
  }
  assertCanRead(ctx, input.classSubjectId, { subgroupId: input.subgroupId ?? null });
  const period = statement(
    db,
    `select id as periodId, kind, number, starts_on as startsOn, ends_on as endsOn from period
        where id = ? and year_id = ?`,
  ).get(input.periodId, head.yearId) as JournalPage['period'] | undefined;
  if (!period)
    throw new ApiError('NOT_FOUND', undefined, [{ path: 'periodId', message: 'validation.journal.periodNotFound' }]);
  if (input.subgroupId !== undefined) {
    const group = statement(db, 'select 1 from subgroup where id = ? and class_subject_id = ?').get(
      input.subgroupId,
      input.classSubjectId,
    );
    if (!group)
      throw new ApiError('NOT_FOUND', undefined, [
        { path: 'subgroupId', message: 'validation.journal.subgroupNotFound' },
      ]);
  }
  const params = {
    classSubjectId: input.classSubjectId,
    subgroupId: input.subgroupId ?? null,
    startsOn: period.startsOn,
    endsOn: period.endsOn,
    classId: head.classId,
  };

  // Every enrolment in the class that overlaps the period: a pupil who left or arrived appears with
  // the days they belonged, and one who left and came back has two spans.
  const enrolments = statement(
    db,
    `select st.id as studentId, st.surname, st.name, st.patronymic, e.from_date as "from", e.to_date as "to"
         from enrollment e join student st on st.id = e.student_id
        where e.class_id = @classId and e.from_date <= @endsOn and (e.to_date is null or e.to_date >= @startsOn)
          and (@subgroupId is null or e.student_id in
               (select student_id from subgroup_member where subgroup_id = @subgroupId))
        order by e.from_date`,
  ).all(params) as {
    studentId: number;
    surname: string;
    name: string;
    patronymic: string | null;
    from: string;
    to: string | null;
  }[];
  const pupils = new Map<number, JournalPagePupil>();
  for (const e of enrolments) {
    const pupil = pupils.get(e.studentId) ?? {
      studentId: e.studentId,
      surname: e.surname,
      name: e.name,
      patronymic: e.patronymic,
      spans: [],
      average: null,
      markCount: 0,
    };
    pupil.spans.push({ from: e.from, to: e.to });
    pupils.set(e.studentId, pupil);
  }

  const lessons = (
    statement(
      db,
      `select l.id as lessonId, l.subgroup_id as subgroupId, l.date, l.lesson_number as lessonNumber, l.plan_topic_id as planTopicId,
                l.topic, l.class_work as classWork, l.homework, l.taught_by as taughtBy, l.is_substitution as isSubstitution
           from lesson l where ${lessonFilter}
          order by l.date, l.lesson_number, l.id`,
    ).all(params) as (Omit<JournalPage['lessons'][number], 'isSubstitution'> & { isSubstitution: number })[]
  ).map((l) => ({ ...l, isSubstitution: l.isSubstitution === 1 }));

  const marks = statement(
    db,
    `select m.id as markId, m.lesson_id as lessonId, m.student_id as studentId, m.kind, m.value, m.numeric, m.comment
         from mark m join lesson l on l.id = m.lesson_id where ${lessonFilter} order by m.id`,
  ).all(params) as MarkRow[];
  const attendance = statement(
    db,
    `select a.lesson_id as lessonId, a.student_id as studentId, a.status, a.reason_kind as reasonKind, a.reason,
              a.late_minutes as lateMinutes
         from attendance a join lesson l on l.id = a.lesson_id where ${lessonFilter} order by a.id`,
  ).all(params) as AttendanceRow[];
  const periodMarks = statement(
    db,
    `select student_id as studentId, value, proposed_value as proposedValue, proposed_average as proposedAverage
         from period_mark where class_subject_id = ? and kind = ? and number = ?`,
  ).all(input.classSubjectId, period.kind, period.number) as JournalPage['periodMarks'];

  // The average is of numeric marks only (criteria written as text have none); every mark counts.
  const sums = new Map<number, { sum: number; n: number }>();
  for (const m of marks) {
    const pupil = pupils.get(m.studentId);
    if (!pupil) continue;
    pupil.markCount += 1;
    if (m.numeric === null) continue;
    const s = sums.get(m.studentId) ?? { sum: 0, n: 0 };
    s.sum += m.numeric;
    s.n += 1;
    sums.set(m.studentId, s);
  }
  for (const [studentId, s] of sums) {
    const pupil = pupils.get(studentId);
    if (pupil) pupil.average = Math.round((s.sum / s.n) * 100) / 100;
  }

  // The timetable's days without a lesson: missed ones up to today, and the coming week's for homework.
  const horizon = addDays(schoolDay(ctx.now), 7);
  const taken = new Set(lessons.map((l) => `${l.date}:${l.lessonNumber ?? ''}`));
  const numberless = new Set(lessons.filter((l) => l.lessonNumber === null).map((l) => l.date));
  const plannedLessons = plannedLessonDates(ctx.app.db, {
    classSubjectId: input.classSubjectId,
    subgroupId: input.subgroupId ?? null,
    from: period.startsOn,
    to: period.endsOn < horizon ? period.endsOn : horizon,
  })
    .filter((p) => !taken.has(`${p.date}:${p.lessonNumber}`) && !numberless.has(p.date))
    .map(({ date, lessonNumber }) => ({ date, lessonNumber }));

  return {
    classSubjectId: input.classSubjectId,
    subgroupId: input.subgroupId ?? null,
    classId: head.classId,
    className: head.className,
    subject: { nameKy: head.nameKy, nameRu: head.nameRu },
    period,
    scale: pageScale(ctx, head, period),
    pupils: [...pupils.values()].sort(comparePeople),
    lessons,
    plannedLessons,
    marks,
    attendance,
    periodMarks,
  };
}
