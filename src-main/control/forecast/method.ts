import type { GradingScale, MarkKind } from '../../db/schema';
import type { ForecastLevel, ForecastRisk } from '../../api/contract/control-forecast';
import type { PeriodMarkRules } from '../../period-marks/rules';
import { notCertified, proposeFromMarks } from '../../period-marks/propose';

/*
 * The forecast of one pupil's period mark in one subject, pure: no database, so every number is
 * tested by hand. The method is written out for people in docs/forecast.md; keep the two together.
 *
 * The likely mark is the period-mark proposal (weights by kind, the school's rounding, the scale)
 * made from the marks so far: under a steady pupil the mean of the marks to come is the mean so far,
 * so the lessons ahead change how sure we are and whether enough marks will come, not the mark.
 */

export interface ForecastEvidence {
  /** The pupil's marks of the period up to the forecast day, oldest first. */
  marks: readonly { kind: MarkKind; numeric: number | null }[];
  /** Lessons of the pupil's class subject (or subgroup) held so far while the pupil was in the class. */
  held: number;
  /** Of them, lessons the pupil missed. */
  absent: number;
  /** Lessons planned by the timetable after the forecast day up to the period's end. */
  ahead: number;
  /** Marks a pupil present usually gets per lesson in this class subject so far; null before any lesson. */
  marksPerLesson: number | null;
}

export interface ForecastSettings {
  scale: GradingScale;
  /** The period's minimum number of marks (period-marks/proposals.ts `periodMinimum`). */
  minimum: number;
  rules: PeriodMarkRules;
}

export interface PupilForecast {
  /** The likely period mark: a mark of the scale, "н/а", or null when it is too early to say. */
  value: string | null;
  /** The weighted mean so far, to two decimals. */
  average: number | null;
  markCount: number;
  /** Marks expected by the period's end: those so far and those the lessons ahead usually bring. */
  expectedMarks: number;
  minimum: number;
  /** 0–100: how much evidence stands behind the value. */
  confidence: number;
  level: ForecastLevel;
  risks: ForecastRisk[];
}

/** "Many absences": at least this share of the lessons held, and at least `absencesAtLeast` of them. */
export const absenceShare = 0.3;
export const absencesAtLeast = 3;

/** Confidence levels: at or above `high` is high, at or above `medium` is medium. */
export const levels = { high: 70, medium: 40 } as const;

export function levelOf(confidence: number): ForecastLevel {
  return confidence >= levels.high ? 'high' : confidence >= levels.medium ? 'medium' : 'low';
}

/** The spread of the marks: their standard deviation (0 for fewer than two). */
export function spreadOf(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length);
}

/** The share of the period's lessons already held (1 when the period has none). */
export function elapsedOf(e: Pick<ForecastEvidence, 'held' | 'ahead'>): number {
  const total = e.held + e.ahead;
  return total > 0 ? e.held / total : 1;
}

/**
 * Confidence = 100 × (evidence + elapsed) / 2 × steadiness, where evidence is the marks so far as a
 * share of the minimum (at most 1), elapsed the share of the period's lessons already held, and
 * steadiness 1 / (1 + spread / 2): marks that swing by a whole mark cost a third. No marks, no confidence.
 */
export function confidenceOf(markCount: number, numbers: readonly number[], e: ForecastEvidence, minimum: number) {
  if (markCount === 0) return 0;
  const evidence = minimum > 0 ? Math.min(1, markCount / minimum) : 1;
  const elapsed = elapsedOf(e);
  const steadiness = 1 / (1 + spreadOf(numbers) / 2);
  return Math.round((100 * (evidence + elapsed) * steadiness) / 2);
}

/** The share of the lessons held that the pupil attended (1 before any lesson). */
export function presenceOf(e: Pick<ForecastEvidence, 'held' | 'absent'>): number {
  return e.held > 0 ? (e.held - e.absent) / e.held : 1;
}

/** Marks expected by the end: so far, plus lessons ahead × the usual rate × the pupil's presence, to one decimal. */
export function expectedMarksOf(markCount: number, e: ForecastEvidence): number {
  return Math.round((markCount + marksAhead(e)) * 10) / 10;
}

type Base = Omit<PupilForecast, 'risks' | 'level' | 'confidence'>;

/** Marks the lessons ahead are likely to bring: lessons left × the usual rate × the pupil's presence. */
function marksAhead(e: ForecastEvidence): number {
  return e.marksPerLesson === null ? 0 : e.ahead * e.marksPerLesson * presenceOf(e);
}

/**
 * Why a pupil may end with a 2 or without a mark:
 * - two: the mean so far is below 3.0 (a 3 not yet secured, or a 2 already); 5-point scale only;
 * - falling: the last two marks are 2s; 5-point scale only;
 * - noMarks: the forecast is "н/а";
 * - fewMarks: the period's minimum is out of reach even with a mark in every lesson the pupil is
 *   likely to attend from now on;
 * - absences: at least `absenceShare` of the lessons held missed, and at least `absencesAtLeast`.
 */
function risksOf(p: Base, e: ForecastEvidence, numbers: number[], scale: GradingScale): ForecastRisk[] {
  const risks: ForecastRisk[] = [];
  const fivePoint = scale === 'five_point';
  if (fivePoint && p.average !== null && p.average < 3) risks.push('two');
  const lastTwo = numbers.slice(-2);
  if (fivePoint && lastTwo.length === 2 && lastTwo.every((n) => n <= 2)) risks.push('falling');
  if (p.value === notCertified) risks.push('noMarks');
  // A subject with neither lessons held nor planned is not taught this period: no minimum to miss.
  const taught = e.held + e.ahead > 0;
  if (taught && p.markCount + e.ahead * presenceOf(e) < p.minimum) risks.push('fewMarks');
  if (e.absent >= absencesAtLeast && e.absent >= absenceShare * e.held) risks.push('absences');
  return risks;
}

/**
 * One pupil's forecast. With no mark so far and under one to expect while the class is being marked,
 * the mark is "н/а" (under two was tried too: on the demo school's back-test it flagged
 * four times as many pupils for the same "н/а" caught, as teachers mark the unmarked ones first).
 * With no mark yet otherwise, it is too early to say (null) and only the risks speak; a class subject
 * nobody has been marked in is the teacher's gap (filling control), not the pupils' risk.
 */
export function forecastPupil(e: ForecastEvidence, s: ForecastSettings): PupilForecast {
  const proposal = proposeFromMarks(e.marks, s.scale, s.minimum, s.rules);
  const numbers = e.marks.flatMap((m) => (m.numeric === null ? [] : [m.numeric]));
  const markCount = e.marks.length;
  const expectedMarks = expectedMarksOf(markCount, e);
  const marking = e.marksPerLesson !== null && e.marksPerLesson > 0;
  const value = proposal.value ?? (markCount === 0 && marking && marksAhead(e) < 1 ? notCertified : null);
  const base = { value, average: proposal.average, markCount, expectedMarks, minimum: s.minimum };
  // "н/а" rests on the lessons gone by without a mark: as sure as the share of the period elapsed.
  const confidence =
    value === notCertified ? Math.round(100 * elapsedOf(e)) : confidenceOf(markCount, numbers, e, s.minimum);
  return { ...base, confidence, level: levelOf(confidence), risks: risksOf(base, e, numbers, s.scale) };
}
