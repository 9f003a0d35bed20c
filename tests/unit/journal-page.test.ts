import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  attendance,
  classSubject,
  enrollment,
  lesson,
  mark,
  periodMark,
  subgroup,
  subgroupMember,
  subject,
} from '../../src-main/db/schema';
import { insertClass } from '../../src-main/roster/classes';
import { enrol, insertPupil } from '../../src-main/roster/pupils';
import { currentYear } from '../../src-main/school/academic-year';
import { eq } from 'drizzle-orm';
import {
  addAccount,
  expectError,
  expectOk,
  knownPassword,
  openTestApp,
  signIn,
  staffSchool,
  type Staffed,
  type TestApp,
} from '../helpers/app';

/*
 * 6-Б in the first quarter (2025-09-01 – 2025-10-31): Асанов all along, Бекова who arrived on
 * 2025-10-01, Жапаров who left on 2025-09-20, and two who are not on the page: one who left in
 * August's days before the quarter and one who arrives after it.
 */
describe('journal.page', () => {
  let t: TestApp;
  let f: Staffed;
  let cs: number;
  let quarter: number;
  let pupils: Record<'asan' | 'bek' | 'jap' | 'gone' | 'future', number>;
  let lessons: number[];
  let otherToken: string;
  let otherCs: number;
  let group: number;

  beforeAll(() => {
    t = openTestApp();
    f = staffSchool(t);
    const year = currentYear(t.db);
    if (!year) throw new Error('no year');
    quarter = (
      t.db.sqlite
        .prepare(`select id from period where year_id = ? and kind = 'quarter' and number = 1`)
        .get(year.id) as {
        id: number;
      }
    ).id;
    const cls = insertClass(t.db, year.id, { grade: 6, letter: 'Б', language: 'ru' }).id;
    const sid = t.db.orm.insert(subject).values({ nameKy: 'Физика', nameRu: 'Физика' }).returning().get().id;
    cs = t.db.orm
      .insert(classSubject)
      .values({ classId: cls, subjectId: sid, teacherId: f.teacher.user.staffId, hoursPerWeek: 2 })
      .returning()
      .get().id;
    const other = addAccount(t, 'teacher', { login: 'teacher2' });
    otherToken = signIn(t, 'teacher2', knownPassword);
    otherCs = t.db.orm
      .insert(classSubject)
      .values({ classId: cls, subjectId: sid, teacherId: other.staffId, hoursPerWeek: 1 })
      .returning()
      .get().id;
    const pupil = (surname: string, from: string, to: string | null = null) => {
      const p = insertPupil(t.db, {
        surname,
        name: 'Окуучу',
        patronymic: null,
        birthDate: null,
        sex: null,
        pin: null,
        address: null,
      }).id;
      enrol(t.db, p, { classId: cls, fromDate: from });
      if (to) t.db.orm.update(enrollment).set({ toDate: to }).where(eq(enrollment.studentId, p)).run();
      return p;
    };
    pupils = {
      bek: pupil('Бекова', '2025-10-01'),
      asan: pupil('Асанов', '2025-09-01'),
      jap: pupil('Жапаров', '2025-09-01', '2025-09-20'),
      gone: pupil('Кеткен', '2025-08-25', '2025-08-31'),
      future: pupil('Келе элек', '2025-11-15'),
    };
    const addLesson = (date: string, n: number, subgroupId: number | null = null) =>
      t.db.orm
        .insert(lesson)
        .values({
          classSubjectId: cs,
          subgroupId,
          date,
          lessonNumber: n,
          topic: `Тема ${date}`,
          taughtBy: f.teacher.user.staffId,
        })
        .returning()
        .get().id;
    // Out of date order on purpose; one lesson after the quarter.
    lessons = [
      addLesson('2025-10-02', 3),
      addLesson('2025-09-10', 2),
      addLesson('2025-09-10', 1),
      addLesson('2025-11-12', 1),
    ];
    group = t.db.orm.insert(subgroup).values({ classSubjectId: cs, name: '1-группа' }).returning().get().id;
    t.db.orm.insert(subgroupMember).values({ subgroupId: group, studentId: pupils.asan }).run();
    addLesson('2025-09-15', 4, group);
    const [oct, sepLate, sepEarly, nov] = lessons as [number, number, number, number];
    const addMark = (lessonId: number, studentId: number, value: string, kind: 'general' | 'control' = 'general') =>
      t.db.orm
        .insert(mark)
        .values({ lessonId, studentId, value, numeric: Number(value), kind })
        .run();
    addMark(sepEarly, pupils.asan, '5');
    addMark(sepLate, pupils.asan, '4', 'control');
    addMark(oct, pupils.asan, '4');
    addMark(oct, pupils.bek, '3');
    addMark(sepEarly, pupils.jap, '2');
    addMark(nov, pupils.asan, '2');
    t.db.orm.insert(attendance).values({ lessonId: oct, studentId: pupils.bek, status: 'late', lateMinutes: 7 }).run();
    t.db.orm
      .insert(periodMark)
      .values({
        classSubjectId: cs,
        studentId: pupils.asan,
        kind: 'quarter',
        number: 1,
        value: '4',
        setAt: '2025-10-31',
        proposedValue: '4',
        proposedAverage: 4.33,
      })
      .run();
  });
  afterAll(() => t.close());

  it('shows the pupils of the period with their spans, lessons in order, cells and period marks', () => {
    const page = expectOk(t.call('journal.page', { classSubjectId: cs, periodId: quarter }, f.teacher.token));
    expect(page).toMatchObject({ className: '6-Б', subject: { nameRu: 'Физика' } });
    expect(page.period).toMatchObject({ kind: 'quarter', number: 1, startsOn: '2025-09-01', endsOn: '2025-10-31' });
    expect(page.pupils.map((p) => [p.surname, p.spans, p.average, p.markCount])).toEqual([
      ['Асанов', [{ from: '2025-09-01', to: null }], 4.33, 3],
      ['Бекова', [{ from: '2025-10-01', to: null }], 3, 1],
      ['Жапаров', [{ from: '2025-09-01', to: '2025-09-20' }], 2, 1],
    ]);
    // Whole-class lessons only (the subgroup's lesson is on the subgroup's page), in date and number order.
    expect(page.lessons.map((l) => [l.date, l.lessonNumber])).toEqual([
      ['2025-09-10', 1],
      ['2025-09-10', 2],
      ['2025-10-02', 3],
    ]);
    expect(page.marks).toHaveLength(5);
    expect(page.marks.find((m) => m.kind === 'control')).toMatchObject({ studentId: pupils.asan, value: '4' });
    expect(page.attendance).toEqual([
      {
        lessonId: lessons[0],
        studentId: pupils.bek,
        status: 'late',
        reasonKind: 'unexcused',
        reason: null,
        lateMinutes: 7,
      },
    ]);
    expect(page.periodMarks).toEqual([
      { studentId: pupils.asan, value: '4', proposedValue: '4', proposedAverage: 4.33 },
    ]);
  });

  it("shows a subgroup's members with its own lessons and the whole class's", () => {
    const page = expectOk(
      t.call('journal.page', { classSubjectId: cs, subgroupId: group, periodId: quarter }, f.director.token),
    );
    expect(page.pupils.map((p) => p.studentId)).toEqual([pupils.asan]);
    expect(page.lessons.map((l) => l.date)).toEqual(['2025-09-10', '2025-09-10', '2025-09-15', '2025-10-02']);
  });

  it('lets the deputy and the director read any page, a teacher only their own, and refuses bad ids', () => {
    expectOk(t.call('journal.page', { classSubjectId: otherCs, periodId: quarter }, f.deputy.token));
    expectOk(t.call('journal.page', { classSubjectId: otherCs, periodId: quarter }, otherToken));
    expect(
      expectError(t.call('journal.page', { classSubjectId: otherCs, periodId: quarter }, f.teacher.token), 'FORBIDDEN')
        .params,
    ).toEqual({ rule: 'journal.notOwn' });
    expectError(t.call('journal.page', { classSubjectId: cs, periodId: quarter }, f.administrator.token), 'FORBIDDEN');
    expectError(t.call('journal.page', { classSubjectId: cs, periodId: 9999 }, f.teacher.token), 'NOT_FOUND');
    expectError(t.call('journal.page', { classSubjectId: 9999, periodId: quarter }, f.teacher.token), 'NOT_FOUND');
  });
});
