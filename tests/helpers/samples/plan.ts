import type { Database } from '../../../src-main/db/connection';
import { classSubject, lesson as lessonTable, planTopic, subgroup, subject } from '../../../src-main/db/schema';
import { findClassByName, insertClass } from '../../../src-main/roster/classes';
import { currentYear } from '../../../src-main/school/academic-year';
import { addAccount, knownPassword, signIn, type Staffed, type TestApp } from '../app';
import type { Samples } from './types';

/*
 * Two classes of one parallel, 9-Ю and 9-Я, with physics taught by the sample teacher (2 hours a
 * week); 9-Я's plan has one topic to copy. Made on the first read of an input field (the getters), so
 * a refused call adds nothing.
 */

interface Fixture {
  target: number;
  source: number;
  quarterId: number;
}

const fixtures = new WeakMap<Database, Fixture>();

function fixtureFor(t: TestApp, f: Staffed): Fixture {
  const made = fixtures.get(t.db);
  if (made) return made;
  const year = currentYear(t.db);
  if (!year) throw new Error('The plan samples need a school with a current year');
  const physics = t.db.orm
    .insert(subject)
    .values({ nameKy: 'Физика (план үлгүсү)', nameRu: 'Физика (образец плана)' })
    .returning({ id: subject.id })
    .get().id;
  const load = (letter: string) => {
    const cls =
      findClassByName(t.db, year.id, `9-${letter}`) ?? insertClass(t.db, year.id, { grade: 9, letter, language: 'ky' });
    return t.db.orm
      .insert(classSubject)
      .values({ classId: cls.id, subjectId: physics, teacherId: f.teacher.user.staffId, hoursPerWeek: 2 })
      .returning({ id: classSubject.id })
      .get().id;
  };
  const fixture: Fixture = { target: load('Ю'), source: load('Я'), quarterId: 0 };
  t.db.orm
    .insert(planTopic)
    .values({ classSubjectId: fixture.source, position: 1, title: 'Кыймыл жана күч', hours: 2, plannedDate: null })
    .run();
  const quarter = t.db.sqlite
    .prepare(`select id from period where year_id = ? and kind = 'quarter' order by number limit 1`)
    .get(year.id) as { id: number } | undefined;
  if (!quarter) throw new Error('The current year has no quarters');
  fixture.quarterId = quarter.id;
  fixtures.set(t.db, fixture);
  return fixture;
}

/** A two-line plan as Excel saves a CSV in Kyrgyz Windows (semicolons). */
const csv = Buffer.from('Темасы;Саат\nКиришүү;1\nЫлдамдык;2\n', 'utf8').toString('base64');

export const planSamples: Samples = ({ t, f }) => ({
  'plan.get': {
    get classSubjectId() {
      return fixtureFor(t, f).target;
    },
  },
  'plan.save': {
    get classSubjectId() {
      return fixtureFor(t, f).target;
    },
    topics: [
      { title: 'Механикалык кыймыл', hours: 2, plannedDate: '2025-09-03' },
      { title: 'Ылдамдык', hours: 1.5, section: 'Кинематика' },
    ],
  },
  'plan.import': {
    get classSubjectId() {
      return fixtureFor(t, f).target;
    },
    fileName: 'план.csv',
    contentBase64: csv,
    apply: true,
  },
  'plan.copy': {
    get fromClassSubjectId() {
      return fixtureFor(t, f).source;
    },
    get toClassSubjectId() {
      return fixtureFor(t, f).target;
    },
    replace: true,
  },
  'plan.completion': {
    get periodId() {
      return fixtureFor(t, f).quarterId;
    },
  },
  'plan.overview': {},
});

// ---------------------------------------------------------------------------------------------
// The plan tests' school

export interface PlanSchool {
  yearId: number;
  /** A second teacher, signed in. */
  other: { token: string; staffId: number };
  /** Class subjects: mathematics in 5-А (the sample teacher), 5-Б (the other teacher), 6-А and 1-А (sample teacher). */
  math5a: number;
  math5b: number;
  math6a: number;
  math1a: number;
  /** History in 5-Б, 1 hour a week (the sample teacher): another subject of the parallel. */
  history5b: number;
  /** English in 5-А, the sample teacher's line split in two groups: group 1 the other teacher's, group 2 theirs. */
  english5a: number;
  group1: number;
  group2: number;
}

/** The school of the plan tests: every class subject 2 hours a week unless said otherwise. */
export function planSchool(t: TestApp, f: Staffed): PlanSchool {
  const year = currentYear(t.db);
  if (!year) throw new Error('The plan tests need a school with a current year');
  const row = addAccount(t, 'teacher', { login: 'teacher2', surname: 'Жумабаев', name: 'Талант' });
  const other = { token: signIn(t, 'teacher2', knownPassword), staffId: row.staffId };
  const teacher = f.teacher.user.staffId;
  const subjectId = (nameKy: string, nameRu: string) =>
    t.db.orm.insert(subject).values({ nameKy, nameRu }).returning({ id: subject.id }).get().id;
  const [math, history, english] = [
    subjectId('Математика', 'Математика'),
    subjectId('Тарых', 'История'),
    subjectId('Англис тили', 'Английский язык'),
  ];
  const cls = (grade: number, letter: string) => insertClass(t.db, year.id, { grade, letter, language: 'ky' }).id;
  const [c5a, c5b, c6a, c1a] = [cls(5, 'А'), cls(5, 'Б'), cls(6, 'А'), cls(1, 'А')];
  const load = (classId: number, sid: number, teacherId: number, hoursPerWeek = 2) =>
    t.db.orm
      .insert(classSubject)
      .values({ classId, subjectId: sid, teacherId, hoursPerWeek })
      .returning({ id: classSubject.id })
      .get().id;
  const english5a = load(c5a, english, teacher);
  const group = (name: string, teacherId: number) =>
    t.db.orm
      .insert(subgroup)
      .values({ classSubjectId: english5a, name, teacherId })
      .returning({ id: subgroup.id })
      .get().id;
  return {
    yearId: year.id,
    other,
    math5a: load(c5a, math, teacher),
    math5b: load(c5b, math, other.staffId),
    math6a: load(c6a, math, teacher),
    math1a: load(c1a, math, teacher),
    history5b: load(c5b, history, teacher, 1),
    english5a,
    group1: group('1-топ', other.staffId),
    group2: group('2-топ', teacher),
  };
}

/** A lesson row straight into the journal (the journal's own rules are not what these tests are about). */
export function addLesson(
  t: TestApp,
  lesson: { classSubjectId: number; date: string; planTopicId?: number | null; subgroupId?: number | null },
): number {
  return t.db.orm
    .insert(lessonTable)
    .values({
      classSubjectId: lesson.classSubjectId,
      subgroupId: lesson.subgroupId ?? null,
      date: lesson.date,
      planTopicId: lesson.planTopicId ?? null,
      topic: 'Сабак',
    })
    .returning({ id: lessonTable.id })
    .get().id;
}
