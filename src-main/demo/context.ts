import type { Database } from '../db/connection';
import { eq } from 'drizzle-orm';
import { gradingRule, holiday, period, type GradingScale } from '../db/schema';
import { currentYear } from '../school/academic-year';
import { eachDate, formatDate } from './dates';
import type { DemoContext } from './model';
import { Random } from './random';

/** Reads the year the school already has: its first quarter, holidays and grading rules. */
export function readContext(db: Database, now: Date, seed: number): DemoContext {
  const year = currentYear(db);
  if (!year) throw new Error('The demo needs a school with a current academic year');
  const periods = db.orm.select().from(period).where(eq(period.yearId, year.id)).all();
  const quarter = periods.find((p) => p.kind === 'quarter' && p.number === 1);
  if (!quarter) throw new Error('The current academic year has no first quarter');
  // The grading rule of the half-year the first quarter falls in (the first one, in every plan so far).
  const half =
    periods.find((p) => p.kind === 'half_year' && p.startsOn <= quarter.startsOn && quarter.startsOn <= p.endsOn)
      ?.number ?? 1;
  const rules = db.orm.select().from(gradingRule).where(eq(gradingRule.yearId, year.id)).all();
  const scales = new Map<number, GradingScale>();
  for (const rule of rules) {
    if (rule.halfYear === null && !scales.has(rule.grade)) scales.set(rule.grade, rule.scale);
    if (rule.halfYear === half) scales.set(rule.grade, rule.scale);
  }
  const holidays = new Set<string>();
  for (const h of db.orm.select().from(holiday).where(eq(holiday.yearId, year.id)).all())
    for (const d of eachDate(h.startsOn, h.endsOn)) holidays.add(d);
  return {
    db,
    rng: new Random(seed),
    now,
    today: formatDate(now),
    year: { id: year.id, startsOn: year.startsOn, endsOn: year.endsOn },
    quarter: { id: quarter.id, number: quarter.number, startsOn: quarter.startsOn, endsOn: quarter.endsOn },
    scales,
    holidays,
  };
}
