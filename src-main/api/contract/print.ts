import { z } from 'zod';
import { call } from './define';
import { calendarDate, id, noInput } from './fields';

/*
 * Printing: a print is a job. `print.start` builds and records the documents at once (one moment of
 * the data) and renders them on a worker thread; the screen follows `print.job` for progress,
 * cancels with `print.cancel`, and downloads the files. `print.verify` checks a paper copy by the
 * code on its pages.
 */

export const printKindNames = [
  'journal',
  'quarter-ledger',
  'summary-ledger',
  'attendance',
  'class-report',
  'school-report',
  'parent-letter',
  'movement',
  'completion',
  'journal-work',
  'results',
  'weekly-analysis',
  'forecast',
  'filling-control',
] as const;
export type PrintKindName = (typeof printKindNames)[number];
export const printPeriods = ['q1', 'q2', 'q3', 'q4', 'h1', 'h2', 'year'] as const;
export type PrintPeriod = (typeof printPeriods)[number];
export const printLanguages = ['ky', 'ru'] as const;

export interface PrintKindChoice {
  name: PrintKindName;
  /** What one document is about: a class, one class subject, or the whole school. */
  target: 'class' | 'classSubject' | 'school';
}

export interface PrintChoices {
  kinds: PrintKindChoice[];
  /** The school's years, newest first: a closed year's documents can be printed at any time. */
  years: { id: number; title: string; closed: boolean; current: boolean }[];
  classes: { id: number; title: string; subjects: { id: number; name: string }[] }[];
  /** Whether the caller may print a whole set (every class). */
  canBatch: boolean;
}

export interface PrintJobFile {
  index: number;
  name: string;
  pages: number;
  code: string | null;
}

export interface PrintJob {
  jobId: string;
  state: 'running' | 'done' | 'failed' | 'cancelled';
  /** Documents finished, of `total` (a set's combined file counts as one more). */
  done: number;
  total: number;
  /** Within the document being rendered, 0–1. */
  fraction: number;
  current: string;
  files: PrintJobFile[];
  combined: PrintJobFile | null;
  error: string | null;
}

export interface PrintChange {
  label: string;
  before: string;
  after: string;
}

export type PrintVerification =
  | { found: false; code: string }
  | {
      found: true;
      unchanged: boolean;
      changes: PrintChange[];
      printed: {
        kind: string;
        title: string;
        code: string;
        printedAt: string;
        printedBy: string | null;
        pages: number | null;
      };
    };

export interface PrintedLine {
  id: number;
  kind: string;
  title: string;
  code: string;
  language: 'ky' | 'ru';
  printedAt: string;
  printedBy: string | null;
  pages: number | null;
}

const printers = ['print', 'journal.writeOwn'] as const;
/** Whoever may start a print follows their job; the administrator prints access slips. */
const jobOwners = ['print', 'journal.writeOwn', 'users.manage'] as const;

export const printCalls = {
  'print.choices': call<PrintChoices>()({ input: noInput, access: printers, mutates: false }),
  /** Builds, records and audits the documents in its own transaction, then renders them off the call. */
  'print.start': call<PrintJob>()({
    input: z
      .object({
        kind: z.enum(printKindNames),
        period: z.enum(printPeriods),
        language: z.enum(printLanguages),
        classId: id.optional(),
        classSubjectId: id.optional(),
        all: z.boolean().optional(),
        /** Another year than the current one (a closed year's archive); its classes then. */
        yearId: id.optional(),
        /** The day a document is as of: programme completion up to it, the monthly report of its month. */
        on: calendarDate.optional(),
        /** A day of the week a weekly document covers (weekly-analysis). */
        weekOf: calendarDate.optional(),
      })
      .strict(),
    access: printers,
    mutates: true,
    ownTransaction: true,
  }),
  /** The year-end archive set in one action: every class's summary ledger, the school's results, the movement book. */
  'print.archive': call<PrintJob>()({
    input: z.object({ language: z.enum(printLanguages), yearId: id.optional() }).strict(),
    access: 'print',
    mutates: true,
    ownTransaction: true,
  }),
  'print.job': call<PrintJob>()({
    input: z.object({ jobId: z.string().max(64) }).strict(),
    access: jobOwners,
    mutates: false,
  }),
  'print.cancel': call<PrintJob>()({
    input: z.object({ jobId: z.string().max(64) }).strict(),
    access: jobOwners,
    mutates: false,
  }),
  'print.verify': call<PrintVerification>()({
    input: z.object({ code: z.string().trim().min(1).max(40) }).strict(),
    access: 'print',
    mutates: false,
  }),
  'print.history': call<PrintedLine[]>()({ input: noInput, access: 'print', mutates: false }),
  /**
   * Access slips for passwords just issued (users.create, users.createMany, users.resetPassword): the
   * screen sends back what it was shown, and each password must be the account's current temporary one.
   */
  'print.credentials': call<PrintJob>()({
    input: z
      .object({
        issued: z
          .array(z.object({ userId: id, temporaryPassword: z.string().min(1).max(64) }).strict())
          .min(1)
          .max(500),
        language: z.enum(printLanguages),
      })
      .strict(),
    access: 'users.manage',
    mutates: true,
    ownTransaction: true,
  }),
};
