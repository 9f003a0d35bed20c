import { and, desc, eq, ne, sql } from 'drizzle-orm';
import type { Database } from '../db/connection';
import { academicYear, gradingRule, holiday, period } from '../db/schema';
import { ApiError } from '../api/api-error';
import type { CallContext } from '../api/context';
import type { PeriodRow, YearDates, YearRow } from '../api/contract/calendar';
import { defaultGradingRules } from '../school/academic-year';
import { findYear, writableYear, type YearRecord } from './year-guard';
import { yearIssues } from './year-rules';

function periodsOf(db: Database, yearId: number, kind: 'quarter' | 'half_year'): PeriodRow[] {
  return db.orm
    .select({ id: period.id, number: period.number, startsOn: period.startsOn, endsOn: period.endsOn })
    .from(period)
    .where(and(eq(period.yearId, yearId), eq(period.kind, kind)))
    .orderBy(period.number)
    .all();
}

function toRow(db: Database, y: YearRecord): YearRow {
  return {
    id: y.id,
    title: y.title,
    startsOn: y.startsOn,
    endsOn: y.endsOn,
    isCurrent: y.isCurrent,
    state: y.state,
    quarters: periodsOf(db, y.id, 'quarter'),
    halfYears: periodsOf(db, y.id, 'half_year'),
    holidays: db.orm
      .select({ id: holiday.id, title: holiday.title, startsOn: holiday.startsOn, endsOn: holiday.endsOn })
      .from(holiday)
      .where(eq(holiday.yearId, y.id))
      .orderBy(holiday.startsOn, holiday.id)
      .all(),
  };
}

export function yearRow(db: Database, yearId: number): YearRow {
  return toRow(db, findYear(db, yearId));
}

/** Newest first (by start date): the current year is usually at the top, older ones below for reading. */
export function listYears(db: Database): YearRow[] {
  return db.orm
    .select()
    .from(academicYear)
    .orderBy(desc(academicYear.startsOn), desc(academicYear.id))
    .all()
    .map((y) => toRow(db, y));
}

/** Refuses inconsistent dates and a title another year has, with field messages; writes nothing. */
function check(db: Database, plan: YearDates, exceptId: number | null): void {
  const issues = yearIssues(plan);
  if (issues.length) throw new ApiError('INVALID_INPUT', undefined, issues);
  const sameTitle = db.orm
    .select({ id: academicYear.id })
    .from(academicYear)
    .where(
      and(
        sql`lower(${academicYear.title}) = lower(${plan.title})`,
        exceptId === null ? undefined : ne(academicYear.id, exceptId),
      ),
    )
    .get();
  if (sameTitle) {
    throw new ApiError('CONFLICT', undefined, [
      { path: 'title', message: 'validation.year.titleTaken', params: { title: plan.title } },
    ]);
  }
}

/** The period rows a plan stands for; the "year" period is the year's own dates. */
function periodRows(plan: YearDates) {
  return [
    ...plan.quarters.map((q, i) => ({ kind: 'quarter' as const, number: i + 1, ...q })),
    ...plan.halfYears.map((h, i) => ({ kind: 'half_year' as const, number: i + 1, ...h })),
    { kind: 'year' as const, number: 0, startsOn: plan.startsOn, endsOn: plan.endsOn },
  ];
}

function makeCurrent(db: Database, yearId: number): void {
  db.orm.update(academicYear).set({ isCurrent: false }).where(ne(academicYear.id, yearId)).run();
  db.orm.update(academicYear).set({ isCurrent: true }).where(eq(academicYear.id, yearId)).run();
}

/**
 * A new year with its periods, holidays and the regulation's default grading. It becomes current
 * when asked, or when no year is current yet (the program always has one to work in).
 */
export function createYear(ctx: CallContext, plan: YearDates & { makeCurrent: boolean }): YearRow {
  const db = ctx.app.db;
  check(db, plan, null);
  const { id } = db.orm
    .insert(academicYear)
    .values({ title: plan.title, startsOn: plan.startsOn, endsOn: plan.endsOn })
    .returning({ id: academicYear.id })
    .get();
  db.orm
    .insert(period)
    .values(periodRows(plan).map((p) => ({ ...p, yearId: id })))
    .run();
  if (plan.holidays.length) {
    db.orm
      .insert(holiday)
      .values(plan.holidays.map((h) => ({ ...h, yearId: id })))
      .run();
  }
  db.orm
    .insert(gradingRule)
    .values(defaultGradingRules.map((r) => ({ ...r, yearId: id })))
    .run();
  const noneCurrent = !db.orm
    .select({ id: academicYear.id })
    .from(academicYear)
    .where(eq(academicYear.isCurrent, true))
    .get();
  if (plan.makeCurrent || noneCurrent) makeCurrent(db, id);
  const after = yearRow(db, id);
  ctx.audit({ entity: 'academic_year', entityId: id, after });
  return after;
}

/**
 * New dates for a year. Period rows are updated in place, never replaced: period marks point at them.
 * Holidays carry no references, so the list is simply rewritten.
 */
export function updateYear(ctx: CallContext, yearId: number, plan: YearDates): YearRow {
  const db = ctx.app.db;
  writableYear(db, yearId);
  check(db, plan, yearId);
  const before = yearRow(db, yearId);
  db.orm
    .update(academicYear)
    .set({ title: plan.title, startsOn: plan.startsOn, endsOn: plan.endsOn })
    .where(eq(academicYear.id, yearId))
    .run();
  for (const p of periodRows(plan)) {
    db.orm
      .insert(period)
      .values({ ...p, yearId })
      .onConflictDoUpdate({
        target: [period.yearId, period.kind, period.number],
        set: { startsOn: p.startsOn, endsOn: p.endsOn },
      })
      .run();
  }
  db.orm.delete(holiday).where(eq(holiday.yearId, yearId)).run();
  if (plan.holidays.length) {
    db.orm
      .insert(holiday)
      .values(plan.holidays.map((h) => ({ ...h, yearId })))
      .run();
  }
  const after = yearRow(db, yearId);
  ctx.audit({ entity: 'academic_year', entityId: yearId, before, after });
  return after;
}

/** Exactly one current year: the one the screens and the journal work in. */
export function setCurrentYear(ctx: CallContext, yearId: number): YearRow {
  const db = ctx.app.db;
  writableYear(db, yearId);
  const previous = db.orm
    .select({ id: academicYear.id })
    .from(academicYear)
    .where(eq(academicYear.isCurrent, true))
    .get();
  makeCurrent(db, yearId);
  ctx.audit({
    entity: 'academic_year',
    entityId: yearId,
    before: { currentYearId: previous?.id ?? null },
    after: { currentYearId: yearId },
  });
  return yearRow(db, yearId);
}
