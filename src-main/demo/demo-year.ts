import { proposeYear, type YearPlan } from '../school/academic-year';

/**
 * The year the demo school lives in: the one whose first quarter has begun by `now`. Between June
 * and August (when schools install the program) the coming year has no lessons yet, so the demo
 * takes the year just ended, and a newcomer still finds a filled journal.
 */
export function demoYear(now: Date): YearPlan {
  const coming = proposeYear(now);
  if (now.toISOString().slice(0, 10) >= coming.startsOn) return coming;
  return proposeYear(new Date(Date.UTC(now.getUTCFullYear() - 1, now.getUTCMonth(), now.getUTCDate())));
}
