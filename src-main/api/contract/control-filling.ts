import { z } from 'zod';
import { call } from './define';
import { calendarDate, id } from './fields';
import type { PersonRef } from './structure';

/*
 * Filling control, the regulations' "journal access report" (004 §4.9.4, §3.5): for a range of
 * dates, per class subject (a split subject per subgroup), what the timetable expected and the
 * journal lacks, what was entered late, and which pupils have no mark or only one.
 */

/** A lesson of the timetable, or of the journal, a line points at: enough to open its page. */
export interface FillingLessonRef {
  date: string;
  lessonNumber: number | null;
  /** The journal's lesson; null for a lesson of the timetable that was never entered. */
  lessonId: number | null;
}

/** Entries of one lesson made after the edit rule's window for them had closed (the audit's times). */
export interface FillingLateRef extends FillingLessonRef {
  entries: number;
  /** The last late entry, ISO time. */
  lastAt: string;
}

export interface FillingPupil {
  studentId: number;
  fullName: string;
}

export interface FillingLine {
  classSubjectId: number;
  /** Null: the class subject as a whole; a subgroup's own line otherwise. */
  subgroupId: number | null;
  subgroupName: string | null;
  classId: number;
  className: string;
  subject: { nameKy: string; nameRu: string };
  teacher: PersonRef | null;
  /** Lessons the timetable had in the range, up to now (whose day for entering has ended). */
  planned: number;
  /** Lessons of the journal dated in the range, up to today. */
  entered: number;
  missing: FillingLessonRef[];
  noTopic: FillingLessonRef[];
  noHomework: FillingLessonRef[];
  lateMarks: FillingLateRef[];
  lateAttendance: FillingLateRef[];
  /** Pupils counted: in the class (and the subgroup) on the last day counted; none where no marks are given. */
  pupils: number;
  noMarks: FillingPupil[];
  oneMark: FillingPupil[];
  /** % of `pupils`, unrounded; null with no pupils. */
  noMarksPercent: number | null;
  oneMarkPercent: number | null;
  /** The date of the latest lesson entered up to the last day counted (in the year, not only the range). */
  lastEntryOn: string | null;
  /** Where the page opens: the first problem's date, else the last entry's, else the range's end. */
  openOn: string;
  /** The deputy's remarks on this class subject written in the range (003 §4.2Б: the monthly report counts them). */
  remarks: FillingRemarkRef[];
}

export interface FillingRemarkRef {
  remarkId: number;
  dueOn: string;
  fixed: boolean;
}

export interface FillingTotals {
  lines: number;
  planned: number;
  entered: number;
  missing: number;
  noTopic: number;
  noHomework: number;
  lateMarks: number;
  lateAttendance: number;
  pupils: number;
  noMarks: number;
  oneMark: number;
  lastEntryOn: string | null;
  /** Remarks written in the range, each counted once, and of them those still open. */
  remarks: number;
  remarksOpen: number;
}

export interface FillingTeacher extends FillingTotals {
  teacher: PersonRef | null;
}

export interface FillingReport {
  from: string;
  to: string;
  /** The last day counted: `to`, or today when the range reaches past it. */
  until: string;
  year: { id: number; title: string };
  lines: FillingLine[];
  /** The same lines summed per teacher, in name order; lines with no teacher last. */
  teachers: FillingTeacher[];
  school: FillingTotals;
}

export const fillingQuery = z
  .object({
    from: calendarDate,
    to: calendarDate,
    classId: id.optional(),
    /** A teacher's staff id: the lines they keep. */
    teacherId: id.optional(),
  })
  .strict()
  .refine((q) => q.from <= q.to, { message: 'validation.control.rangeOrder', path: ['to'] });
export type FillingQuery = z.output<typeof fillingQuery>;

export const controlFillingCalls = {
  /** The journal access report for a range of dates; the whole school unless a class or teacher is named. */
  'control.filling': call<FillingReport>()({ input: fillingQuery, access: 'reports.read', mutates: false }),
};
