/**
 * The school's calendar day for an instant, the same for the services and the screens. Kyrgyzstan
 * keeps UTC+6 all year (no daylight saving), so "today" is fixed arithmetic rather than the host's
 * time zone: a PC or a browser left on UTC still counts the same pupils as the office clock.
 */
const bishkekOffsetMs = 6 * 3_600_000;

export function schoolDay(now: Date): string {
  return new Date(now.getTime() + bishkekOffsetMs).toISOString().slice(0, 10);
}
