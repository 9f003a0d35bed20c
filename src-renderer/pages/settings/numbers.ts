import type { PeriodMarkRulesSettings } from '../../../src-main/api/contract/settings';

/**
 * Numbers as a school types them: "0,6" and "0.6" alike; an empty field is NaN, which the API
 * refuses with the field's own message (the screen does not judge bounds twice).
 */
export function parseNumber(text: string): number {
  const trimmed = text.trim().replace(',', '.');
  return trimmed === '' ? Number.NaN : Number(trimmed);
}

/** A number in a field with the decimal comma: 0.5 → "0,5". */
export function numberText(n: number): string {
  return String(n).replace('.', ',');
}

/**
 * The period-mark proposal's rounding, as period-marks/propose.ts `roundAverage` does it: on the
 * mean to two decimals, in whole hundredths. Kept equal to it by tests/unit/settings-rounding.test.ts;
 * the screen cannot import the service (it runs in the browser without the database's types).
 */
export function roundMean(average: number, rounding: PeriodMarkRulesSettings['rounding']): number {
  const hundredths = Math.round(average * 100);
  const whole = Math.floor(hundredths / 100);
  const rest = hundredths - whole * 100;
  const threshold = rounding.kind === 'half_up' ? 50 : Math.round(rounding.fraction * 100);
  return rest >= threshold ? whole + 1 : whole;
}

/**
 * Two means either side of the rule's edge and what they become ("4,49 → 4", "4,50 → 5"); none for
 * a threshold that is not a valid one yet, while the deputy is still typing it.
 */
export function roundingExamples(rounding: PeriodMarkRulesSettings['rounding']): [number, number][] {
  const edge = rounding.kind === 'half_up' ? 50 : Math.round(rounding.fraction * 100);
  if (!Number.isFinite(edge) || edge < 50 || edge > 90) return [];
  return [4 + (edge - 1) / 100, 4 + edge / 100].map((mean) => [mean, roundMean(mean, rounding)]);
}
