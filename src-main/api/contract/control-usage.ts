import { z } from 'zod';
import { call } from './define';
import { calendarDate } from './fields';
import type { Role } from './permissions';
import type { PersonRef } from './structure';

/*
 * The monitoring of the journal's use (000 §3.1.8, 004 §4.10.3), read from the audit trail: who
 * signed in when, how many journal entries each person made per week, and the monthly report on
 * teachers' work with the journal (003 §4.2Б), remarks included.
 */

/** The calls that are a journal entry, by what they enter. Each audited call is one entry. */
export const journalEntryActions = {
  'journal.lessonSave': 'lessons',
  'journal.markSet': 'marks',
  'journal.markClear': 'marks',
  'journal.attendanceSet': 'attendance',
  'periodMarks.set': 'periodMarks',
  'periodMarks.clear': 'periodMarks',
} as const;
export type EntryKind = (typeof journalEntryActions)[keyof typeof journalEntryActions];
export const entryKinds: readonly EntryKind[] = ['lessons', 'marks', 'attendance', 'periodMarks'];

export interface SignInLine {
  at: string;
  userId: number | null;
  login: string | null;
  person: string | null;
  address: string | null;
}

export interface UsageUser {
  userId: number;
  login: string;
  role: Role;
  /** The staff card's full name; null for an account without one. */
  person: string | null;
  signIns: number;
  lastSignIn: string | null;
  entries: number;
  byKind: Record<EntryKind, number>;
  /** Entries per week, in the order of the report's `weeks`. */
  perWeek: number[];
}

export interface UsageReport {
  from: string;
  to: string;
  /** The Monday of each week the range touches (a week partly outside it counts only its days inside). */
  weeks: string[];
  /** Every teacher account, and anyone else who signed in or made an entry in the range. */
  users: UsageUser[];
  /** The sign-ins, newest first, at most `maxSignInLines`. */
  signIns: SignInLine[];
  signInTotal: number;
}

export const maxSignInLines = 500;
/** A range longer than a year and a bit is a mistake, not a question. */
export const maxUsageDays = 400;

export interface RemarkCounts {
  /** Made in the month. */
  received: number;
  /** Marked fixed in the month. */
  fixed: number;
  /** Not fixed at the month's end (or today). */
  open: number;
  /** Open and past their due day. */
  overdue: number;
}

export interface JournalWorkRow {
  teacher: PersonRef;
  entries: number;
  /** School days on which the teacher made at least one entry. */
  days: number;
  /** Lessons of the teacher's lines in the month (up to the day) entered, and planned by the timetable. */
  lessonsEntered: number;
  lessonsPlanned: number;
  /** Programme completion from the year's start to the day: lessons behind, topics due and not taught. */
  lag: number;
  untaught: number;
  remarks: RemarkCounts;
}

export interface JournalWorkReport {
  month: string;
  from: string;
  to: string;
  /** The day counted up to: the month's last day, or today while the month runs. */
  asOf: string;
  yearId: number;
  rows: JournalWorkRow[];
  /** Over the school: remarks counted once however many teachers share a class subject. */
  total: Omit<JournalWorkRow, 'teacher'>;
}

/** Without a day: the four weeks up to today (the server's day, which the screen does not guess). */
export const usageQuery = z
  .object({ from: calendarDate.optional(), to: calendarDate.optional() })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'validation.usage.range', path: ['to'] })
  .refine((q) => !q.from || !q.to || Date.parse(q.to) - Date.parse(q.from) <= maxUsageDays * 86_400_000, {
    message: 'validation.usage.tooLong',
    path: ['to'],
  });

/** A month as `YYYY-MM`. */
export const monthField = z
  .string()
  .trim()
  .regex(/^(19|20)\d\d-(0[1-9]|1[0-2])$/, 'validation.usage.month');

export const controlUsageCalls = {
  /** Sign-ins and journal entries per person and week; the administrator reads it too (audit.read). */
  'control.usage': call<UsageReport>()({
    input: usageQuery.optional(),
    access: ['reports.read', 'audit.read'],
    mutates: false,
  }),
  /** The monthly report on teachers' work with the journal; without a month, the current one. */
  'control.journalWork': call<JournalWorkReport>()({
    input: z.object({ month: monthField.optional() }).strict().optional(),
    access: 'reports.read',
    mutates: false,
  }),
};
