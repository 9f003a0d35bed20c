import type { Database } from '../../db/connection';
import { factLabel } from '../facts';
import { PrintError, type DocumentParams } from '../kinds';
import type { DocumentLanguage } from '../types';
import { classInfo, periodMarkKey, periodMarksOf, pupilsDuring, type ClassInfo, type ClassPupil } from './class-data';
import {
  attendanceOf,
  classSubjectHead,
  lessonsOf,
  marksOf,
  subgroupMembers,
  type ClassSubjectHead,
  type JournalLesson,
  type LessonAttendance,
  type LessonMark,
} from './lessons';
import { documentPeriod, type DocumentPeriod } from './periods';

/** What one pupil has in one lesson: the marks, and the absence or late arrival if any. */
export interface JournalCell {
  marks: LessonMark[];
  attendance: LessonAttendance | null;
}

/** A class subject's journal for a period, read at one moment, as its printed pages show it. */
export interface JournalPages {
  head: ClassSubjectHead;
  c: ClassInfo;
  period: DocumentPeriod;
  pupils: ClassPupil[];
  lessons: JournalLesson[];
  cell(l: JournalLesson, p: ClassPupil): JournalCell | undefined;
  /** The period mark (quarter, half-year or year, as the period is); '' when none is set. */
  periodMark(p: ClassPupil): string;
  /** The lesson is not the pupil's: before arriving, after leaving, or another subgroup's. */
  outside(p: ClassPupil, l: JournalLesson): boolean;
  /**
   * How the paper and the facts name a lesson: "05.09", with its number when the subject has another
   * lesson that day ("05.09 · 3-сабак") and its subgroup ("05.09 · 1-топ").
   */
  label(l: JournalLesson): string;
}

const lessonNo = { ky: (n: number) => `${n}-сабак`, ru: (n: number) => `урок ${n}` };

/** "05.09" for "2026-09-05". */
export const dayMonth = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}`;

export function journalPages(db: Database, params: DocumentParams, language: DocumentLanguage): JournalPages {
  if (params.classSubjectId === undefined) throw new PrintError('print.classSubjectRequired');
  const head = classSubjectHead(db, params.classSubjectId, language);
  const c = head && classInfo(db, head.classId);
  if (!head || !c) throw new PrintError('print.classSubjectNotFound');
  const period = documentPeriod(db, c.yearId, params.period, language);
  if (!period) throw new PrintError('print.periodNotFound');
  const { startsOn, endsOn } = period;
  const pupils = pupilsDuring(db, c.id, startsOn, endsOn);
  if (!pupils.length) throw new PrintError('print.noPupils', { className: c.title });
  const lessons = lessonsOf(db, head.id, startsOn, endsOn);
  if (!lessons.length) throw new PrintError('print.noLessons', { className: c.title, subject: head.name });

  const dayKey = (l: JournalLesson) => `${l.date}:${l.subgroupId ?? ''}`;
  const perDay = new Map<string, number>();
  for (const l of lessons) perDay.set(dayKey(l), (perDay.get(dayKey(l)) ?? 0) + 1);

  const cells = new Map<string, JournalCell>();
  const cellAt = (lessonId: number, studentId: number) => {
    const key = `${lessonId}:${studentId}`;
    const found = cells.get(key) ?? { marks: [], attendance: null };
    cells.set(key, found);
    return found;
  };
  for (const m of marksOf(db, head.id, startsOn, endsOn)) cellAt(m.lessonId, m.studentId).marks.push(m);
  for (const a of attendanceOf(db, head.id, startsOn, endsOn)) cellAt(a.lessonId, a.studentId).attendance = a;

  const marks = periodMarksOf(db, [head.id]);
  const members = subgroupMembers(db, [head.id]);
  // A subgroup with nobody listed in it keeps every pupil's cell open rather than greying the class.
  const otherGroup = (p: ClassPupil, l: JournalLesson) =>
    l.subgroupId !== null && (members.get(l.subgroupId)?.size ?? 0) > 0 && !members.get(l.subgroupId)?.has(p.id);
  return {
    head,
    c,
    period,
    pupils,
    lessons,
    cell: (l, p) => cells.get(`${l.id}:${p.id}`),
    periodMark: (p) => marks.get(periodMarkKey(p.id, head.id, period.kind, period.number)) ?? '',
    outside: (p, l) =>
      (p.arrived !== null && l.date < p.arrived) || (p.left !== null && l.date > p.left) || otherGroup(p, l),
    label: (l) =>
      factLabel(
        dayMonth(l.date),
        ...((perDay.get(dayKey(l)) ?? 0) > 1 && l.lessonNumber !== null ? [lessonNo[language](l.lessonNumber)] : []),
        ...(l.subgroupName ? [l.subgroupName] : []),
      ),
  };
}
