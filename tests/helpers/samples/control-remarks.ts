import type { Database } from '../../../src-main/db/connection';
import { classSubject, remark, subject } from '../../../src-main/db/schema';
import { findClassByName, insertClass } from '../../../src-main/roster/classes';
import { currentYear } from '../../../src-main/school/academic-year';
import type { Staffed, TestApp } from '../app';
import type { Samples } from './types';

/*
 * Chemistry in 8-Ж, taught by the sample teacher, with one open remark of the deputy on it. Made on
 * the first read of an input field, so that a refused call adds nothing.
 */
const fixtures = new WeakMap<Database, { classSubjectId: number; remarkId: number }>();

function fixtureFor(t: TestApp, f: Staffed) {
  const made = fixtures.get(t.db);
  if (made) return made;
  const year = currentYear(t.db);
  if (!year) throw new Error('The remark samples need a school with a current year');
  const cls =
    findClassByName(t.db, year.id, '8-Ж') ?? insertClass(t.db, year.id, { grade: 8, letter: 'Ж', language: 'ky' });
  const subjectId = t.db.orm
    .insert(subject)
    .values({ nameKy: 'Химия (эскертүү үлгүсү)', nameRu: 'Химия (образец замечания)' })
    .returning({ id: subject.id })
    .get().id;
  const classSubjectId = t.db.orm
    .insert(classSubject)
    .values({ classId: cls.id, subjectId, teacherId: f.teacher.user.staffId, hoursPerWeek: 2 })
    .returning({ id: classSubject.id })
    .get().id;
  const remarkId = t.db.orm
    .insert(remark)
    .values({ classSubjectId, text: 'Темалар жазылган эмес', dueOn: '2025-10-13', createdBy: f.deputy.user.userId })
    .returning({ id: remark.id })
    .get().id;
  const fixture = { classSubjectId, remarkId };
  fixtures.set(t.db, fixture);
  return fixture;
}

export const controlRemarkSamples: Samples = ({ t, f }) => ({
  'remarks.add': {
    get classSubjectId() {
      return fixtureFor(t, f).classSubjectId;
    },
    text: 'Үй тапшырмасы жазылган эмес',
  },
  'remarks.list': { state: 'open' },
  'remarks.mine': {},
  'remarks.fix': {
    get remarkId() {
      return fixtureFor(t, f).remarkId;
    },
    note: 'Толтурулду',
  },
});
