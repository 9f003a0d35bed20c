import type { GradingScale } from '../db/schema';
import { ApiError } from '../api/api-error';
import { readMarkValue } from '../journal/grading-scale';
import { notCertified } from './propose';

/** "н/а" as people type it: на, н/а, н\а, н.а., Н/А, with or without spaces. */
const notCertifiedTyped = /^н[/\\.]?а\.?$/;
/** "осв.", "освобожден(а)", Kyrgyz "бошотулган": exemption is not a mark (004 §4.14.7). */
const exemptTyped = /^(осв|бошот)/;

/**
 * A period mark's text as stored: a mark of the scale (readMarkValue's rules and messages), or "н/а"
 * however it was typed. An exempt pupil is graded on theory, so "осв." is refused with its own message
 * instead of the scale's, telling the teacher what to do rather than only that the value is wrong.
 * A grade without marks refuses everything, "н/а" included.
 */
export function readPeriodMarkValue(scale: GradingScale, raw: string): string {
  const text = raw.trim();
  if (scale === 'none') return readMarkValue(scale, text).value;
  const folded = text.toLowerCase().replace(/\s+/g, '');
  if (notCertifiedTyped.test(folded)) return notCertified;
  if (exemptTyped.test(folded)) {
    throw new ApiError('INVALID_INPUT', undefined, [
      { path: 'value', message: 'validation.periodMarks.exemptNotAllowed' },
    ]);
  }
  return readMarkValue(scale, text).value;
}
