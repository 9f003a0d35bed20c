import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/connection';
import { academicYear, period, type PeriodKind } from '../../db/schema';
import type { DocumentLanguage } from '../types';
import { frameWords, type PeriodCode } from '../words';

/** A period a document covers, with its dates and its printed name. */
export interface DocumentPeriod {
  code: PeriodCode;
  kind: PeriodKind;
  number: number;
  /** The period's own row, when the year has one (the year itself may have none). */
  periodId: number | null;
  startsOn: string;
  endsOn: string;
  label: string;
}

const codes: Record<PeriodCode, { kind: PeriodKind; number: number }> = {
  q1: { kind: 'quarter', number: 1 },
  q2: { kind: 'quarter', number: 2 },
  q3: { kind: 'quarter', number: 3 },
  q4: { kind: 'quarter', number: 4 },
  h1: { kind: 'half_year', number: 1 },
  h2: { kind: 'half_year', number: 2 },
  year: { kind: 'year', number: 0 },
};

/** The period of a year for a code; null when the year has no such period (no quarters set up). */
export function documentPeriod(
  db: Database,
  yearId: number,
  code: PeriodCode,
  language: DocumentLanguage,
): DocumentPeriod | null {
  const { kind, number } = codes[code];
  const label = frameWords[language].periods[code];
  if (kind === 'year') {
    const y = db.orm.select().from(academicYear).where(eq(academicYear.id, yearId)).get();
    if (!y) return null;
    const own = db.orm
      .select()
      .from(period)
      .where(and(eq(period.yearId, yearId), eq(period.kind, 'year')))
      .get();
    return { code, kind, number, periodId: own?.id ?? null, startsOn: y.startsOn, endsOn: y.endsOn, label };
  }
  const row = db.orm
    .select()
    .from(period)
    .where(and(eq(period.yearId, yearId), eq(period.kind, kind), eq(period.number, number)))
    .get();
  if (!row) return null;
  return { code, kind, number, periodId: row.id, startsOn: row.startsOn, endsOn: row.endsOn, label };
}

/** The quarters of a year that exist, in order. */
export function quartersOf(db: Database, yearId: number, language: DocumentLanguage): DocumentPeriod[] {
  return (['q1', 'q2', 'q3', 'q4'] as const)
    .map((code) => documentPeriod(db, yearId, code, language))
    .filter((p): p is DocumentPeriod => p !== null);
}
