import type { YearRow } from '../../../src-main/api/contract/calendar';
import type { PrintPeriod } from '../../../src-main/api/contract/print';

/** One period of the school year as the deputy's tabs offer it; `periodId` is null for the whole year. */
export interface YearPeriod {
  periodId: number | null;
  code: PrintPeriod;
  kind: 'quarter' | 'halfYear' | 'year';
  number: number;
  startsOn: string;
  endsOn: string;
}

/** The year's quarters, then its half-years, then the year itself, in the order the tabs list them. */
export function yearPeriods(year: YearRow): YearPeriod[] {
  const part = (kind: 'quarter' | 'halfYear', letter: 'q' | 'h') => (p: YearRow['quarters'][number]) => ({
    periodId: p.id,
    code: `${letter}${p.number}` as PrintPeriod,
    kind,
    number: p.number,
    startsOn: p.startsOn,
    endsOn: p.endsOn,
  });
  return [
    ...year.quarters.map(part('quarter', 'q')),
    ...year.halfYears.map(part('halfYear', 'h')),
    { periodId: null, code: 'year', kind: 'year', number: 0, startsOn: year.startsOn, endsOn: year.endsOn },
  ];
}

/** The quarter under way on `day` (none in the holidays between quarters). */
export function quarterUnderWay<P extends YearPeriod>(periods: P[], day: string): P | undefined {
  return periods.find((p) => p.kind === 'quarter' && p.startsOn <= day && day <= p.endsOn);
}

/** The quarter under way, else the last one begun (in the holidays), else the first. */
export function latestQuarter<P extends YearPeriod>(periods: P[], day: string): P | undefined {
  const quarters = periods.filter((p) => p.kind === 'quarter');
  return quarters.filter((p) => p.startsOn <= day).at(-1) ?? quarters[0];
}
