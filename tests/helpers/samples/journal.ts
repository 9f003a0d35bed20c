import type { Database } from '../../../src-main/db/connection';
import { classSubject, lesson, mark, subject } from '../../../src-main/db/schema';
import type { Role } from '../../../src-main/api/contract';
import { schoolDay } from '../../../src-main/calendar/school-day';
import { insertClass } from '../../../src-main/roster/classes';
import { enrol, insertPupil } from '../../../src-main/roster/pupils';
import { currentYear } from '../../../src-main/school/academic-year';
import { addAccount, type Staffed, type TestApp } from '../app';
import type { Samples } from './types';

/*
 * A class 10-Ж (5-point scale) with two pupils and one class subject taught by the sample teacher. Made
 * on the first read of an input field (getters below), so a refused call never adds it; each caller
 * then works in a lesson of its own, dated the test clock's school day.
 */

interface Fixture {
  classSubjectId: number;
  pupils: [number, number];
  quarterId: number;
}

const fixtures = new WeakMap<Database, Fixture>();

function fixtureFor(t: TestApp, f: Staffed): Fixture {
  const made = fixtures.get(t.db);
  if (made) return made;
  const year = currentYear(t.db);
  if (!year) throw new Error('The samples need a school with a current year');
  const cls = insertClass(t.db, year.id, { grade: 10, letter: 'Ж', language: 'ky' });
  const subjectId = t.db.orm
    .insert(subject)
    .values({ nameKy: 'Алгебра (үлгү)', nameRu: 'Алгебра (образец)' })
    .returning({ id: subject.id })
    .get().id;
  const classSubjectId = t.db.orm
    .insert(classSubject)
    .values({ classId: cls.id, subjectId, teacherId: f.teacher.user.staffId, hoursPerWeek: 3 })
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
  const today = schoolDay(t.clock.now());
  const quarter = t.db.sqlite
    .prepare(`select id from period where year_id = ? and kind = 'quarter' and starts_on <= ? and ends_on >= ?`)
    .get(year.id, today, today) as { id: number } | undefined;
  if (!quarter) throw new Error('The test clock is outside every quarter');
  const fixture: Fixture = { classSubjectId, pupils: [pupil('Аманов'), pupil('Бекова')], quarterId: quarter.id };
  fixtures.set(t.db, fixture);
  return fixture;
}

/** Lesson numbers by caller: each caller's lesson of today is its own. */
const numbers: Record<Role, number> = { teacher: 1, deputy: 2, director: 3, administrator: 4 };

const lessons = new WeakMap<Database, Map<Role, number>>();

function lessonOf(t: TestApp, f: Staffed, caller: Role): number {
  const byRole = lessons.get(t.db) ?? new Map<Role, number>();
  lessons.set(t.db, byRole);
  const found = byRole.get(caller);
  if (found) return found;
  const x = fixtureFor(t, f);
  const id = t.db.orm
    .insert(lesson)
    .values({
      classSubjectId: x.classSubjectId,
      date: schoolDay(t.clock.now()),
      lessonNumber: numbers[caller],
      topic: 'Квадраттык теңдемелер',
      taughtBy: f.teacher.user.staffId,
    })
    .returning({ id: lesson.id })
    .get().id;
  byRole.set(caller, id);
  return id;
}

/** A test mark in the caller's lesson, for markClear to remove. */
function markOf(t: TestApp, f: Staffed, caller: Role): number {
  const lessonId = lessonOf(t, f, caller);
  const [first] = fixtureFor(t, f).pupils;
  return t.db.orm
    .insert(mark)
    .values({
      lessonId,
      studentId: first,
      value: '4',
      numeric: 4,
      kind: 'test',
      enteredAt: t.clock.now().toISOString(),
    })
    .returning({ id: mark.id })
    .get().id;
}

/** A second teacher, to be planned as the sample class subject's substitute. */
function substituteOf(t: TestApp): number {
  const found = t.db.sqlite.prepare(`select staff_id as id from user where login = 'sample.substitute'`).get() as
    { id: number } | undefined;
  if (found) return found.id;
  const made = addAccount(t, 'teacher', { login: 'sample.substitute', surname: 'Орозова', name: 'Жаңыл' });
  if (made.staffId === null) throw new Error('The substitute has no staff card');
  return made.staffId;
}

/** A planned substitution, for substitutionRemove to take back. */
function substitutionOf(t: TestApp, f: Staffed): number {
  const classSubjectId = fixtureFor(t, f).classSubjectId;
  return Number(
    t.db.sqlite
      .prepare(`insert into substitution (class_subject_id, date, substitute_id) values (?, ?, ?)`)
      .run(classSubjectId, schoolDay(t.clock.now()), substituteOf(t)).lastInsertRowid,
  );
}

export const journalSamples: Samples = ({ t, f, caller }) => {
  // The deputy corrects, and every correction carries a reason; the teacher works in the window.
  const reason = caller === 'deputy' ? 'Мугалим катасын оңдоо' : undefined;
  return {
    'journal.lessonSave': {
      get classSubjectId() {
        return fixtureFor(t, f).classSubjectId;
      },
      get date() {
        return schoolDay(t.clock.now());
      },
      lessonNumber: numbers[caller] + 4,
      topic: 'Функциялар',
      homework: '§12, 3-көнүгүү',
      reason,
    },
    'journal.markSet': {
      get lessonId() {
        return lessonOf(t, f, caller);
      },
      get studentId() {
        return fixtureFor(t, f).pupils[0];
      },
      value: '5',
      kind: 'general',
      reason,
    },
    'journal.markClear': {
      get markId() {
        return markOf(t, f, caller);
      },
      reason,
    },
    'journal.attendanceSet': {
      get lessonId() {
        return lessonOf(t, f, caller);
      },
      get studentId() {
        return fixtureFor(t, f).pupils[1];
      },
      status: 'absent',
      reasonKind: 'ill',
      reason: 'Ооруп калды',
      correctionReason: reason,
    },
    'journal.page': {
      get classSubjectId() {
        return fixtureFor(t, f).classSubjectId;
      },
      get periodId() {
        return fixtureFor(t, f).quarterId;
      },
    },
    'journal.pageVersion': {
      get classSubjectId() {
        return fixtureFor(t, f).classSubjectId;
      },
      get periodId() {
        return fixtureFor(t, f).quarterId;
      },
    },
    'journal.substitutionSet': {
      get classSubjectId() {
        return fixtureFor(t, f).classSubjectId;
      },
      get date() {
        return schoolDay(t.clock.now());
      },
      lessonNumber: 6,
      get substituteId() {
        return substituteOf(t);
      },
      reason: 'Мугалим ооруп калды',
    },
    'journal.substitutionRemove': {
      get substitutionId() {
        return substitutionOf(t, f);
      },
    },
    'journal.substitutions': {
      get classSubjectId() {
        return fixtureFor(t, f).classSubjectId;
      },
    },
    'journal.markHistory': {
      get lessonId() {
        return lessonOf(t, f, caller);
      },
      get studentId() {
        return fixtureFor(t, f).pupils[0];
      },
    },
  };
};
