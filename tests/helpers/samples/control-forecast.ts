import type { Database } from '../../../src-main/db/connection';
import { insertClass } from '../../../src-main/roster/classes';
import { currentYear } from '../../../src-main/school/academic-year';
import type { Staffed, TestApp } from '../app';
import type { Samples } from './types';

/*
 * A class 8-Д whose class teacher is the sample teacher, made on the first read of `classId`, so that
 * a teacher's forecast of it is allowed (the service checks the class teacher) and a refused call adds
 * nothing. The forecasts only read.
 */

const classes = new WeakMap<Database, number>();

function ownClass(t: TestApp, f: Staffed): number {
  const made = classes.get(t.db);
  if (made !== undefined) return made;
  const year = currentYear(t.db);
  if (!year) throw new Error('The samples need a school with a current year');
  const id = insertClass(t.db, year.id, {
    grade: 8,
    letter: 'Д',
    language: 'ru',
    classTeacherId: f.teacher.user.staffId,
  }).id;
  classes.set(t.db, id);
  return id;
}

export const controlForecastSamples: Samples = ({ t, f }) => ({
  'forecast.class': {
    get classId() {
      return ownClass(t, f);
    },
    period: 'q1',
  },
  'forecast.school': { period: 'q1' },
});
