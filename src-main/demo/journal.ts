import { attendance, lesson, mark, planTopic } from '../db/schema';
import { dayAbsences, type Absence } from './attendance';
import { bishkekTime, eachDate, weekday } from './dates';
import { lessonTexts } from './lesson-texts';
import { markedCount, markValue, ordinaryKind } from './marks';
import type { DemoClass, DemoContext, DemoLoad, DemoPupil, DemoSection, DemoTeacher } from './model';
import { buildPlan, lessonTopic } from './plan';
import type { Slot } from './timetable';
import { prepareInsert } from './insert';

/** Marks kept per class subject and pupil, for the quarter marks. */
export type MarkBook = Map<DemoLoad, Map<DemoPupil, { values: number[]; teacher: DemoTeacher }>>;

/** When a lesson starts, in minutes after midnight in Bishkek: 45-minute lessons, 10-minute breaks. */
function lessonStart(shift: number, lessonNumber: number): number {
  return (shift === 1 ? 8 * 60 : 13 * 60 + 30) + (lessonNumber - 1) * 55;
}

function statements(ctx: DemoContext) {
  const { db } = ctx;
  return {
    planTopic: prepareInsert(db, planTopic, ['classSubjectId', 'position', 'title', 'hours', 'plannedDate', 'section']),
    lesson: prepareInsert(db, lesson, [
      'classSubjectId',
      'subgroupId',
      'date',
      'lessonNumber',
      'planTopicId',
      'topic',
      'classWork',
      'homework',
      'taughtBy',
      'createdAt',
      'createdBy',
    ]),
    mark: prepareInsert(db, mark, ['lessonId', 'studentId', 'value', 'numeric', 'kind', 'enteredAt', 'enteredBy']),
    attendance: prepareInsert(db, attendance, [
      'lessonId',
      'studentId',
      'status',
      'reasonKind',
      'reason',
      'lateMinutes',
      'enteredAt',
      'enteredBy',
    ]),
  };
}

/**
 * The first quarter as the journal holds it: for every class subject the КТП, and on every school day
 * before today the lessons of the timetable with their topics, homework, attendance and marks.
 */
export function createJournal(ctx: DemoContext, loads: readonly DemoLoad[], slots: readonly Slot[]): MarkBook {
  const { rng, quarter } = ctx;
  const insert = statements(ctx);
  const schoolDays = eachDate(quarter.startsOn, quarter.endsOn).filter((d) => weekday(d) <= 5 && !ctx.holidays.has(d));
  const pastDays = schoolDays.filter((d) => d < ctx.today);
  const absences = new Map<DemoClass, Map<string, Map<number, Absence>>>();
  for (const cls of new Set(loads.map((l) => l.cls))) {
    absences.set(cls, dayAbsences(rng, cls.pupils, pastDays, cls.language));
  }
  const slotsOf = new Map<DemoLoad, Slot[]>();
  for (const slot of slots) slotsOf.set(slot.load, [...(slotsOf.get(slot.load) ?? []), slot]);
  const book: MarkBook = new Map();

  for (const load of loads) {
    const { cls, subject } = load;
    const weekly = (slotsOf.get(load) ?? []).sort((a, b) => a.lessonNumber - b.lessonNumber);
    const lessons = schoolDays.flatMap((date) =>
      weekly.filter((s) => s.weekday === weekday(date)).map((s) => ({ date, lessonNumber: s.lessonNumber })),
    );
    const graded = ctx.scales.get(cls.grade) === 'five_point';
    const plan = buildPlan(rng, subject, cls.grade, cls.language, lessons.length, graded);
    const textLanguage =
      subject.topicLanguage === 'ky' || subject.topicLanguage === 'ru' ? subject.topicLanguage : cls.language;
    const section = textLanguage === 'ky' ? `${quarter.number}-чейрек` : `${quarter.number}-я четверть`;
    const marks = new Map<DemoPupil, { values: number[]; teacher: DemoTeacher }>();
    book.set(load, marks);

    plan.forEach((entry, position) => {
      const first = lessons[entry.lessons[0] ?? 0];
      const planTopicId = insert.planTopic.run(
        load.id,
        position + 1,
        entry.title,
        entry.lessons.length,
        first?.date ?? null,
        section,
      );
      for (const index of entry.lessons) {
        const when = lessons[index];
        if (!when || when.date >= ctx.today) continue;
        const topic = lessonTopic(entry, index, subject, cls.language);
        const texts = lessonTexts(rng, subject.kind, textLanguage, cls.grade, index);
        const start = lessonStart(cls.shift, when.lessonNumber);
        const away = absences.get(cls)?.get(when.date) ?? new Map<number, Absence>();
        for (const part of load.sections) {
          const lessonId = insert.lesson.run(
            load.id,
            part.subgroupId,
            when.date,
            when.lessonNumber,
            planTopicId,
            topic,
            entry.control ? null : texts.classWork,
            texts.homework,
            part.teacher.staffId,
            bishkekTime(when.date, start + 2),
            part.teacher.userId,
          );
          const present = recordAttendance(
            ctx,
            insert.attendance,
            lessonId,
            part,
            away,
            when.date,
            start,
            when.lessonNumber,
          );
          if (!graded) continue;
          const marked = entry.control ? present : rng.shuffle(present).slice(0, markedCount(rng, present.length));
          for (const pupil of marked) {
            const value = markValue(rng, pupil.ability, entry.control);
            const kind = entry.control ? 'control' : ordinaryKind(rng, subject.kind);
            const at = bishkekTime(when.date, start + 40 + rng.int(0, 240));
            insert.mark.run(lessonId, pupil.id, String(value), value, kind, at, part.teacher.userId);
            const record = marks.get(pupil) ?? { values: [], teacher: part.teacher };
            record.values.push(value);
            marks.set(pupil, record);
          }
        }
      }
    });
  }
  return book;
}

/** Writes the lesson's absences and late arrivals; returns the pupils who were there. */
function recordAttendance(
  ctx: DemoContext,
  insert: ReturnType<typeof statements>['attendance'],
  lessonId: number,
  part: DemoSection,
  away: Map<number, Absence>,
  date: string,
  start: number,
  lessonNumber: number,
): DemoPupil[] {
  const { rng } = ctx;
  const at = bishkekTime(date, start + rng.int(2, 10));
  const present: DemoPupil[] = [];
  for (const pupil of part.pupils) {
    const absence =
      away.get(pupil.id) ?? (rng.chance(0.005) ? { reasonKind: 'unexcused' as const, reason: null } : null);
    if (absence) {
      insert.run(lessonId, pupil.id, 'absent', absence.reasonKind, absence.reason, null, at, part.teacher.userId);
      continue;
    }
    // Late arrivals happen mostly to the first lesson of the day.
    if (rng.chance(lessonNumber === 1 ? 0.02 : 0.004)) {
      insert.run(lessonId, pupil.id, 'late', 'unexcused', null, rng.int(3, 20), at, part.teacher.userId);
    }
    present.push(pupil);
  }
  return present;
}
