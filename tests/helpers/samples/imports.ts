import type { Database } from '../../../src-main/db/connection';
import { schoolClass } from '../../../src-main/db/schema';
import { eq } from 'drizzle-orm';
import { classTitle, insertClass, type ClassRecord } from '../../../src-main/roster/classes';
import { currentYear } from '../../../src-main/school/academic-year';
import type { Staffed } from '../app';
import type { Samples } from './types';

/** A CSV file as the API takes it. */
export function csvFile(lines: string[], fileName = 'list.csv') {
  return { fileName, contentBase64: Buffer.from(lines.join('\r\n'), 'utf8').toString('base64') };
}

/**
 * The class the sample teacher leads. The students' samples usually made it already (5-А); made here
 * only otherwise, once per database, so that later calls of the samples write nothing.
 */
export function ownClass(db: Database, f: Staffed): ClassRecord {
  const led = db.orm.select().from(schoolClass).where(eq(schoolClass.classTeacherId, f.teacher.user.staffId)).get();
  if (led) return led;
  const year = currentYear(db);
  if (!year) throw new Error('The samples need a school with a current year');
  return insertClass(db, year.id, { grade: 5, letter: 'А', language: 'ky', classTeacherId: f.teacher.user.staffId });
}

/**
 * Each role imports a pupil of its own into the sample teacher's class: the teacher as its class
 * teacher, the administrator and deputy with `roster.manage`. (The router refuses the director.)
 */
export const importsSamples: Samples = ({ t, f, caller }) => {
  const own = ownClass(t.db, f);
  const title = classTitle(own);
  return {
    'import.preview': csvFile(['Фамилия;Имя;Класс', `Импортов;Азамат;${title}`]),
    'import.apply': {
      ...csvFile(['Фамилия;Имя;Дата рождения;Класс', `Импортов;${caller};01.02.2014;${title}`]),
      skipInvalid: false,
      createClasses: false,
    },
    'import.exportClass': { classId: own.id },
  };
};
