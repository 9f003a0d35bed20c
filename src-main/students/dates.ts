/** Calendar dates as `YYYY-MM-DD` text, which compares and sorts as dates do. */

/** The date `days` after (or before, when negative) a calendar date. */
export function addDays(date: string, days: number): string {
  const t = new Date(`${date}T00:00:00.000Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}
