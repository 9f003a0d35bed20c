import { z } from 'zod';
import { call } from './define';
import { calendarDate, id, optionalText } from './fields';
import type { PersonRef } from './structure';

// ---------------------------------------------------------------------------------------------
// Results

/** One lesson of a week: who teaches what, where. The teacher is the subgroup's, else the subject's. */
export interface TimetableSlotRow {
  slotId: number;
  /** 1 = Monday … 6 = Saturday. */
  weekday: number;
  lessonNumber: number;
  classSubjectId: number;
  subgroupId: number | null;
  subgroupName: string | null;
  subjectNameKy: string;
  subjectNameRu: string;
  teacher: PersonRef | null;
  room: string | null;
  validFrom: string;
  validTo: string | null;
}

/** A date from which the class's week changed, until the next one (null: still in force). */
export interface TimetableVersion {
  from: string;
  to: string | null;
  slotCount: number;
}

/** A class subject (or one of its subgroups) with more or fewer lessons a week than its load says. */
export interface HoursMismatch {
  classSubjectId: number;
  /** Null: the whole class (or every subgroup alike). */
  subgroupId: number | null;
  subgroupName: string | null;
  subjectNameKy: string;
  subjectNameRu: string;
  hoursPerWeek: number;
  slotsPerWeek: number;
}

/** One teacher due in this class and in another class of the same shift at the same lesson. */
export interface TeacherClash {
  teacher: PersonRef;
  weekday: number;
  lessonNumber: number;
  classSubjectId: number;
  subjectNameKy: string;
  subjectNameRu: string;
  other: { classId: number; className: string; classSubjectId: number; subjectNameKy: string; subjectNameRu: string };
}

export interface TimetableWarnings {
  hours: HoursMismatch[];
  clashes: TeacherClash[];
}

export interface ClassTimetable {
  classId: number;
  className: string;
  /** The day asked for (today when none was). */
  on: string;
  year: { startsOn: string; endsOn: string; closed: boolean };
  /** The slots in force that day, by weekday then lesson number. */
  slots: TimetableSlotRow[];
  versions: TimetableVersion[];
  /** Of the week in force that day. */
  warnings: TimetableWarnings;
}

export interface SavedTimetable extends ClassTimetable {
  /** Slots of the earlier week now ending the day before `validFrom`. */
  closed: number;
  /** Slots of later weeks removed because this one replaces them. */
  replaced: number;
  inserted: number;
}

export interface TeacherSlotRow extends TimetableSlotRow {
  classId: number;
  className: string;
  /** Lesson 1 of the second shift is in the afternoon: a teacher's week is read shift by shift. */
  shift: number;
}

export interface TeacherWeek {
  staffId: number;
  fullName: string;
  on: string;
  slots: TeacherSlotRow[];
}

// ---------------------------------------------------------------------------------------------
// Calls

const readers = ['journal.readAll', 'journal.writeOwn', 'year.manage'] as const;

export const maxLessonNumber = 10;
/** Monday to Saturday: a school in Kyrgyzstan has no Sunday lessons. */
const slot = z
  .object({
    weekday: z.number().int().min(1).max(6, 'validation.timetable.sunday'),
    lessonNumber: z.number().int().min(1).max(maxLessonNumber),
    classSubjectId: id,
    subgroupId: id.nullable().optional(),
    room: optionalText(20),
  })
  .strict();

const week = z.object({ classId: id, validFrom: calendarDate, slots: z.array(slot).max(200) }).strict();

/**
 * The timetable of each class (004 §4.9.2): a week of slots, changed from a date during the year.
 * Everyone who works with the journal reads it; the deputy and the administrator set it.
 */
export const timetableCalls = {
  'timetable.ofClass': call<ClassTimetable>()({
    input: z.object({ classId: id, on: calendarDate.optional() }).strict(),
    access: readers,
    mutates: false,
  }),
  /** The week from `validFrom` on: the week in force then ends the day before, later weeks give way. */
  'timetable.save': call<SavedTimetable>()({ input: week, access: 'year.manage', mutates: true }),
  /** What `timetable.save` would refuse or warn about, with nothing written: the deputy checks first. */
  'timetable.check': call<TimetableWarnings>()({ input: week, access: 'year.manage', mutates: false }),
  /** A teacher's week: a teacher their own; whoever reads the whole journal or sets the year, anyone's. */
  'timetable.ofTeacher': call<TeacherWeek>()({
    input: z.object({ staffId: id.optional(), on: calendarDate.optional() }).strict(),
    access: readers,
    mutates: false,
  }),
};

export type TimetableInput = z.output<typeof week>;
