/**
 * The demo school: a believable school to look around in, made from a seed so that it comes out the
 * same every time (screenshots, benchmarks and tests rely on it).
 *
 * Demo sign-ins (all with the password "demo1234", no change asked):
 *   director   the director
 *   deputy     the deputy director for academic work
 *   usonova.a  Үсөнова Айгүл Бакытовна, teacher of Kyrgyz and class teacher of 5-А
 * and every other teacher under the login made from the name (e.g. "asanova.a"). See `demoCredentials`.
 */
import type { Database } from '../db/connection';
import { assignTeachers } from './assign';
import { readContext } from './context';
import { createJournal } from './journal';
import { createQuarterMarks } from './period-marks';
import { createClassesAndPupils } from './pupils';
import { planClasses } from './school-plan';
import { createStaff } from './staff';
import { createTeachingLoad } from './teaching-load';
import { buildTimetable, saveTimetable } from './timetable';

export { demoCredentials } from './credentials';

export interface DemoOptions {
  now: Date;
  seed?: number;
}

export const defaultDemoSeed = 12;

/**
 * Fills a school that has its school row and current year with classes, pupils, teachers, the teaching
 * load, a timetable and the first quarter's journal up to `now`. Synchronous and without a transaction
 * of its own: the caller holds the write transaction.
 */
export function fillDemoSchool(db: Database, options: DemoOptions): void {
  const ctx = readContext(db, options.now, options.seed ?? defaultDemoSeed);
  const classes = planClasses(ctx.rng.fork(1));
  const staff = createStaff({ ...ctx, rng: ctx.rng.fork(2) }, classes);
  const planned = assignTeachers(classes, staff);
  createClassesAndPupils({ ...ctx, rng: ctx.rng.fork(3) }, classes);
  const loads = createTeachingLoad({ ...ctx, rng: ctx.rng.fork(4) }, planned);
  const { slots } = buildTimetable(ctx.rng.fork(5), loads);
  saveTimetable(ctx, slots);
  const book = createJournal({ ...ctx, rng: ctx.rng.fork(6) }, loads, slots);
  createQuarterMarks(ctx, book);
}
