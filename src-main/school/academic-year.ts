import type { Database } from '../db/connection';
import { academicYear, gradingRule, period } from '../db/schema';
import type { GradingScale } from '../db/schema';
import { eq } from 'drizzle-orm';

export interface PeriodDates {
  kind: 'quarter' | 'half_year' | 'year';
  number: number;
  startsOn: string;
  endsOn: string;
}

export interface YearPlan {
  title: string;
  startsOn: string;
  endsOn: string;
  periods: PeriodDates[];
}

/**
 * A first proposal for a school year, for the deputy to correct: 1 September – 31 May and the usual
 * shape of the quarters. Once saved, the dates are data; nothing else in the program assumes them.
 */
export function proposeYear(today: Date): YearPlan {
  const y = today.getUTCMonth() >= 5 ? today.getUTCFullYear() : today.getUTCFullYear() - 1;
  const n = y + 1;
  const q = (number: number, startsOn: string, endsOn: string): PeriodDates => ({
    kind: 'quarter',
    number,
    startsOn,
    endsOn,
  });
  return {
    title: `${y}–${n}`,
    startsOn: `${y}-09-01`,
    endsOn: `${n}-05-31`,
    periods: [
      q(1, `${y}-09-01`, `${y}-10-31`),
      q(2, `${y}-11-10`, `${y}-12-28`),
      q(3, `${n}-01-12`, `${n}-03-20`),
      q(4, `${n}-04-01`, `${n}-05-31`),
      { kind: 'half_year', number: 1, startsOn: `${y}-09-01`, endsOn: `${y}-12-28` },
      { kind: 'half_year', number: 2, startsOn: `${n}-01-12`, endsOn: `${n}-05-31` },
      { kind: 'year', number: 0, startsOn: `${y}-09-01`, endsOn: `${n}-05-31` },
    ],
  };
}

/** The regulation's default (000 §3.5.6): no marks in grade 1 nor in grade 2's first half-year. */
export const defaultGradingRules: { grade: number; halfYear: number | null; scale: GradingScale }[] = [
  { grade: 1, halfYear: null, scale: 'none' },
  { grade: 2, halfYear: 1, scale: 'none' },
  { grade: 2, halfYear: 2, scale: 'five_point' },
  ...[3, 4, 5, 6, 7, 8, 9, 10, 11].map((grade) => ({ grade, halfYear: null, scale: 'five_point' as const })),
];

/** Creates a year with its periods and grading rules and makes it the current one. */
export function createYear(db: Database, plan: YearPlan): number {
  db.orm.update(academicYear).set({ isCurrent: false }).where(eq(academicYear.isCurrent, true)).run();
  const { id } = db.orm
    .insert(academicYear)
    .values({ title: plan.title, startsOn: plan.startsOn, endsOn: plan.endsOn, isCurrent: true })
    .returning({ id: academicYear.id })
    .get();
  db.orm
    .insert(period)
    .values(plan.periods.map((p) => ({ ...p, yearId: id })))
    .run();
  db.orm
    .insert(gradingRule)
    .values(defaultGradingRules.map((r) => ({ ...r, yearId: id })))
    .run();
  return id;
}

export function currentYear(db: Database) {
  return db.orm.select().from(academicYear).where(eq(academicYear.isCurrent, true)).get() ?? null;
}
