import { z } from 'zod';
import { call } from './define';
import { calendarDate, id, noInput } from './fields';

export const dateRange = z.object({ startsOn: calendarDate, endsOn: calendarDate }).strict();
export type DateRange = z.output<typeof dateRange>;

export const holidayInput = z
  .object({ title: z.string().trim().min(1).max(80), startsOn: calendarDate, endsOn: calendarDate })
  .strict();
export type HolidayDates = z.output<typeof holidayInput>;

/**
 * A year as the deputy enters it: its own dates (which are also the "year" period), four quarters and
 * two half-years, and the holidays. Field messages point into this shape (`quarters.2.startsOn`).
 */
export const yearFields = {
  title: z.string().trim().min(4).max(40),
  startsOn: calendarDate,
  endsOn: calendarDate,
  quarters: z.array(dateRange).length(4),
  halfYears: z.array(dateRange).length(2),
  holidays: z.array(holidayInput).max(60).default([]),
};
export const yearInput = z.object(yearFields).strict();
export type YearDates = z.output<typeof yearInput>;

export const gradingScales = ['none', 'five_point', 'points', 'criteria'] as const;
export type GradingScaleName = (typeof gradingScales)[number];

export const gradingRuleInput = z
  .object({
    grade: z.number().int().min(1).max(12),
    /** null: the whole year; 1 or 2: that half-year only (grade 2 has no marks until the second). */
    halfYear: z.union([z.literal(1), z.literal(2), z.null()]),
    scale: z.enum(gradingScales),
  })
  .strict();
export type GradingRuleRow = z.output<typeof gradingRuleInput>;

export interface PeriodRow {
  id: number;
  number: number;
  startsOn: string;
  endsOn: string;
}

export interface HolidayRow extends HolidayDates {
  id: number;
}

export interface YearRow {
  id: number;
  title: string;
  startsOn: string;
  endsOn: string;
  isCurrent: boolean;
  state: 'open' | 'closed';
  quarters: PeriodRow[];
  halfYears: PeriodRow[];
  holidays: HolidayRow[];
}

export const calendarCalls = {
  /** Every year, newest first; closed years too, for reading. */
  'years.list': call<YearRow[]>()({ input: noInput, access: 'school.read', mutates: false }),
  /** Dates to pre-fill the form of a new year with: the first school year that has no year yet. */
  'years.propose': call<YearDates>()({ input: noInput, access: 'school.read', mutates: false }),
  'years.create': call<YearRow>()({
    input: z.object({ ...yearFields, makeCurrent: z.boolean().default(false) }).strict(),
    access: 'year.manage',
    mutates: true,
  }),
  'years.update': call<YearRow>()({
    input: z.object({ yearId: id, ...yearFields }).strict(),
    access: 'year.manage',
    mutates: true,
  }),
  'years.setCurrent': call<YearRow>()({
    input: z.object({ yearId: id }).strict(),
    access: 'year.manage',
    mutates: true,
  }),
  'grading.list': call<GradingRuleRow[]>()({
    input: z.object({ yearId: id }).strict(),
    access: 'school.read',
    mutates: false,
  }),
  /** Replaces the year's whole table: a grade left out has no rule (and so no marks scale) that year. */
  'grading.set': call<GradingRuleRow[]>()({
    input: z.object({ yearId: id, rules: z.array(gradingRuleInput).max(36) }).strict(),
    access: 'year.manage',
    mutates: true,
  }),
};
