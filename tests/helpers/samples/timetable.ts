import type { Database } from '../../../src-main/db/connection';
import { classSubject, subject } from '../../../src-main/db/schema';
import { schoolDay } from '../../../src-main/calendar/school-day';
import { insertClass } from '../../../src-main/roster/classes';
import { currentYear } from '../../../src-main/school/academic-year';
import type { ApiResult } from '../../../src-main/api/contract';
import { addAccount, expectOk, type Staffed, type TestApp } from '../app';
import type { Samples } from './types';

/*
 * A class 9-Ү with one class subject taught by the sample teacher, made on the first read of an input
 * field (the getters below) so that a refused call adds nothing. A save starts the week on the test
 * clock's school day; saving it again from that day replaces it, so every permitted role succeeds.
 */

interface Fixture {
  classId: number;
  classSubjectId: number;
}

const fixtures = new WeakMap<Database, Fixture>();

function fixtureFor(t: TestApp, f: Staffed): Fixture {
  const made = fixtures.get(t.db);
  if (made) return made;
  const year = currentYear(t.db);
  if (!year) throw new Error('The samples need a school with a current year');
  const cls = insertClass(t.db, year.id, { grade: 9, letter: 'Ү', language: 'ky' });
  const subjectId = t.db.orm
    .insert(subject)
    .values({ nameKy: 'Геометрия (үлгү)', nameRu: 'Геометрия (образец)' })
    .returning({ id: subject.id })
    .get().id;
  const classSubjectId = t.db.orm
    .insert(classSubject)
    .values({ classId: cls.id, subjectId, teacherId: f.teacher.user.staffId, hoursPerWeek: 2 })
    .returning({ id: classSubject.id })
    .get().id;
  const fixture = { classId: cls.id, classSubjectId };
  fixtures.set(t.db, fixture);
  return fixture;
}

export const timetableSamples: Samples = ({ t, f }) => {
  const week = () => ({
    get classId() {
      return fixtureFor(t, f).classId;
    },
    get validFrom() {
      return schoolDay(t.clock.now());
    },
    get slots() {
      const { classSubjectId } = fixtureFor(t, f);
      return [
        { weekday: 1, lessonNumber: 2, classSubjectId, room: '21' },
        { weekday: 4, lessonNumber: 3, classSubjectId },
      ];
    },
  });
  return {
    'timetable.ofClass': {
      get classId() {
        return fixtureFor(t, f).classId;
      },
    },
    'timetable.save': week(),
    'timetable.check': week(),
    'timetable.ofTeacher': {
      get staffId() {
        return f.teacher.user.staffId;
      },
    },
  };
};

// ---------------------------------------------------------------------------------------------
// A small school for the timetable's own tests, built through the API as the deputy would.

export interface TimetableSchool {
  /** Үсөнова Айнура (the sample teacher), Асанов Бакыт, Бекова Жылдыз. */
  staff: { usonova: number; asanov: number; bekova: number };
  /** 7-А and 7-Б in the first shift, 8-А in the second. */
  classes: { a7: number; b7: number; a8: number };
  /** Class subjects: 7-А algebra (3 h, Үсөнова), Russian (2 h, Асанов), English (2 h, in two subgroups). */
  load: {
    algebraA7: number;
    russianA7: number;
    englishA7: number;
    algebraB7: number;
    russianB7: number;
    algebraA8: number;
  };
  /** English in 7-А: 1-топ with Асанов, 2-топ with Бекова. */
  groups: { first: number; second: number };
}

export function timetableSchool(t: TestApp, f: Staffed): TimetableSchool {
  const token = f.deputy.token;
  const ok = <T>(r: ApiResult<T>): T => expectOk(r);
  const asanov = addAccount(t, 'teacher', { login: 'asanov', surname: 'Асанов', name: 'Бакыт' }).staffId;
  const bekova = addAccount(t, 'teacher', { login: 'bekova', surname: 'Бекова', name: 'Жылдыз' }).staffId;
  const usonova = f.teacher.user.staffId;
  const cls = (name: string, shift: 1 | 2) => ok(t.call('classes.create', { name, language: 'ky', shift }, token)).id;
  const classes = { a7: cls('7-А', 1), b7: cls('7-Б', 1), a8: cls('8-А', 2) };
  const subj = (nameKy: string, nameRu: string) => ok(t.call('subjects.create', { nameKy, nameRu }, token)).id;
  const algebra = subj('Алгебра', 'Алгебра');
  const russian = subj('Орус тили', 'Русский язык');
  const english = subj('Англис тили', 'Английский язык');
  const line = (classId: number, subjectId: number, teacherId: number | null, hoursPerWeek: number) =>
    ok(t.call('load.create', { classId, subjectId, teacherId, hoursPerWeek }, token)).id;
  const englishA7 = line(classes.a7, english, null, 2);
  const split = ok(
    t.call(
      'subgroups.set',
      {
        classSubjectId: englishA7,
        groups: [
          { name: '1-топ', teacherId: asanov, studentIds: [] },
          { name: '2-топ', teacherId: bekova, studentIds: [] },
        ],
      },
      token,
    ),
  );
  const [first, second] = split.subgroups.map((g) => g.id);
  if (first === undefined || second === undefined) throw new Error('subgroups.set made no groups');
  return {
    staff: { usonova, asanov, bekova },
    classes,
    load: {
      algebraA7: line(classes.a7, algebra, usonova, 3),
      russianA7: line(classes.a7, russian, asanov, 2),
      englishA7,
      algebraB7: line(classes.b7, algebra, usonova, 3),
      russianB7: line(classes.b7, russian, asanov, 2),
      algebraA8: line(classes.a8, algebra, usonova, 3),
    },
    groups: { first, second },
  };
}
