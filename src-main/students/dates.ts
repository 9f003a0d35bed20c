/** Calendar dates as `YYYY-MM-DD` text, which compares and sorts as dates do. */

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Today on this computer's calendar. The office PC keeps Kyrgyz time (UTC+6): its UTC date is still
 * yesterday's until six in the morning, which would hide a pupil who arrives today.
 */
export function localToday(now: Date): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The date `days` after (or before, when negative) a calendar date. */
export function addDays(date: string, days: number): string {
  const t = new Date(`${date}T00:00:00.000Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}
