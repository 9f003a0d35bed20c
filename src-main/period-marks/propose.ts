import type { GradingScale, MarkKind } from '../db/schema';
import type { PeriodMarkWarning } from '../api/contract/period-marks';
import type { PeriodMarkRules } from './rules';

/*
 * The proposal of a period mark, pure: no database, so every rule is tested on hand-computed numbers.
 * The teacher sets the mark; the proposal and its warnings only help them (and the deputy who checks).
 */

/** The stored text of "not certified" (аттестацияланган жок / не аттестован). */
export const notCertified = 'н/а';

export interface Proposal {
  /** The mean, to two decimals as the screen shows it; null when nothing can be proposed. */
  average: number | null;
  value: string | null;
  warnings: PeriodMarkWarning[];
}

export interface MarkProposal extends Proposal {
  markCount: number;
  writtenCount: number;
}

const none: Proposal = { average: null, value: null, warnings: [] };

/**
 * Rounds a mean by the school's rule. The rule is applied to the mean as shown, to two decimals, and
 * in whole hundredths: 4.6 − 4 is 0.5999… in floating point, which would wrongly fail a 0.6 threshold,
 * and a screen showing 4.50 must never propose 4 under half_up.
 */
export function roundAverage(average: number, rounding: PeriodMarkRules['rounding']): number {
  const hundredths = Math.round(average * 100);
  const whole = Math.floor(hundredths / 100);
  const rest = hundredths - whole * 100;
  const threshold = rounding.kind === 'half_up' ? 50 : Math.round(rounding.fraction * 100);
  return rest >= threshold ? whole + 1 : whole;
}

/** Keeps a proposal inside the scale: five_point 2–5, points 1–10; criteria levels are left as they are. */
export function clampToScale(value: number, scale: GradingScale): number {
  if (scale === 'five_point') return Math.min(5, Math.max(2, value));
  if (scale === 'points') return Math.min(10, Math.max(1, value));
  return value;
}

const twoDecimals = (n: number) => Math.round(n * 100) / 100;

function proposalOf(mean: number, scale: GradingScale, rules: PeriodMarkRules): { average: number; value: string } {
  const average = twoDecimals(mean);
  return { average, value: String(clampToScale(roundAverage(average, rules.rounding), scale)) };
}

/**
 * A quarter or half-year proposal from the pupil's marks: the weighted mean by kind, rounded by the
 * rule and clamped into the scale. Warns when there are fewer marks than `minimum` and when none is
 * written work. Criteria given as text have no number: then there is no proposal, and a warning says why.
 */
export function proposeFromMarks(
  marks: readonly { kind: MarkKind; numeric: number | null }[],
  scale: GradingScale,
  minimum: number,
  rules: PeriodMarkRules,
): MarkProposal {
  if (scale === 'none') return { ...none, markCount: 0, writtenCount: 0 };
  const markCount = marks.length;
  const writtenCount = marks.filter((m) => rules.writtenKinds.includes(m.kind)).length;
  const warnings: PeriodMarkWarning[] = [];
  if (markCount < minimum) warnings.push({ code: 'fewMarks', params: { count: markCount, minimum } });
  if (writtenCount === 0) warnings.push({ code: 'noWritten' });
  if (marks.some((m) => m.numeric === null)) {
    warnings.push({ code: 'notNumeric' });
    return { average: null, value: null, warnings, markCount, writtenCount };
  }
  let sum = 0;
  let weights = 0;
  for (const m of marks) {
    const w = rules.weights[m.kind];
    sum += w * (m.numeric ?? 0);
    weights += w;
  }
  if (weights === 0) return { average: null, value: null, warnings, markCount, writtenCount };
  return { ...proposalOf(sum / weights, scale, rules), warnings, markCount, writtenCount };
}

/** The number of a period mark's text; null for "н/а" and for criteria written as words. */
export function periodMarkNumber(value: string): number | null {
  if (value === notCertified) return null;
  const n = Number(value.replace(',', '.'));
  return value.trim() !== '' && Number.isFinite(n) ? n : null;
}

/**
 * The year proposal from the quarter marks (or the half-year marks where the class has none): their
 * plain mean, rounded and clamped. "н/а" is left out of the mean with a warning; fewer marks than
 * `expected` periods (those of the year that have marks at all) is warned as well.
 */
export function proposeYear(
  values: readonly string[],
  expected: number,
  scale: GradingScale,
  rules: PeriodMarkRules,
): Proposal {
  if (scale === 'none') return none;
  const warnings: PeriodMarkWarning[] = [];
  const uncertified = values.filter((v) => v === notCertified).length;
  if (uncertified > 0) warnings.push({ code: 'notCertifiedPeriod', params: { count: uncertified } });
  if (values.length < expected) {
    warnings.push({ code: 'missingPeriods', params: { count: expected - values.length, expected } });
  }
  const certified = values.filter((v) => v !== notCertified);
  const numbers = certified.map(periodMarkNumber);
  if (numbers.some((n) => n === null)) return { ...none, warnings: [...warnings, { code: 'notNumeric' }] };
  if (numbers.length === 0) return { ...none, warnings };
  const mean = (numbers as number[]).reduce((a, b) => a + b, 0) / numbers.length;
  return { ...proposalOf(mean, scale, rules), warnings };
}

/**
 * The final proposal: the mean of the year and exam marks, rounded by the rule, or the year mark alone
 * where there was no exam. Without a certified year mark there is nothing to propose (an exam alone
 * does not make a final mark); an exam "н/а" leaves the year mark alone, with a warning.
 */
export function proposeFinal(
  year: string | null,
  exam: string | null,
  scale: GradingScale,
  rules: PeriodMarkRules,
): Proposal {
  if (scale === 'none') return none;
  if (year === null) return { ...none, warnings: [{ code: 'noYearMark' }] };
  const uncertified = [year, exam].filter((v) => v === notCertified).length;
  const warnings: PeriodMarkWarning[] =
    uncertified > 0 ? [{ code: 'notCertifiedPeriod', params: { count: uncertified } }] : [];
  if (year === notCertified) return { ...none, warnings };
  const parts = [year, ...(exam !== null && exam !== notCertified ? [exam] : [])].map(periodMarkNumber);
  if (parts.some((n) => n === null)) return { ...none, warnings: [...warnings, { code: 'notNumeric' }] };
  const mean = (parts as number[]).reduce((a, b) => a + b, 0) / parts.length;
  return { ...proposalOf(mean, scale, rules), warnings };
}
