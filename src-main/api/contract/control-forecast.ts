import { z } from 'zod';
import { call } from './define';
import { calendarDate, id } from './fields';

/*
 * Forecasts of period marks (control/forecast/, method in docs/forecast.md): every pupil's likely
 * quarter or half-year mark from the marks so far, with a confidence, and the pupils at risk of a 2 or
 * of not being certified, rolled up to the class and the school. The deputy and the director read
 * every class (`reports.read`); a teacher reads the classes they are class teacher of, checked by the
 * service.
 */

export const forecastPeriods = ['q1', 'q2', 'q3', 'q4', 'h1', 'h2'] as const;
export type ForecastPeriod = (typeof forecastPeriods)[number];

/**
 * Why a pupil is at risk: a mean below 3, the last two marks 2s, no mark yet with few to come, the
 * minimum out of reach with the lessons left, many absences (control/forecast/method.ts).
 */
export const forecastRisks = ['two', 'falling', 'noMarks', 'fewMarks', 'absences'] as const;
export type ForecastRisk = (typeof forecastRisks)[number];
export type ForecastLevel = 'low' | 'medium' | 'high';

export interface ForecastLine {
  classSubjectId: number;
  subject: { ky: string; ru: string };
  /** The likely period mark, "н/а", or null when it is too early to say. */
  value: string | null;
  average: number | null;
  markCount: number;
  expectedMarks: number;
  minimum: number;
  confidence: number;
  level: ForecastLevel;
  risks: ForecastRisk[];
  held: number;
  absent: number;
  ahead: number;
}

export interface ForecastPupil {
  studentId: number;
  /** "Асанов Айбек". */
  name: string;
  lines: ForecastLine[];
  /** Some subject has a risk. */
  atRisk: boolean;
}

export interface ForecastRollup {
  /** Pupils counted: in the class on the forecast day. */
  pupils: number;
  atRisk: number;
  /** Pupils without a forecast in any subject yet: left out of the rates. */
  withoutForecast: number;
  /** Pupils with each risk in some subject. */
  byRisk: Record<ForecastRisk, number>;
  /** Forecast success and quality (%, as the results count them) and the average mark; null when none. */
  success: number | null;
  quality: number | null;
  average: number | null;
}

export interface ForecastPeriodInfo {
  code: ForecastPeriod;
  startsOn: string;
  endsOn: string;
  /** The forecast is made from what the journal held at the end of this day. */
  asOf: string;
}

export interface ClassForecast {
  classId: number;
  title: string;
  scale: string;
  rollup: ForecastRollup;
  pupils: ForecastPupil[];
}

export interface SchoolForecast {
  period: ForecastPeriodInfo;
  classes: { classId: number; title: string; rollup: ForecastRollup }[];
  school: ForecastRollup;
}

const which = { period: z.enum(forecastPeriods), asOf: calendarDate.optional() };
const readers = ['reports.read', 'journal.writeOwn'] as const;

export const controlForecastCalls = {
  /** The classes the caller may see forecasts of: every class, or a teacher's own as class teacher. */
  'forecast.classes': call<{ id: number; title: string }[]>()({
    input: z.object({}).strict().optional(),
    access: readers,
    mutates: false,
  }),
  /** One class: every pupil's forecast by subject, the risks, and the class's rollup. */
  'forecast.class': call<{ period: ForecastPeriodInfo; forecast: ClassForecast }>()({
    input: z.object({ classId: id, ...which }).strict(),
    access: readers,
    mutates: false,
  }),
  /** The whole school: each class's rollup and the school's. */
  'forecast.school': call<SchoolForecast>()({
    input: z.object(which).strict(),
    access: 'reports.read',
    mutates: false,
  }),
};
