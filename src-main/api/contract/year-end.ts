import { z } from 'zod';
import { call } from './define';
import { calendarDate, id } from './fields';
import { yearFields, type YearDates } from './calendar';

/*
 * Closing a school year and rolling over to the next (issue 6). The deputy checks which year and
 * final marks are missing, closes the year (read-only for everyone from then on, with a written reason
 * when marks are missing), and makes the next year from it: classes a grade up, graduates out,
 * repeaters kept by the pedagogical council's decision, the teaching load copied for review.
 */

// ---------------------------------------------------------------------------------------------
// Results

/** The marks the check asks for: the year mark always, the final mark where the grade has one. */
export type YearEndMarkKind = 'year' | 'final';

export interface MissingPupil {
  studentId: number;
  fullName: string;
  kinds: YearEndMarkKind[];
}

export interface MissingSubject {
  classSubjectId: number;
  subjectNameKy: string;
  subjectNameRu: string;
  pupils: MissingPupil[];
}

export interface MissingClass {
  classId: number;
  className: string;
  subjects: MissingSubject[];
}

export interface YearEndCheck {
  year: {
    id: number;
    title: string;
    startsOn: string;
    endsOn: string;
    state: 'open' | 'closed';
    closedAt: string | null;
  };
  /** The year's last day has come: only then may it be closed. */
  ended: boolean;
  /** The grades whose pupils need a final mark in every subject (besides any subject with an exam). */
  finalGrades: number[];
  /** Missing marks in all (a pupil lacking both the year and the final mark counts twice). */
  missingCount: number;
  /** Only the classes and subjects where something is missing, by grade and letter, then subject. */
  classes: MissingClass[];
  /** The year made from this one by a roll-over, once there is one. */
  rolledOverInto: { yearId: number; title: string } | null;
}

export interface ClosedYear {
  yearId: number;
  title: string;
  closedAt: string;
  /** Lines of the movement book still open at the year's end, ended on its last day. */
  endedLines: number;
  /** What was missing when the deputy closed the year anyway (0 when nothing was). */
  missingCount: number;
}

/** What happens to a pupil enrolled on the closed year's last day. */
export type PupilFate = 'moves' | 'graduates' | 'leaves' | 'repeats';

export interface RollOverPupil {
  studentId: number;
  fullName: string;
  fate: PupilFate;
  /** The class of the new year; null for those who leave the school. */
  toClass: string | null;
}

export interface RollOverClass {
  fromClassId: number;
  fromName: string;
  grade: number;
  /** The class its pupils move up to; null when nobody does (the last grade graduates). */
  toName: string | null;
  pupils: RollOverPupil[];
}

export interface NewClassPlan {
  name: string;
  /** The class it continues; null for a class made only for repeaters. */
  fromName: string | null;
  classTeacher: string | null;
  pupils: number;
  /** Lines of the teaching load copied from `fromName` (subject, teacher, hours). */
  loadLines: number;
  subgroups: number;
}

export interface RollOverPreview {
  fromYear: { id: number; title: string; endsOn: string };
  /** The closed year's dates a year on, for the deputy to correct to the Ministry's. */
  proposed: YearDates;
  /** The school's last grade, which graduates; grade 9 continues to 10 unless marked as leaving. */
  lastGrade: number;
  classes: RollOverClass[];
  newClasses: NewClassPlan[];
  counts: Record<PupilFate, number>;
}

export interface RollOverResult {
  yearId: number;
  title: string;
  classes: number;
  enrolled: number;
  graduates: number;
  repeaters: number;
  loadLines: number;
  subgroups: number;
}

// ---------------------------------------------------------------------------------------------
// Inputs

/** One decision of the pedagogical council: these pupils repeat their grade. */
export const repeatDecision = z
  .object({
    studentIds: z.array(id).min(1).max(500),
    decisionDate: calendarDate,
    decisionNo: z.string().trim().min(1).max(40),
  })
  .strict();
export type RepeatDecision = z.output<typeof repeatDecision>;

const decisions = {
  fromYearId: id,
  /** Pupils of grade 9 who leave the school after it (the rest continue to grade 10). */
  leavers: z.array(id).max(2000).default([]),
  repeaters: z.array(repeatDecision).max(20).default([]),
};
export type RollOverDecisions = { fromYearId: number; leavers: number[]; repeaters: RepeatDecision[] };

// ---------------------------------------------------------------------------------------------
// Calls

export const yearEndCalls = {
  /** What is missing before a year can be closed; any year, the current one unless asked. */
  'yearEnd.check': call<YearEndCheck>()({
    input: z.object({ yearId: id.optional() }).strict().optional(),
    access: 'year.manage',
    mutates: false,
  }),
  /**
   * Closes a year for good. While marks are missing, the deputy confirms how many (the count the
   * check showed) and writes why. A backup is made first, outside the write transaction, hence
   * its own transaction and audit.
   */
  'yearEnd.close': call<ClosedYear>()({
    input: z
      .object({
        yearId: id,
        confirmMissing: z.number().int().min(0).optional(),
        reason: z.string().trim().max(500).optional(),
      })
      .strict(),
    access: 'year.manage',
    mutates: true,
    ownTransaction: true,
  }),
  /** What a roll-over of a closed year would do with these decisions; writes nothing. */
  'yearEnd.rollOverPreview': call<RollOverPreview>()({
    input: z.object(decisions).strict(),
    access: 'year.manage',
    mutates: false,
  }),
  /** Makes the next year from a closed one; the closed year's marks, lists and documents stay as they are. */
  'yearEnd.rollOver': call<RollOverResult>()({
    input: z.object({ ...decisions, ...yearFields }).strict(),
    access: 'year.manage',
    mutates: true,
    ownTransaction: true,
  }),
};
