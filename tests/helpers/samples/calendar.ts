import { eq } from 'drizzle-orm';
import { academicYear } from '../../../src-main/db/schema';
import { currentYear } from '../../../src-main/school/academic-year';
import { proposeNewYear } from '../../../src-main/calendar/propose';
import type { TestApp } from '../app';
import type { Samples } from './types';

function currentYearId(t: TestApp): number {
  const year = currentYear(t.db);
  if (!year) throw new Error('the sample school has no current year');
  return year.id;
}

/**
 * A past year to switch to, added when the router first reads the input: refused calls never read
 * it, so they leave the database as it was (the router tests compare snapshots around them).
 */
function pastYearId(t: TestApp): number {
  const title = '2019–2020';
  const found = t.db.orm.select({ id: academicYear.id }).from(academicYear).where(eq(academicYear.title, title)).get();
  if (found) return found.id;
  return t.db.orm
    .insert(academicYear)
    .values({ title, startsOn: '2019-09-01', endsOn: '2020-05-31' })
    .returning({ id: academicYear.id })
    .get().id;
}

export const calendarSamples: Samples = ({ t, caller }) => ({
  'years.create': {
    // Each permitted caller creates its own year in the same database: titles must differ.
    ...proposeNewYear(t.db, t.clock.now()),
    title: `Sample ${caller}`,
    holidays: [{ title: 'Күзгү каникул', startsOn: '2026-11-01', endsOn: '2026-11-09' }],
    makeCurrent: false,
  },
  'years.update': {
    get yearId() {
      return currentYearId(t);
    },
    title: '2025–2026',
    startsOn: '2025-09-01',
    endsOn: '2026-05-31',
    quarters: [
      { startsOn: '2025-09-01', endsOn: '2025-10-31' },
      { startsOn: '2025-11-10', endsOn: '2025-12-28' },
      { startsOn: '2026-01-12', endsOn: '2026-03-20' },
      { startsOn: '2026-04-01', endsOn: '2026-05-31' },
    ],
    halfYears: [
      { startsOn: '2025-09-01', endsOn: '2025-12-28' },
      { startsOn: '2026-01-12', endsOn: '2026-05-31' },
    ],
    holidays: [{ title: `Nooruz (${caller})`, startsOn: '2026-03-21', endsOn: '2026-03-23' }],
  },
  'years.setCurrent': {
    get yearId() {
      return pastYearId(t);
    },
  },
  'grading.list': {
    get yearId() {
      return currentYearId(t);
    },
  },
  'grading.set': {
    get yearId() {
      return currentYearId(t);
    },
    rules: [
      { grade: 1, halfYear: null, scale: 'none' },
      { grade: 2, halfYear: 1, scale: 'none' },
      { grade: 2, halfYear: 2, scale: 'five_point' },
      { grade: 5, halfYear: null, scale: caller === 'deputy' ? 'criteria' : 'points' },
    ],
  },
});
