/*
 * Calendar dates as whole days since 1970-01-01 (UTC), so that walking a quarter is integer
 * arithmetic: no Date objects per day, no time zone, no daylight saving (Kyrgyzstan has none, but the
 * office PC may think otherwise).
 */

const msPerDay = 86_400_000;

/** `YYYY-MM-DD` → day number. The text is a checked calendar date. */
export function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / msPerDay;
}

/** Day number → `YYYY-MM-DD`. */
export function dateOfDay(day: number): string {
  return new Date(day * msPerDay).toISOString().slice(0, 10);
}

/** 1 = Monday … 7 = Sunday; day 0 (1970-01-01) was a Thursday. */
export function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

export function addDays(date: string, days: number): string {
  return dateOfDay(dayNumber(date) + days);
}
