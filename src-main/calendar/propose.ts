import { sql } from 'drizzle-orm';
import type { Database } from '../db/connection';
import { academicYear } from '../db/schema';
import type { YearDates } from '../api/contract/calendar';
import { proposeYear } from '../school/academic-year';

/**
 * Dates to pre-fill a new year's form with: the usual shape (proposeYear) of the first school year,
 * from the one containing `now` onwards, whose title no year has yet. Only a proposal: the deputy
 * enters the Ministry's dates before saving.
 */
export function proposeNewYear(db: Database, now: Date): YearDates {
  const taken = new Set(
    db.orm
      .select({ title: sql<string>`lower(${academicYear.title})` })
      .from(academicYear)
      .all()
      .map((r) => r.title),
  );
  for (let ahead = 0; ; ahead += 1) {
    const day = new Date(Date.UTC(now.getUTCFullYear() + ahead, now.getUTCMonth(), 15));
    const plan = proposeYear(day);
    if (taken.has(plan.title.toLowerCase())) continue;
    const dates = (kind: string) =>
      plan.periods
        .filter((p) => p.kind === kind)
        .sort((a, b) => a.number - b.number)
        .map(({ startsOn, endsOn }) => ({ startsOn, endsOn }));
    return {
      title: plan.title,
      startsOn: plan.startsOn,
      endsOn: plan.endsOn,
      quarters: dates('quarter'),
      halfYears: dates('half_year'),
      holidays: [],
    };
  }
}
