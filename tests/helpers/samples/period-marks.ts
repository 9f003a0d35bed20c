import type { Database } from '../../../src-main/db/connection';
import { classSubject, periodMark, setting, subject } from '../../../src-main/db/schema';
import type { Role } from '../../../src-main/api/contract';
import { periodMarkRulesKey } from '../../../src-main/period-marks/rules';
import { insertClass } from '../../../src-main/roster/classes';
import { enrol, insertPupil } from '../../../src-main/roster/pupils';
import { currentYear } from '../../../src-main/school/academic-year';
import type { Staffed, TestApp } from '../app';
import type { Samples } from './types';

/*
 * A class 9-Г (5-point scale) with one pupil per caller and one class subject taught by the sample
 * teacher, made on the first read of an input field (getters below) so that a refused call adds
 * nothing. The test clock (2025-10-06) is before the default window of the first quarter opens
 * (2025-10-17), so the sample school opens it a month before the quarter ends: the teacher's set and
 * clear then fall inside it. Each caller works on a pupil of its own, so set and clear do not meet.
 */

interface Fixture {
  classSubjectId: number;
  pupils: Record<Role, number>;
}

const fixtures = new WeakMap<Database, Fixture>();

function fixtureFor(t: TestApp, f: Staffed): Fixture {
  const made = fixtures.get(t.db);
  if (made) return made;
  const year = currentYear(t.db);
  if (!year) throw new Error('The samples need a school with a current year');
  t.db.orm
    .insert(setting)
    .values({ key: periodMarkRulesKey, value: { openDaysBefore: 30 } })
    .onConflictDoNothing()
    .run();
  const cls = insertClass(t.db, year.id, { grade: 9, letter: 'Г', language: 'ky' });
  const subjectId = t.db.orm
    .insert(subject)
    .values({ nameKy: 'Физика (үлгү)', nameRu: 'Физика (образец)' })
    .returning({ id: subject.id })
    .get().id;
  const classSubjectId = t.db.orm
    .insert(classSubject)
    .values({ classId: cls.id, subjectId, teacherId: f.teacher.user.staffId, hoursPerWeek: 2 })
    .returning({ id: classSubject.id })
    .get().id;
  const pupil = (surname: string) => {
    const row = insertPupil(t.db, {
      surname,
      name: 'Үлгү',
      patronymic: null,
      birthDate: null,
      sex: null,
      pin: null,
      address: null,
    });
    enrol(t.db, row.id, { classId: cls.id, fromDate: year.startsOn });
    return row.id;
  };
  const fixture: Fixture = {
    classSubjectId,
    pupils: {
      teacher: pupil('Айтматов'),
      deputy: pupil('Бообекова'),
      director: pupil('Дөөлөтов'),
      administrator: pupil('Жусупова'),
    },
  };
  fixtures.set(t.db, fixture);
  return fixture;
}

/** The caller's pupil with a first-quarter mark in place, for clear to remove. */
function markedPupil(t: TestApp, f: Staffed, caller: Role): number {
  const x = fixtureFor(t, f);
  const studentId = x.pupils[caller];
  t.db.orm
    .insert(periodMark)
    .values({
      classSubjectId: x.classSubjectId,
      studentId,
      kind: 'quarter',
      number: 1,
      value: '4',
      setAt: t.clock.now().toISOString(),
    })
    .onConflictDoNothing()
    .run();
  return studentId;
}

export const periodMarkSamples: Samples = ({ t, f, caller }) => {
  // The deputy corrects, and every correction carries a reason; the teacher works in the window.
  const reason = caller === 'deputy' ? 'Мугалим катасын оңдоо' : undefined;
  return {
    'periodMarks.sheet': {
      get classSubjectId() {
        return fixtureFor(t, f).classSubjectId;
      },
      kind: 'quarter',
      number: 1,
    },
    'periodMarks.set': {
      get classSubjectId() {
        return fixtureFor(t, f).classSubjectId;
      },
      get studentId() {
        return fixtureFor(t, f).pupils[caller];
      },
      kind: 'quarter',
      number: 1,
      value: '5',
      reason,
    },
    'periodMarks.clear': {
      get classSubjectId() {
        return fixtureFor(t, f).classSubjectId;
      },
      get studentId() {
        return markedPupil(t, f, caller);
      },
      kind: 'quarter',
      number: 1,
      reason,
    },
    'periodMarks.history': {
      get classSubjectId() {
        return fixtureFor(t, f).classSubjectId;
      },
      get studentId() {
        return fixtureFor(t, f).pupils[caller];
      },
      kind: 'quarter',
      number: 1,
    },
  };
};
