import type { Api } from '../../../src-main/api/contract';
import type { JournalChoices, JournalPage, LessonTexts } from '../../../src-main/api/contract/journal';
import type { TeacherWeek } from '../../../src-main/api/contract/timetable';

/** One lesson of the teacher's day: what the timetable has for that weekday, in lesson order. */
export interface DayLesson {
  key: string;
  classSubjectId: number;
  subgroupId: number | null;
  lessonNumber: number;
  className: string;
  subject: { nameKy: string; nameRu: string };
  subgroupName: string | null;
}

/** The weekday of an ISO date, 1 = Monday … 7 = Sunday, without time zones getting in the way. */
export function weekdayOf(date: string): number {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The day's lessons from the teacher's week, limited to the journals the teacher may write in. */
export function dayLessons(week: TeacherWeek, choices: JournalChoices, date: string): DayLesson[] {
  const writable = new Set(choices.journals.filter((j) => j.own || j.substitute).map((j) => j.classSubjectId));
  return week.slots
    .filter((s) => s.weekday === weekdayOf(date) && writable.has(s.classSubjectId))
    .sort((a, b) => a.shift - b.shift || a.lessonNumber - b.lessonNumber)
    .map((s) => ({
      key: `${s.classSubjectId}:${s.subgroupId ?? ''}:${s.lessonNumber}`,
      classSubjectId: s.classSubjectId,
      subgroupId: s.subgroupId,
      lessonNumber: s.lessonNumber,
      className: s.className,
      subject: { nameKy: s.subjectNameKy, nameRu: s.subjectNameRu },
      subgroupName: s.subgroupName,
    }));
}

/** The period (quarter) a date falls in, for reading that day's journal page. */
export function periodOn(choices: JournalChoices, date: string): number | null {
  const quarters = choices.periods.filter((p) => p.kind === 'quarter');
  return quarters.find((p) => p.startsOn <= date && date <= p.endsOn)?.periodId ?? null;
}

/** The values a tap can set on a scale; none where marks are typed as text or not given. */
export function markButtons(scale: string): string[] {
  if (scale === 'five_point') return ['2', '3', '4', '5'];
  if (scale === 'points') return ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'];
  return [];
}

type LessonSaveInput = Parameters<Api['journal.lessonSave']>[0];

/**
 * What the day's form saves: its topic and homework, and what it showed (`shown`, so a colleague's
 * change since is refused). A save rewrites the whole lesson, so the fields the phone does not show (the
 * plan's topic, the class work, a substitution) go back as the office entered them.
 */
export function daySaveInput(form: {
  lesson: DayLesson;
  date: string;
  entered: JournalPage['lessons'][number] | undefined;
  topic: string;
  homework: string;
  shown: LessonTexts | null;
}): LessonSaveInput {
  const { lesson, entered } = form;
  const base = {
    classSubjectId: lesson.classSubjectId,
    ...(lesson.subgroupId !== null ? { subgroupId: lesson.subgroupId } : {}),
    date: form.date,
    topic: form.topic,
    homework: form.homework,
  };
  if (!entered) {
    return {
      ...base,
      ...(lesson.lessonNumber > 0 ? { lessonNumber: lesson.lessonNumber } : {}),
      isSubstitution: false,
    };
  }
  return {
    ...base,
    lessonId: entered.lessonId,
    ...(entered.lessonNumber !== null ? { lessonNumber: entered.lessonNumber } : {}),
    ...(entered.planTopicId !== null ? { planTopicId: entered.planTopicId } : {}),
    ...(entered.classWork !== null ? { classWork: entered.classWork } : {}),
    isSubstitution: entered.isSubstitution,
    ...(entered.isSubstitution && entered.taughtBy !== null ? { taughtBy: entered.taughtBy } : {}),
    ...(form.shown ? { expected: form.shown } : {}),
  };
}
