import type { YearDates } from '../api/contract/calendar';
import { yearRow } from '../calendar/years-service';
import type { Database } from '../db/connection';
import { proposeYear } from '../school/academic-year';

/** The same day a year later; 29 February becomes the 28th. */
export function yearLater(date: string): string {
  const [y, m, d] = date.split('-');
  const next = `${Number(y) + 1}-${m}-${d}`;
  return m === '02' && d === '29' ? `${Number(y) + 1}-02-28` : next;
}

/** "2026–2027" → "2027–2028"; a title without years gets the usual one from the new dates. */
export function nextTitle(title: string, startsOn: string): string {
  if (/\d{4}/.test(title)) return title.replace(/\d{4}/g, (y) => String(Number(y) + 1));
  const y = Number(startsOn.slice(0, 4));
  return `${y}–${y + 1}`;
}

/**
 * The closed year's dates shifted by one year, to pre-fill the roll-over: the school's own pattern
 * of quarters, half-years and holidays rather than a generic one. Only a proposal: the Ministry
 * moves the dates every year and the deputy corrects them before rolling over.
 */
export function nextYearDates(db: Database, fromYearId: number): YearDates {
  const from = yearRow(db, fromYearId);
  const range = (r: { startsOn: string; endsOn: string }) => ({
    startsOn: yearLater(r.startsOn),
    endsOn: yearLater(r.endsOn),
  });
  const startsOn = yearLater(from.startsOn);
  // A year always has four quarters and two half-years when made by the program; should one lack them,
  // the usual shape stands in, as for a new year.
  const usual = proposeYear(new Date(`${startsOn}T00:00:00.000Z`)).periods;
  const shape = (kind: 'quarter' | 'half_year', count: number, own: { startsOn: string; endsOn: string }[]) =>
    own.length === count
      ? own.map(range)
      : usual.filter((p) => p.kind === kind).map(({ startsOn: s, endsOn: e }) => ({ startsOn: s, endsOn: e }));
  return {
    title: nextTitle(from.title, startsOn),
    startsOn,
    endsOn: yearLater(from.endsOn),
    quarters: shape('quarter', 4, from.quarters),
    halfYears: shape('half_year', 2, from.halfYears),
    holidays: from.holidays.map((h) => ({ title: h.title, ...range(h) })),
  };
}
