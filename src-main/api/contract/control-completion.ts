import { z } from 'zod';
import { call } from './define';
import { id } from './fields';
import type { PlanLine } from './plan';
import type { PersonRef } from './structure';

/*
 * Programme completion on the deputy's desk (000 §5.3, 004 §3.5 "material covered"): per plan line,
 * the hours planned up to a day against the lessons entered, the lag, the whole period's plan and the
 * topics that should have been taught by then and were not.
 */

/** Where a line's planned hours come from: its plan's dates, the timetable (a plan without dates), neither. */
export type PlannedSource = 'plan' | 'timetable' | 'none';

export interface UntaughtTopic {
  topicId: number;
  position: number;
  title: string;
  /** Null for a plan without dates (the topic was due by the timetable's count of lessons). */
  plannedDate: string | null;
}

export interface CompletionLine extends PlanLine {
  source: PlannedSource;
  /** Hours planned from the period's start up to the day (a lesson is one academic hour). */
  plannedToDate: number;
  /** Lessons entered in the journal from the period's start up to the day. */
  delivered: number;
  /** plannedToDate − delivered: lessons behind (negative: ahead). */
  lag: number;
  /** Hours planned for the whole period. */
  periodPlanned: number;
  /** Topics due by the day (from the year's start) that no lesson names. */
  untaught: UntaughtTopic[];
}

export interface CompletionTotals {
  lines: number;
  plannedToDate: number;
  delivered: number;
  lag: number;
  periodPlanned: number;
  untaught: number;
  /** Lines more than one lesson behind. */
  behind: number;
}

export interface CompletionReport {
  period: {
    periodId: number | null;
    kind: 'quarter' | 'half_year' | 'year';
    number: number;
    startsOn: string;
    endsOn: string;
  };
  yearId: number;
  /** The day counted up to: today, or the period's end when it is over. */
  asOf: string;
  lines: CompletionLine[];
  byClass: (CompletionTotals & { classId: number; className: string })[];
  byTeacher: (CompletionTotals & { teacher: PersonRef | null })[];
  total: CompletionTotals;
}

export const completionQuery = z
  .object({
    /** A quarter, half-year or year row of `period`; without it, the year from its start. */
    periodId: id.optional(),
    /** Without a period: this year rather than the current one. */
    yearId: id.optional(),
    classId: id.optional(),
    /** Only the lines this staff member teaches. */
    teacherId: id.optional(),
  })
  .strict();

export const controlCompletionCalls = {
  /** The deputy and the director any line; a teacher only the lines they teach. */
  'control.completion': call<CompletionReport>()({
    input: completionQuery.optional(),
    access: ['reports.read', 'journal.writeOwn'],
    mutates: false,
  }),
};
