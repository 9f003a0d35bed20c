import { z } from 'zod';
import { call } from './define';
import { id } from './fields';
import { printPeriods, type PrintPeriod } from './print';

/*
 * The deputy's results for a period (quarter, half-year, year), read from the period marks that are
 * set: success, quality, СОУ and the average by class, parallel, subject, teacher and the school, the
 * pupils behind the numbers, the change since the previous period, and the marks still missing.
 * A class teacher (no `reports.read`) gets her own classes only: the service filters, not the screen.
 */

export interface ResultMetrics {
  /** Percentages 0–100 and the average 2–5, unrounded; null when there is nothing to divide by. */
  success: number | null;
  quality: number | null;
  sou: number | null;
  average: number | null;
}

export interface ResultCounts {
  /** Pupils counted (for a subject or a teacher: pupils in each class subject). */
  pupils: number;
  /** Of them on the 5-point scale: the rates' denominator. */
  graded: number;
  excellent: number;
  good: number;
  oneThree: number;
  withTwos: number;
  notCertified: number;
  /** Graded without a single mark yet. */
  unmarked: number;
  marks: { n5: number; n4: number; n3: number; n2: number; na: number };
}

export type ResultLevel = 'class' | 'parallel' | 'subject' | 'teacher' | 'school';

export interface ResultRow {
  /** `class:7`, `parallel:5`, `subject:3`, `teacher:12`, `school`. */
  key: string;
  level: ResultLevel;
  /** A class's title, a subject's names, a teacher's name ("Асанова А. Б."); the screen names parallels and the school. */
  name: { ky: string; ru: string };
  grade: number | null;
  /** The classes the row counts (lists are filtered by them). */
  classIds: number[];
  subjectId: number | null;
  teacherId: number | null;
  counts: ResultCounts;
  metrics: ResultMetrics;
  /** The same row in the previous period; null when there is none to compare with. */
  previous: ResultMetrics | null;
}

/** The lists behind the numbers. */
export const resultListGroups = ['withTwos', 'oneThree', 'oneFour', 'notCertified'] as const;
export type ResultListGroup = (typeof resultListGroups)[number];

export interface ResultListEntry {
  group: ResultListGroup;
  pupilId: number;
  pupil: string;
  classId: number;
  classTitle: string;
  /** The subjects with the mark that puts the pupil on the list (the 2s, the one 3, the one 4, н/а). */
  subjects: { subjectId: number; teacherId: number | null; nameKy: string; nameRu: string }[];
}

export interface MissingMarks {
  classSubjectId: number;
  classId: number;
  classTitle: string;
  subjectId: number;
  nameKy: string;
  nameRu: string;
  teacher: string;
  /** Counted pupils expected to have a period mark who have none. */
  pupils: string[];
}

export interface PeriodResults {
  period: { code: PrintPeriod; startsOn: string; endsOn: string; /** Its last day has passed. */ over: boolean };
  previous: { code: PrintPeriod } | null;
  /** `ownClasses`: a class teacher's view, her classes only, without parallels, teachers or the school. */
  scope: 'school' | 'ownClasses';
  rows: ResultRow[];
  lists: ResultListEntry[];
  missing: MissingMarks[];
  /** Pupils who left before the period's end: shown, not counted. */
  left: { pupil: string; classTitle: string; left: string }[];
}

export const controlResultsCalls = {
  /** A period's results for the school (`reports.read`) or the caller's own classes (a class teacher). */
  'control.results': call<PeriodResults>()({
    input: z.object({ period: z.enum(printPeriods), yearId: id.optional() }).strict(),
    access: ['reports.read', 'journal.writeOwn'],
    mutates: false,
  }),
};

/**
 * The change of a rate or the average since the previous period, as the two are shown (rates with
 * one decimal, the average with two): 75,0 after 100,0 is −25,0. Null when either is missing.
 */
export function resultChange(now: number | null, before: number | null, digits: 1 | 2): number | null {
  if (now === null || before === null) return null;
  const f = 10 ** digits;
  const round = (x: number) => Math.round(Number((x * f).toFixed(6)));
  return (round(now) - round(before)) / f;
}

/** "+10,0", "−25,0", "0,0"; "" for no change to show. */
export function changeText(change: number | null, digits: 1 | 2): string {
  if (change === null) return '';
  const text = Math.abs(change).toFixed(digits).replace('.', ',');
  return change > 0 ? `+${text}` : change < 0 ? `−${text}` : text;
}
