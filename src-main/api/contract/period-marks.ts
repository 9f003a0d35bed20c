import { z } from 'zod';
import { call } from './define';
import { id, optionalText } from './fields';
import type { GradingScaleName } from './calendar';

// ---------------------------------------------------------------------------------------------
// Fields

/** Kept equal to the `period_mark.kind` column's list. */
export const periodMarkKinds = ['quarter', 'half_year', 'year', 'exam', 'final'] as const;
export type PeriodMarkKindCode = (typeof periodMarkKinds)[number];

/** The numbers a kind has: quarters 1–4, half-years 1–2, the year, exam and final 0. */
export function periodMarkNumberFits(kind: PeriodMarkKindCode, number: number): boolean {
  if (kind === 'quarter') return number >= 1 && number <= 4;
  if (kind === 'half_year') return number >= 1 && number <= 2;
  return number === 0;
}

const which = {
  classSubjectId: id,
  kind: z.enum(periodMarkKinds),
  /** May be left out for the year, exam and final mark. */
  number: z.number().int().min(0).max(4).default(0),
};
const numberFits = {
  check: (v: { kind: PeriodMarkKindCode; number: number }) => periodMarkNumberFits(v.kind, v.number),
  issue: { message: 'validation.periodMarks.number', path: ['number'] },
};
/** Why the deputy changes a mark; the service checks the edit policy's minimum length. */
const reason = optionalText(500);

// ---------------------------------------------------------------------------------------------
// Results

/** Warnings of a proposal; the screen shows `periodMarks.warning.<code>` with `params`. */
export type PeriodMarkWarningCode =
  'fewMarks' | 'noWritten' | 'notNumeric' | 'notCertifiedPeriod' | 'missingPeriods' | 'noYearMark';

export interface PeriodMarkWarning {
  code: PeriodMarkWarningCode;
  params?: Record<string, number>;
}

export interface PeriodMarkRow {
  classSubjectId: number;
  studentId: number;
  kind: PeriodMarkKindCode;
  number: number;
  /** "2"–"5", points, a criteria level, or "н/а". */
  value: string;
  /** The proposal at the moment the mark was set, kept beside it. */
  proposedAverage: number | null;
  proposedValue: string | null;
  setAt: string;
  updatedAt: string | null;
}

/** Why the caller may not set marks on this sheet now: the journal's refusals, and two of its own. */
export type PeriodMarkRefusal = 'notOwn' | 'notYet' | 'dayPassed' | 'notAllowed' | 'yearClosed' | 'noMarks';

export interface PeriodMarkEditState {
  allowed: boolean;
  refusal: PeriodMarkRefusal | null;
  /** The deputy's changes need a reason of at least `reasonMinLength` characters. */
  reasonRequired: boolean;
  reasonMinLength: number;
  /** The teacher's window, inclusive. */
  opensOn: string;
  closesOn: string;
}

export interface PeriodMarkSheetPupil {
  studentId: number;
  surname: string;
  name: string;
  patronymic: string | null;
  mark: { value: string; setAt: string; updatedAt: string | null } | null;
  proposal: { average: number | null; value: string | null };
  /** Marks of the period (quarter, half-year) or period marks the proposal is made from (year, final). */
  markCount: number;
  /** Written work among the marks; null for the year, exam and final. */
  writtenCount: number | null;
  /** The minimum marks for the subject's hours; null for the year, exam and final. */
  minimum: number | null;
  warnings: PeriodMarkWarning[];
}

export interface PeriodMarkSheet {
  classSubjectId: number;
  subgroupId: number | null;
  kind: PeriodMarkKindCode;
  number: number;
  /** The quarter or half-year; the year for year, exam and final marks (periodId null without a year row). */
  period: { periodId: number | null; startsOn: string; endsOn: string };
  scale: GradingScaleName;
  edit: PeriodMarkEditState;
  /** Every pupil of the class (or subgroup) on any day of the period, in Kyrgyz alphabetical order. */
  pupils: PeriodMarkSheetPupil[];
}

/** One audited change of a period mark, oldest first. */
export interface PeriodMarkHistoryEntry {
  auditId: number;
  at: string;
  actor: string | null;
  action: string;
  before: unknown;
  after: unknown;
  reason: string | null;
}

// ---------------------------------------------------------------------------------------------
// Calls

const readers = ['journal.readAll', 'journal.writeOwn'] as const;
const writers = ['journal.writeOwn', 'journal.correct'] as const;

/**
 * Quarter, half-year, year, exam and final marks and their proposal. Reading is journal.page's
 * (a teacher their own class subjects); writing is the teacher's own class subject (or subgroup)
 * inside the window of the period's end, or the deputy with a reason (period-marks/window.ts).
 */
export const periodMarkCalls = {
  /** The period-mark column: each pupil's mark, the proposal with its warnings, and whether the caller may edit. */
  'periodMarks.sheet': call<PeriodMarkSheet>()({
    input: z
      .object({ ...which, subgroupId: id.optional() })
      .strict()
      .refine(numberFits.check, numberFits.issue),
    access: readers,
    mutates: false,
  }),
  /** Sets (or replaces) one pupil's period mark; keeps the proposal of the moment beside it. */
  'periodMarks.set': call<PeriodMarkRow>()({
    input: z
      .object({
        ...which,
        studentId: id,
        value: z.string().trim().min(1).max(20),
        reason,
        /** The mark as the screen showed it (null: none): a mark changed since is refused. */
        expected: z.string().max(20).nullable().optional(),
      })
      .strict()
      .refine(numberFits.check, numberFits.issue),
    access: writers,
    mutates: true,
  }),
  'periodMarks.clear': call<null>()({
    input: z
      .object({ ...which, studentId: id, reason, expected: z.string().max(20).optional() })
      .strict()
      .refine(numberFits.check, numberFits.issue),
    access: writers,
    mutates: true,
  }),
  /** Every audited change of one pupil's period mark, oldest first. */
  'periodMarks.history': call<PeriodMarkHistoryEntry[]>()({
    input: z
      .object({ ...which, studentId: id })
      .strict()
      .refine(numberFits.check, numberFits.issue),
    access: readers,
    mutates: false,
  }),
};
