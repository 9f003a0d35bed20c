import { and, eq } from 'drizzle-orm';
import { classSubject, schoolClass, subject } from '../../../src-main/db/schema';
import { currentYear } from '../../../src-main/school/academic-year';
import { insertClass } from '../../../src-main/roster/classes';
import { enrol, insertPupil } from '../../../src-main/roster/pupils';
import type { Role } from '../../../src-main/api/contract';
import type { TestApp } from '../app';
import type { Samples } from './types';

/*
 * The rows these inputs refer to are added when the router first reads an input field (the getters
 * below): a refused call never reads its input, so the router tests that compare snapshots around a
 * refusal see nothing change. Each helper finds its row before adding it, so it runs at most once.
 */

function yearId(t: TestApp): number {
  const year = currentYear(t.db);
  if (!year) throw new Error('the sample school has no current year');
  return year.id;
}

/** A class of the current year with two pupils: 11-А, which no sample creates. */
function sampleClass(t: TestApp): number {
  const found = t.db.orm
    .select({ id: schoolClass.id })
    .from(schoolClass)
    .where(and(eq(schoolClass.yearId, yearId(t)), eq(schoolClass.grade, 11)))
    .get();
  if (found) return found.id;
  const cls = insertClass(t.db, yearId(t), { grade: 11, letter: 'А', language: 'ky' });
  for (const [surname, name] of [
    ['Абдыкадыров', 'Эрлан'],
    ['Бекова', 'Айпери'],
  ] as const) {
    const pupil = insertPupil(t.db, {
      surname,
      name,
      patronymic: null,
      birthDate: '2009-03-01',
      sex: null,
      pin: null,
      address: null,
    });
    enrol(t.db, pupil.id, { classId: cls.id, fromDate: '2025-09-01' });
  }
  return cls.id;
}

function pupilsOf(t: TestApp, classId: number): number[] {
  return (
    t.db.sqlite.prepare('select student_id as id from enrollment where class_id = ? order by id').all(classId) as {
      id: number;
    }[]
  ).map((r) => r.id);
}

function sampleSubject(t: TestApp, nameKy: string): number {
  const found = t.db.orm.select({ id: subject.id }).from(subject).where(eq(subject.nameKy, nameKy)).get();
  if (found) return found.id;
  return t.db.orm
    .insert(subject)
    .values({ nameKy, nameRu: `${nameKy} (ru)` })
    .returning({ id: subject.id })
    .get().id;
}

/** A load line of the sample class in a subject of its own, so that each caller gets a line to work on. */
function sampleLoad(t: TestApp, nameKy: string): number {
  const classId = sampleClass(t);
  const subjectId = sampleSubject(t, nameKy);
  const found = t.db.orm
    .select({ id: classSubject.id })
    .from(classSubject)
    .where(and(eq(classSubject.classId, classId), eq(classSubject.subjectId, subjectId)))
    .get();
  if (found) return found.id;
  return t.db.orm
    .insert(classSubject)
    .values({ classId, subjectId, teacherId: null, hoursPerWeek: 2 })
    .returning({ id: classSubject.id })
    .get().id;
}

/** Class names and subject names that differ by caller: several roles create in one database. */
const letters: Record<Role, string> = { administrator: 'А', deputy: 'Б', director: 'В', teacher: 'Г' };

export const structureSamples: Samples = ({ t, f, caller }) => ({
  'classes.list': {},
  'classes.create': {
    name: `9${letters[caller]}`,
    language: 'ru',
    shift: 2,
    classTeacherId: f.teacher.user.staffId,
  },
  'classes.update': {
    get classId() {
      return sampleClass(t);
    },
    language: caller === 'deputy' ? 'ru' : 'ky',
    shift: 2,
    classTeacherId: f.teacher.user.staffId,
  },
  'subjects.create': { nameKy: `Шахмат ${letters[caller]}`, nameRu: `Шахматы ${letters[caller]}`, shortKy: 'Шахмат' },
  'subjects.update': {
    get subjectId() {
      return sampleSubject(t, 'Черчение');
    },
    shortRu: caller === 'deputy' ? 'Черч.' : 'Черчен.',
    sortOrder: 500,
  },
  'load.list': {
    get classId() {
      return sampleClass(t);
    },
  },
  'load.create': {
    get classId() {
      return sampleClass(t);
    },
    get subjectId() {
      return sampleSubject(t, `Астрономия ${letters[caller]}`);
    },
    teacherId: f.teacher.user.staffId,
    hoursPerWeek: 1.5,
  },
  'load.update': {
    get classSubjectId() {
      return sampleLoad(t, 'Физика');
    },
    teacherId: f.teacher.user.staffId,
    hoursPerWeek: caller === 'deputy' ? 3 : 2.5,
  },
  'load.remove': {
    get classSubjectId() {
      return sampleLoad(t, `Экология ${letters[caller]}`);
    },
  },
  'subgroups.set': {
    get classSubjectId() {
      return sampleLoad(t, 'Англис тили');
    },
    get groups() {
      const [a = 0, b = 0] = pupilsOf(t, sampleClass(t));
      return [
        { name: '1-топ', teacherId: f.teacher.user.staffId, studentIds: caller === 'deputy' ? [b] : [a] },
        { name: '2-топ', teacherId: null, studentIds: caller === 'deputy' ? [a] : [b] },
      ];
    },
  },
});
