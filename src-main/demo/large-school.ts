/**
 * The large school: about 3,000 pupils in 110 classes with a whole year behind them — every lesson of
 * the four quarters with its attendance and marks, the quarter and year marks, and the audit trail of
 * all of it — deterministic from the seed. It is what `npm run bench` measures. It reuses the demo
 * school's steps (staff, pupils, load, timetable, journal) at a larger size and for every quarter.
 */
import type { Database } from '../db/connection';
import { gradingRule, period, type GradingScale } from '../db/schema';
import { eq } from 'drizzle-orm';
import { proposeYear, type YearPlan } from '../school/academic-year';
import { assignTeachers } from './assign';
import { auditJournal } from './audit-trail';
import { readContext } from './context';
import { bishkekTime, formatDate } from './dates';
import { defaultDemoSeed } from './demo-school';
import { createJournal } from './journal';
import { largeClassCount, planLargeClasses } from './large-plan';
import type { DemoContext } from './model';
import { createQuarterMarks } from './period-marks';
import { createClassesAndPupils } from './pupils';
import { createStaff } from './staff';
import { createTeachingLoad } from './teaching-load';
import { buildTimetable, saveTimetable } from './timetable';

export interface LargeSchoolOptions {
  now: Date;
  seed?: number;
  /** How many classes: 110 for the large school; a test takes a few. */
  classes?: number;
}

/**
 * The year the large school lives in: the last one that is over by `now`, so that the whole of it
 * (four quarters and the year marks) is in the journal and none of it lies in the future.
 */
export function largeSchoolYear(now: Date): YearPlan {
  const today = formatDate(now);
  for (let back = 0; ; back += 1) {
    const plan = proposeYear(new Date(Date.UTC(now.getUTCFullYear() - back, now.getUTCMonth(), now.getUTCDate())));
    if (plan.endsOn < today) return plan;
  }
}

/** The grading scale of each grade in the half-year the quarter falls in (grade 2 starts in the second). */
function scalesFor(db: Database, yearId: number, half: number): Map<number, GradingScale> {
  const scales = new Map<number, GradingScale>();
  for (const rule of db.orm.select().from(gradingRule).where(eq(gradingRule.yearId, yearId)).all()) {
    if (rule.halfYear === null && !scales.has(rule.grade)) scales.set(rule.grade, rule.scale);
    if (rule.halfYear === half) scales.set(rule.grade, rule.scale);
  }
  return scales;
}

/**
 * The year mark of every pupil and class subject with a quarter mark: the rounded mean of the quarter
 * marks (half up), set by the teacher of the last quarter mark on the year's last day.
 */
function createYearMarks(ctx: DemoContext, yearPeriodId: number): void {
  ctx.db.sqlite
    .prepare(
      `insert into period_mark (class_subject_id, student_id, kind, number, period_id, proposed_average,
                                proposed_value, value, set_by, set_at)
       select class_subject_id, student_id, 'year', 0, ?, round(avg(numeric), 2),
              cast(cast(avg(numeric) + 0.5 as integer) as text), coalesce(cast(cast(avg(numeric) + 0.5 as integer) as text), 'н/а'),
              max(set_by), ?
         from (select class_subject_id, student_id, set_by,
                      case when value glob '[2-5]' then cast(value as integer) end as numeric
                 from period_mark where kind = 'quarter')
        group by class_subject_id, student_id
        order by class_subject_id, student_id`,
    )
    .run(yearPeriodId, bishkekTime(ctx.year.endsOn, 16 * 60));
}

export interface LargeSchoolSummary {
  classes: number;
  auditEntries: number;
}

/**
 * Fills a school that has its school row and current year (see `largeSchoolYear`) with the large
 * school. Synchronous and without a transaction of its own: the caller holds the write transaction.
 */
export function fillLargeSchool(db: Database, options: LargeSchoolOptions): LargeSchoolSummary {
  const seed = options.seed ?? defaultDemoSeed;
  // A million index entries (the audit trail's above all) fit a large page cache, not the default 2 MB.
  const cache = db.sqlite.pragma('cache_size', { simple: true }) as number;
  db.sqlite.pragma('cache_size = -524288');
  try {
    return fill(db, options, seed);
  } finally {
    db.sqlite.pragma(`cache_size = ${cache}`);
  }
}

function fill(db: Database, options: LargeSchoolOptions, seed: number): LargeSchoolSummary {
  const ctx = readContext(db, options.now, seed);
  const classes = planLargeClasses(ctx.rng.fork(1), options.classes ?? largeClassCount);
  const staff = createStaff({ ...ctx, rng: ctx.rng.fork(2) }, classes);
  const planned = assignTeachers(classes, staff);
  createClassesAndPupils({ ...ctx, rng: ctx.rng.fork(3) }, classes);
  const loads = createTeachingLoad({ ...ctx, rng: ctx.rng.fork(4) }, planned);
  // A few tries only: a hundred classes leave some teachers in two rooms at an hour, which no figure reads.
  const { slots } = buildTimetable(ctx.rng.fork(5), loads, { weeks: 2, orders: 3 });
  saveTimetable(ctx, slots);
  let auditEntries = 0;

  const periods = db.orm.select().from(period).where(eq(period.yearId, ctx.year.id)).all();
  const halves = periods.filter((p) => p.kind === 'half_year');
  const quarters = periods.filter((p) => p.kind === 'quarter').sort((a, b) => a.number - b.number);
  for (const q of quarters) {
    const half = halves.find((h) => h.startsOn <= q.startsOn && q.startsOn <= h.endsOn)?.number ?? 1;
    const qctx: DemoContext = {
      ...ctx,
      rng: ctx.rng.fork(10 + q.number),
      quarter: { id: q.id, number: q.number, startsOn: q.startsOn, endsOn: q.endsOn },
      scales: scalesFor(db, ctx.year.id, half),
    };
    const book = createJournal(qctx, loads, slots);
    createQuarterMarks(qctx, book);
    const next = quarters.find((n) => n.number === q.number + 1);
    const yearPeriod = periods.find((p) => p.kind === 'year');
    if (!next && yearPeriod && ctx.today > ctx.year.endsOn) createYearMarks(ctx, yearPeriod.id);
    // The quarter's trail in the order it was entered, up to the next quarter (the marks set at its end).
    auditEntries += auditJournal(db, q.startsOn, next ? prevDay(next.startsOn) : '9999-12-31');
  }
  return { classes: classes.length, auditEntries };
}

const prevDay = (date: string) => formatDate(new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000));
