import type { Database } from '../../db/connection';
import type { DocumentLanguage } from '../types';
import type { DocumentPeriod } from './periods';
import { yearLine } from './school';

/**
 * "I чейрек · 2026–2027 окуу жылы" under a document's title; for the whole year only the year's line,
 * not "Окуу жылы · 2026–2027 окуу жылы".
 */
export function periodLine(db: Database, period: DocumentPeriod, yearId: number, language: DocumentLanguage): string {
  const year = yearLine(db, yearId, language);
  return period.kind === 'year' ? year : `${period.label} · ${year}`;
}
