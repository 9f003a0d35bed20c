import type { Database } from '../../db/connection';
import type { ForecastPeriod, ForecastPeriodInfo } from '../../api/contract/control-forecast';
import { notCertified, periodMarkNumber } from '../../period-marks/propose';
import { addDays, dayNumber } from '../../timetable/dates';
import { forecastSchool, forecastSpan } from './forecast';

/*
 * The back-test: forecast a finished period from its first half only (marks, absences and lessons up
 * to its midpoint), then compare with the period marks the teachers actually set. Pairs are a pupil
 * and a subject with a set period mark; pairs the forecast left open (no mark yet at the midpoint)
 * are counted apart, not as misses.
 */

export interface BacktestResult {
  period: ForecastPeriodInfo;
  /** Pupil × subject pairs with a period mark set. */
  pairs: number;
  /** Of them, with a forecast mark at the midpoint. */
  forecast: number;
  exact: number;
  /** Off by at most one mark (both numbers), or both "н/а". */
  withinOne: number;
  /** Pairs whose set mark is a 2 or "н/а", and how many of them the forecast flagged at risk. */
  bad: number;
  caught: number;
  /** The same for the 2s and the "н/а" apart. */
  twos: number;
  twosCaught: number;
  uncertified: number;
  uncertifiedCaught: number;
  /** Pairs flagged at risk, and how many of those did end in a 2 or "н/а". */
  flagged: number;
  flaggedBad: number;
  /** Percentages, one decimal; null when there is nothing to divide by. */
  exactPct: number | null;
  withinOnePct: number | null;
  recallPct: number | null;
  precisionPct: number | null;
}

/** The middle day of a period: the forecast sees the lessons up to and including it. */
export function midpointOf(startsOn: string, endsOn: string): string {
  return addDays(startsOn, Math.floor((dayNumber(endsOn) - dayNumber(startsOn)) / 2));
}

const pct = (part: number, whole: number) => (whole === 0 ? null : Math.round((1000 * part) / whole) / 10);
const isBad = (value: string) => value === '2' || value === notCertified;

function setMarks(db: Database, kind: string, number: number): Map<string, string> {
  const rows = db.sqlite
    .prepare(
      `select student_id as studentId, class_subject_id as cs, value from period_mark where kind = ? and number = ?`,
    )
    .all(kind, number) as { studentId: number; cs: number; value: string }[];
  return new Map(rows.map((r) => [`${r.studentId}:${r.cs}`, r.value]));
}

export function backtestForecast(db: Database, q: { yearId: number; period: ForecastPeriod }): BacktestResult | null {
  const whole = forecastSpan(db, q.yearId, q.period, '9999-12-31');
  if (!whole) return null;
  const asOf = midpointOf(whole.startsOn, whole.endsOn);
  const school = forecastSchool(db, { ...q, asOf });
  if (!school) return null;
  const actual = setMarks(db, q.period.startsWith('h') ? 'half_year' : 'quarter', Number(q.period.slice(1)));
  const r = {
    ...{ pairs: 0, forecast: 0, exact: 0, withinOne: 0, bad: 0, caught: 0 },
    ...{ twos: 0, twosCaught: 0, uncertified: 0, uncertifiedCaught: 0, flagged: 0, flaggedBad: 0 },
  };
  for (const c of school.classes) {
    for (const p of c.pupils) {
      for (const line of p.lines) {
        const set = actual.get(`${p.studentId}:${line.classSubjectId}`);
        if (set === undefined) continue;
        r.pairs++;
        const flagged = line.risks.length > 0;
        if (isBad(set)) r.bad++;
        if (isBad(set) && flagged) r.caught++;
        if (set === '2') r.twos++;
        if (set === '2' && flagged) r.twosCaught++;
        if (set === notCertified) r.uncertified++;
        if (set === notCertified && flagged) r.uncertifiedCaught++;
        if (flagged) r.flagged++;
        if (flagged && isBad(set)) r.flaggedBad++;
        if (line.value === null) continue;
        r.forecast++;
        if (line.value === set) r.exact++;
        const a = periodMarkNumber(line.value);
        const b = periodMarkNumber(set);
        if (line.value === set || (a !== null && b !== null && Math.abs(a - b) <= 1)) r.withinOne++;
      }
    }
  }
  return {
    period: school.period,
    ...r,
    exactPct: pct(r.exact, r.forecast),
    withinOnePct: pct(r.withinOne, r.forecast),
    recallPct: pct(r.caught, r.bad),
    precisionPct: pct(r.flaggedBad, r.flagged),
  };
}
