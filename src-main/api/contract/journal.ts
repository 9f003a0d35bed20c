import { z } from 'zod';
import { call } from './define';
import type { GradingScaleName } from './calendar';
import { calendarDate, id, noInput, optionalText } from './fields';

// ---------------------------------------------------------------------------------------------
// Fields

/** Mark kinds with Kündölük's codes (kept equal to the `mark.kind` column's list). */
export const markKinds = ['general', 'write', 'control', 'test', 'homework', 'laboratory', 'practice'] as const;
export type MarkKindCode = (typeof markKinds)[number];
export const attendanceStatuses = ['absent', 'late'] as const;
export const absenceReasons = ['unexcused', 'excused', 'ill'] as const;
export type AttendanceStatus = (typeof attendanceStatuses)[number];
export type AbsenceReason = (typeof absenceReasons)[number];

/** Why a change is made after the teacher's window; the service checks the minimum length. */
const reason = optionalText(500);

// ---------------------------------------------------------------------------------------------
// Results

export interface LessonRow {
  lessonId: number;
  classSubjectId: number;
  subgroupId: number | null;
  date: string;
  lessonNumber: number | null;
  planTopicId: number | null;
  topic: string | null;
  classWork: string | null;
  homework: string | null;
  taughtBy: number | null;
  isSubstitution: boolean;
}

/** What a lesson's form edits as text: what a save says the form showed (`expected`). */
export type LessonTexts = Pick<LessonRow, 'topic' | 'classWork' | 'homework'>;

export interface MarkRow {
  markId: number;
  lessonId: number;
  studentId: number;
  kind: MarkKindCode;
  value: string;
  /** For averages; null where the scale has no number (criteria given as text). */
  numeric: number | null;
  comment: string | null;
}

export interface AttendanceRow {
  lessonId: number;
  studentId: number;
  status: AttendanceStatus;
  reasonKind: AbsenceReason;
  reason: string | null;
  lateMinutes: number | null;
}

export interface JournalPagePupil {
  studentId: number;
  surname: string;
  name: string;
  patronymic: string | null;
  /** When the pupil belonged to the class within the period; the screen greys out the other days. */
  spans: { from: string; to: string | null }[];
  /** Mean of the period's numeric marks; null without any. */
  average: number | null;
  markCount: number;
}

export interface JournalPage {
  classSubjectId: number;
  subgroupId: number | null;
  classId: number;
  className: string;
  subject: { nameKy: string; nameRu: string };
  period: { periodId: number; kind: string; number: number; startsOn: string; endsOn: string };
  /** The grading scale at the period's start (a quarter lies in one half-year); 'none': no marks at all. */
  scale: GradingScaleName;
  pupils: JournalPagePupil[];
  /** In date order, then by lesson number. */
  lessons: Omit<LessonRow, 'classSubjectId'>[];
  /**
   * Days the timetable has this class subject with no lesson entered yet, up to a week ahead: the
   * columns a teacher fills without typing a date. A mark typed there creates the lesson.
   */
  plannedLessons: { date: string; lessonNumber: number }[];
  marks: MarkRow[];
  attendance: AttendanceRow[];
  periodMarks: { studentId: number; value: string; proposedValue: string | null; proposedAverage: number | null }[];
}

/** One audited change of a cell's mark, newest last. */
export interface MarkHistoryEntry {
  auditId: number;
  at: string;
  actor: string | null;
  action: string;
  kind: MarkKindCode;
  before: unknown;
  after: unknown;
  reason: string | null;
}

/** A planned replacement of an absent teacher (004 §5.1): the substitute may fill that day's lesson. */
export interface SubstitutionRow {
  substitutionId: number;
  classSubjectId: number;
  className: string;
  subject: { nameKy: string; nameRu: string };
  date: string;
  lessonNumber: number | null;
  absentTeacher: string | null;
  substituteId: number;
  substitute: string;
  reason: string | null;
}

/** A journal the caller may open: one class subject of the current year, with its subgroups. */
export interface JournalChoice {
  classSubjectId: number;
  classId: number;
  className: string;
  grade: number;
  subject: { nameKy: string; nameRu: string };
  teacherName: string | null;
  subgroups: { subgroupId: number; name: string; teacherName: string | null }[];
  /** The caller teaches it (or one of its subgroups): they may write in it. */
  own: boolean;
  /** The subgroups the caller teaches; where they teach only these, they open only these pages. */
  ownSubgroupIds: number[];
  /** The caller is the class subject's own teacher (every subgroup and the whole class). */
  ownWhole: boolean;
  /** The caller is the class teacher of its class: they may excuse its absences. */
  classTeacher: boolean;
  /** The deputy has planned the caller as a substitute here: they may fill the lessons of those days. */
  substitute: boolean;
}

/** What the journal screen opens with: the year, its periods, the journals and who may teach a lesson. */
export interface JournalChoices {
  /** The school's date now (Bishkek), by the server's clock: new lessons start on it. */
  today: string;
  year: { yearId: number; title: string; closed: boolean } | null;
  periods: { periodId: number; kind: string; number: number; startsOn: string; endsOn: string }[];
  /** The quarter holding today, else the nearest one before it, else the first. */
  currentPeriodId: number | null;
  journals: JournalChoice[];
  /** Teachers who may be recorded as a lesson's substitute. */
  teachers: { staffId: number; name: string }[];
  /** The caller's own staff card, when they have one: a substitute records themself as who taught. */
  myStaffId: number | null;
}

// ---------------------------------------------------------------------------------------------
// Calls

const readers = ['journal.readAll', 'journal.writeOwn'] as const;
const writers = ['journal.writeOwn', 'journal.correct'] as const;

/**
 * The journal. Writes admit a teacher (their own class subjects, subgroups and substitutions, inside
 * the edit window) and the deputy (any lesson, always with a reason); the director and the
 * administrator are refused by the router. The edit rule itself lives in journal/edit-policy.ts.
 */
export const journalCalls = {
  /** Creates a lesson (no `lessonId`) or rewrites one. `taughtBy` is required for a substitution. */
  'journal.lessonSave': call<LessonRow>()({
    input: z
      .object({
        lessonId: id.optional(),
        classSubjectId: id,
        subgroupId: id.optional(),
        date: calendarDate,
        lessonNumber: z.number().int().min(0).max(12).optional(),
        planTopicId: id.optional(),
        topic: optionalText(300),
        classWork: optionalText(1000),
        homework: optionalText(1000),
        isSubstitution: z.boolean().default(false),
        taughtBy: id.optional(),
        reason,
        /** The lesson's texts as the screen showed them: a lesson changed since is refused (STALE_LESSON). */
        expected: z
          .object({ topic: z.string().nullable(), classWork: z.string().nullable(), homework: z.string().nullable() })
          .strict()
          .optional(),
      })
      .strict()
      .refine((l) => !l.isSubstitution || l.taughtBy !== undefined, {
        message: 'validation.journal.substituteRequired',
        path: ['taughtBy'],
      }),
    access: writers,
    mutates: true,
  }),
  /** Sets (or replaces) the mark of one kind for one pupil in one lesson. */
  'journal.markSet': call<MarkRow>()({
    input: z
      .object({
        lessonId: id,
        studentId: id,
        value: z.string().trim().min(1).max(10),
        kind: z.enum(markKinds).default('general'),
        comment: optionalText(300),
        reason,
        /** The cell's value of this kind as the screen showed it (null: empty): a changed cell is refused. */
        expected: z.string().max(10).nullable().optional(),
      })
      .strict(),
    access: writers,
    mutates: true,
  }),
  'journal.markClear': call<null>()({
    input: z.object({ markId: id, reason, expected: z.string().max(10).optional() }).strict(),
    access: writers,
    mutates: true,
  }),
  /** Absent or late; `status: null` clears the entry (the pupil was present). */
  'journal.attendanceSet': call<AttendanceRow | null>()({
    input: z
      .object({
        lessonId: id,
        studentId: id,
        status: z.enum(attendanceStatuses).nullable(),
        reasonKind: z.enum(absenceReasons).default('unexcused'),
        /** The absence's reason as written (Kündölük's `absent_reason`). */
        reason: optionalText(300),
        lateMinutes: z.number().int().min(1).max(90).optional(),
        /** Why the deputy corrects the entry (the audit's reason); not the absence's reason. */
        correctionReason: reason,
        /** The entry as the screen showed it (null: present): a changed entry is refused. */
        expectedStatus: z.enum(attendanceStatuses).nullable().optional(),
      })
      .strict(),
    access: writers,
    mutates: true,
  }),
  /**
   * The journals of the current year the caller may open: every one with journal.readAll; for a teacher
   * those they teach and, as class teacher, those of their class.
   */
  'journal.choices': call<JournalChoices>()({ input: noInput, access: readers, mutates: false }),
  /** The deputy plans a substitution: that day the substitute may open the lesson and fill it. */
  'journal.substitutionSet': call<SubstitutionRow>()({
    input: z
      .object({
        classSubjectId: id,
        date: calendarDate,
        lessonNumber: z.number().int().min(1).max(12).optional(),
        substituteId: id,
        reason: optionalText(300),
      })
      .strict(),
    access: 'journal.correct',
    mutates: true,
  }),
  'journal.substitutionRemove': call<null>()({
    input: z.object({ substitutionId: id }).strict(),
    access: 'journal.correct',
    mutates: true,
  }),
  /** The substitutions of one class subject (or, without one, all those of the caller as substitute). */
  'journal.substitutions': call<SubstitutionRow[]>()({
    input: z.object({ classSubjectId: id.optional() }).strict(),
    access: readers,
    mutates: false,
  }),
  /** One class subject (or subgroup) in one period: pupils, lessons, marks, attendance, period marks. */
  'journal.page': call<JournalPage>()({
    input: z.object({ classSubjectId: id, subgroupId: id.optional(), periodId: id }).strict(),
    access: readers,
    mutates: false,
  }),
  /** A token that changes when anything on the page changes: screens poll it to show others' entries. */
  'journal.pageVersion': call<string>()({
    input: z.object({ classSubjectId: id, subgroupId: id.optional(), periodId: id }).strict(),
    access: readers,
    mutates: false,
  }),
  /** Every audited change of one pupil's marks in one lesson (all kinds), oldest first. */
  'journal.markHistory': call<MarkHistoryEntry[]>()({
    input: z.object({ lessonId: id, studentId: id }).strict(),
    access: readers,
    mutates: false,
  }),
};
