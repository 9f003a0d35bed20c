import { z } from 'zod';
import { call } from './define';
import { calendarDate } from './fields';

/*
 * The weekly analysis for the notice board (003 §4.2Б): for one week, Monday to Sunday, per class,
 * how the journal was kept and what it shows.
 */

export interface WeeklyCounts {
  /** Lessons the timetable had that week (holidays and days outside the year have none). */
  planned: number;
  /** Lessons entered in the journal, dated in the week. */
  entered: number;
  /** Entered lessons without a topic (neither written nor taken from the plan), without homework. */
  noTopic: number;
  noHomework: number;
  /** Marks given in the week's lessons, and of them 2s (5-point classes only). */
  marks: number;
  twos: number;
  /** Lessons missed: for a reason (excused or ill), without one; late arrivals. */
  excused: number;
  unexcused: number;
  late: number;
}

export interface WeeklyRow extends WeeklyCounts {
  classId: number;
  classTitle: string;
  grade: number;
}

export interface WeeklyAnalysis {
  monday: string;
  sunday: string;
  rows: WeeklyRow[];
  total: WeeklyCounts;
}

export const controlWeeklyCalls = {
  /** The week holding `weekOf`, for every class of the school year it falls in. */
  'control.weekly': call<WeeklyAnalysis>()({
    input: z.object({ weekOf: calendarDate }).strict(),
    access: 'reports.read',
    mutates: false,
  }),
};
