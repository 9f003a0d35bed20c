/**
 * The school's calendar day for an instant. Kyrgyzstan keeps UTC+6 all year (no daylight saving),
 * so "today" is fixed arithmetic rather than the host's time zone: a PC left on UTC (or a test
 * runner) still counts the same pupils as the office clock on the wall.
 */
const bishkekOffsetMs = 6 * 3_600_000;

export function schoolDay(now: Date): string {
  return new Date(now.getTime() + bishkekOffsetMs).toISOString().slice(0, 10);
}
