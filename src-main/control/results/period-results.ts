import { eq } from 'drizzle-orm';
import type { PeriodResults, ResultMetrics } from '../../api/contract/control-results';
import type { PrintPeriod } from '../../api/contract/print';
import type { Database } from '../../db/connection';
import { period as periodTable } from '../../db/schema';
import { documentPeriod } from '../../print/data/periods';
import { leftPupils, missingMarks, resultLists } from './lists';
import { resultRows } from './levels';
import { schoolPeriodMarks } from './school-marks';

/*
 * A period's results with the comparison: the same rows computed for the previous period of the same
 * kind (quarter 2 against quarter 1, the second half-year against the first) and matched by key. The
 * first quarter, the first half-year and the year have nothing before them in the year.
 */

const previousCode: Record<PrintPeriod, PrintPeriod | null> = {
  q1: null,
  q2: 'q1',
  q3: 'q2',
  q4: 'q3',
  h1: null,
  h2: 'h1',
  year: null,
};

export interface ResultsScope {
  /** null: the whole school; else only these classes (a class teacher's own), without school-wide rows. */
  classIds: readonly number[] | null;
  /** The school's today, to say whether the period is over. */
  today: string;
}

/** Null when the year has no such period (no quarters set up). */
export function periodResults(
  db: Database,
  yearId: number,
  code: PrintPeriod,
  scope: ResultsScope,
): PeriodResults | null {
  const period = documentPeriod(db, yearId, code, 'ru');
  if (!period) return null;
  const whole = scope.classIds === null;
  const data = schoolPeriodMarks(db, yearId, period, scope.classIds);
  const rows = resultRows(data, whole);

  const before = previousCode[code];
  const earlier = before ? documentPeriod(db, yearId, before, 'ru') : null;
  const previous = new Map<string, ResultMetrics>();
  if (earlier) {
    for (const row of resultRows(schoolPeriodMarks(db, yearId, earlier, scope.classIds), whole)) {
      previous.set(row.key, row.metrics);
    }
  }
  return {
    period: { code, startsOn: period.startsOn, endsOn: period.endsOn, over: period.endsOn < scope.today },
    previous: earlier && before ? { code: before } : null,
    scope: whole ? 'school' : 'ownClasses',
    rows: rows.map((row) => ({ ...row, previous: previous.get(row.key) ?? null })),
    lists: resultLists(data),
    missing: missingMarks(data),
    left: leftPupils(data),
  };
}

const codeOf = (kind: string, number: number): PrintPeriod | null =>
  kind === 'quarter' && number >= 1 && number <= 4
    ? (`q${number}` as PrintPeriod)
    : kind === 'half_year' && (number === 1 || number === 2)
      ? (`h${number}` as PrintPeriod)
      : kind === 'year'
        ? 'year'
        : null;

/**
 * The whole school's results for a period row, with the comparison and the lists: what the results
 * screen shows the deputy, as one plain call for the benchmark (a few grouped queries per period).
 */
export function resultsOfPeriod(db: Database, periodId: number, today = '9999-12-31'): PeriodResults | null {
  const row = db.orm.select().from(periodTable).where(eq(periodTable.id, periodId)).get();
  const code = row ? codeOf(row.kind, row.number) : null;
  if (!row || !code) return null;
  return periodResults(db, row.yearId, code, { classIds: null, today });
}
