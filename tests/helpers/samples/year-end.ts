import { eq } from 'drizzle-orm';
import { academicYear } from '../../../src-main/db/schema';
import type { TestApp } from '../app';
import type { Samples } from './types';

/**
 * A year of the past (no classes, so nothing is missing), added when the router first reads the
 * input: a refused call never reads it and leaves the database as it was. Each caller gets its own.
 */
function pastYear(t: TestApp, title: string, startYear: number, state: 'open' | 'closed'): number {
  const found = t.db.orm.select({ id: academicYear.id }).from(academicYear).where(eq(academicYear.title, title)).get();
  if (found) return found.id;
  return t.db.orm
    .insert(academicYear)
    .values({ title, startsOn: `${startYear}-09-01`, endsOn: `${startYear + 1}-05-31`, state })
    .returning({ id: academicYear.id })
    .get().id;
}

const range = (startsOn: string, endsOn: string) => ({ startsOn, endsOn });

export const yearEndSamples: Samples = ({ t, caller }) => ({
  'yearEnd.check': {},
  'yearEnd.close': {
    get yearId() {
      return pastYear(t, `Closing ${caller}`, 2023, 'open');
    },
  },
  'yearEnd.rollOverPreview': {
    get fromYearId() {
      return pastYear(t, `Preview ${caller}`, 2022, 'closed');
    },
  },
  'yearEnd.rollOver': {
    get fromYearId() {
      return pastYear(t, `Source ${caller}`, 2021, 'closed');
    },
    title: `Next ${caller}`,
    startsOn: '2022-09-01',
    endsOn: '2023-05-31',
    quarters: [
      range('2022-09-01', '2022-10-31'),
      range('2022-11-10', '2022-12-28'),
      range('2023-01-12', '2023-03-20'),
      range('2023-04-01', '2023-05-31'),
    ],
    halfYears: [range('2022-09-01', '2022-12-28'), range('2023-01-12', '2023-05-31')],
  },
});
