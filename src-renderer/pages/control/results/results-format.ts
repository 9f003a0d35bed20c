import {
  changeText,
  resultChange,
  type ResultMetrics,
  type ResultRow,
} from '../../../../src-main/api/contract/control-results';
import type { I18n } from '../../../i18n/i18n';

/* The numbers as the paper prints them: rates with one decimal, the average with two, a dash for none. */

export const rateKeys = ['success', 'quality', 'sou', 'average'] as const;
export type RateKey = (typeof rateKeys)[number];
export const digitsOf = (key: RateKey) => (key === 'average' ? 2 : 1);

export function rateText(format: I18n['format'], metrics: ResultMetrics, key: RateKey): string {
  const value = metrics[key];
  return value === null ? '—' : format.number(value, digitsOf(key));
}

export function changeOf(row: ResultRow, key: RateKey): string {
  return changeText(resultChange(row.metrics[key], row.previous?.[key] ?? null, digitsOf(key)), digitsOf(key));
}

/** A row's name in the screen's language: parallels and the school are named here. */
export function rowName(row: ResultRow, t: I18n['t'], lang: 'ky' | 'ru'): string {
  if (row.level === 'parallel') return t('results.parallel', { grade: row.grade ?? 0 });
  if (row.level === 'school') return t('results.school');
  return row.name[lang];
}
