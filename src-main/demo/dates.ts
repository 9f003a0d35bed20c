/** Calendar dates as `YYYY-MM-DD` text, computed in UTC so the host's time zone never shifts a day. */

const dayMs = 86_400_000;

export function parseDate(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

export function formatDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return formatDate(new Date(parseDate(date).getTime() + days * dayMs));
}

/** 1 = Monday … 7 = Sunday, as the timetable counts them. */
export function weekday(date: string): number {
  const d = parseDate(date).getUTCDay();
  return d === 0 ? 7 : d;
}

/** Every date from `from` to `to`, both included. */
export function eachDate(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/**
 * An instant on a school day in Bishkek (UTC+6, no daylight saving), as ISO UTC text. Kept between
 * 08:00 and 23:59 local time, so the UTC date is the same calendar day.
 */
export function bishkekTime(date: string, minutesAfterMidnight: number): string {
  const local = Math.min(Math.max(minutesAfterMidnight, 8 * 60), 23 * 60 + 59);
  return new Date(parseDate(date).getTime() + (local - 6 * 60) * 60_000).toISOString();
}
