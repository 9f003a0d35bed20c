import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  classSubject,
  lesson,
  mark,
  periodMark,
  setting,
  subgroup,
  subgroupMember,
  subject,
  type MarkKind,
} from '../../src-main/db/schema';
import type { PeriodMarkKindCode } from '../../src-main/api/contract/period-marks';
import { periodMarkRulesKey } from '../../src-main/period-marks/rules';
import { insertClass } from '../../src-main/roster/classes';
import { enrol, insertPupil } from '../../src-main/roster/pupils';
import { currentYear } from '../../src-main/school/academic-year';
import {
  FakeClock,
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
 * 8-Б with geometry, 3 hours a week (minimum 4 marks a quarter), taught by the sample teacher, and
 * its subgroup taught by a second teacher with Bekova in it; 2-Б for grade 2's half-year without
 * marks. The school rounds up only from .6. The clock is in the first quarter's window (2025-10-25).
 */

describe('the period-mark sheet', () => {
  let t: TestApp;
  let f: Staffed;
  let other: string;
  let geometry: number;
  let history: number;
  let grade2: number;
  let group: number;
  const p: Record<'asan' | 'bek' | 'left' | 'newcomer' | 'second', number> = {
    asan: 0,
    bek: 0,
    left: 0,
    newcomer: 0,
    second: 0,
  };

  const sheet = (classSubjectId: number, kind: PeriodMarkKindCode, number = 0, token = f.teacher.token) =>
    expectOk(t.call('periodMarks.sheet', { classSubjectId, kind, number }, token));
  const row = (s: ReturnType<typeof sheet>, studentId: number) => s.pupils.find((r) => r.studentId === studentId);
  const givePeriodMark = (
    classSubjectId: number,
    studentId: number,
    kind: PeriodMarkKindCode,
    number: number,
    value: string,
  ) =>
    t.db.orm
      .insert(periodMark)
      .values({ classSubjectId, studentId, kind, number, value, setAt: '2025-10-25T08:00:00.000Z' })
      .run();

  beforeAll(() => {
    t = openTestApp({ clock: new FakeClock(Date.parse('2025-10-25T08:00:00.000Z')) });
    f = staffSchool(t);
    const second = addAccount(t, 'teacher', { login: 'teacher2', surname: 'Жумабаев', name: 'Талант' });
    other = signIn(t, 'teacher2', knownPassword);
    t.db.orm
      .insert(setting)
      .values({ key: periodMarkRulesKey, value: { rounding: { kind: 'threshold', fraction: 0.6 } } })
      .run();
    const year = currentYear(t.db);
    if (!year) throw new Error('no year');
    const c8 = insertClass(t.db, year.id, { grade: 8, letter: 'Б', language: 'ky' }).id;
    const c2 = insertClass(t.db, year.id, { grade: 2, letter: 'Б', language: 'ky' }).id;
    const subjectId = t.db.orm
      .insert(subject)
      .values({ nameKy: 'Геометрия', nameRu: 'Геометрия' })
      .returning()
      .get().id;
    const load = (classId: number, hoursPerWeek: number) =>
      t.db.orm
        .insert(classSubject)
        .values({ classId, subjectId, teacherId: f.teacher.user.staffId, hoursPerWeek })
        .returning()
        .get().id;
    geometry = load(c8, 3);
    history = load(c8, 1);
    grade2 = load(c2, 2);
    group = t.db.orm
      .insert(subgroup)
      .values({ classSubjectId: geometry, name: '1-топ', teacherId: second.staffId })
      .returning()
      .get().id;
    const pupil = (surname: string, classId: number, fromDate: string, toDate?: string) => {
      const id = insertPupil(t.db, {
        surname,
        name: 'Окуучу',
        patronymic: null,
        birthDate: null,
        sex: null,
        pin: null,
        address: null,
      }).id;
      enrol(t.db, id, { classId, fromDate });
      // A departure ends the enrolment (the movement book's job; here by hand).
      if (toDate) t.db.sqlite.prepare('update enrollment set to_date = ? where student_id = ?').run(toDate, id);
      return id;
    };
    p.asan = pupil('Асанов', c8, year.startsOn);
    p.bek = pupil('Бекова', c8, year.startsOn);
    p.left = pupil('Кеткен', c8, year.startsOn, '2025-09-20');
    p.newcomer = pupil('Жаңы', c8, '2025-11-15');
    p.second = pupil('Экинчи', c2, year.startsOn);
    t.db.orm.insert(subgroupMember).values({ subgroupId: group, studentId: p.bek }).run();
    const give = (date: string, studentId: number, value: number, kind: MarkKind = 'general', subgroupId?: number) => {
      const lessonId = t.db.orm
        .insert(lesson)
        .values({ classSubjectId: geometry, date, subgroupId: subgroupId ?? null })
        .returning()
        .get().id;
      t.db.orm
        .insert(mark)
        .values({ lessonId, studentId, value: String(value), numeric: value, kind })
        .run();
    };
    // Asan: (5 + 4 + 4 + 5) / 4 = 4.5 → 4 below the .6 threshold; his November mark is the second quarter's.
    give('2025-09-08', p.asan, 5);
    give('2025-09-15', p.asan, 4);
    give('2025-09-22', p.asan, 4, 'control');
    give('2025-10-13', p.asan, 5, 'write');
    give('2025-11-20', p.asan, 2);
    // Bekova: a class lesson's 3 and her subgroup's written 4: (3 + 4) / 2 = 3.5 → 3.
    give('2025-09-08', p.bek, 3);
    give('2025-10-01', p.bek, 4, 'write', group);
  });
  afterAll(() => t.close());

  it('lists every pupil of the class in the quarter with the proposal from their marks', () => {
    const q1 = sheet(geometry, 'quarter', 1);
    expect(q1.pupils.map((r) => r.studentId)).toEqual([p.asan, p.bek, p.left]);
    expect(q1).toMatchObject({ scale: 'five_point', period: { startsOn: '2025-09-01', endsOn: '2025-10-31' } });
    expect(row(q1, p.asan)).toMatchObject({
      mark: null,
      proposal: { average: 4.5, value: '4' },
      markCount: 4,
      writtenCount: 2,
      minimum: 4,
      warnings: [],
    });
    expect(row(q1, p.bek)).toMatchObject({
      proposal: { average: 3.5, value: '3' },
      markCount: 2,
      writtenCount: 1,
      warnings: [{ code: 'fewMarks', params: { count: 2, minimum: 4 } }],
    });
    expect(row(q1, p.left)?.warnings.map((w) => w.code)).toEqual(['fewMarks', 'noWritten']);
    const q2 = sheet(geometry, 'quarter', 2);
    expect(q2.pupils.map((r) => r.studentId)).toEqual([p.asan, p.bek, p.newcomer]);
    expect(row(q2, p.asan)).toMatchObject({ proposal: { average: 2, value: '2' }, markCount: 1 });
  });

  it('shows a subgroup its own members, and lets their teacher set only their marks', () => {
    const input = { classSubjectId: geometry, subgroupId: group, kind: 'quarter', number: 1 } as const;
    const own = expectOk(t.call('periodMarks.sheet', input, other));
    expect(own.pupils.map((r) => r.studentId)).toEqual([p.bek]);
    expect(own.edit).toMatchObject({ allowed: true, refusal: null });
    // The whole class's column would show the other group's marks: not theirs to read (004 §4.14.13).
    expectError(t.call('periodMarks.sheet', { ...input, subgroupId: undefined }, other), 'FORBIDDEN');
    const set = (studentId: number) =>
      t.call('periodMarks.set', { classSubjectId: geometry, studentId, kind: 'quarter', number: 1, value: '4' }, other);
    expect(expectOk(set(p.bek))).toMatchObject({ value: '4', proposedAverage: 3.5, proposedValue: '3' });
    const error = expectError(set(p.asan), 'INVALID_INPUT');
    expect(error.fields).toEqual([{ path: 'studentId', message: 'validation.periodMarks.notInSubgroup' }]);
    expect(row(sheet(geometry, 'quarter', 1), p.bek)?.mark).toMatchObject({ value: '4' });
  });

  it('proposes the year from the quarter marks, leaving "н/а" out', () => {
    for (const [number, value] of [
      [1, '5'],
      [2, '4'],
      [3, 'н/а'],
      [4, '4'],
    ] as const) {
      givePeriodMark(geometry, p.asan, 'quarter', number, value);
    }
    const year = sheet(geometry, 'year');
    // (5 + 4 + 4) / 3 = 4.33 → 4; the newcomer counts for the year, the pupil who left too.
    expect(year.pupils.map((r) => r.studentId)).toEqual([p.asan, p.bek, p.newcomer, p.left]);
    expect(row(year, p.asan)).toMatchObject({
      proposal: { average: 4.33, value: '4' },
      markCount: 4,
      minimum: null,
      writtenCount: null,
      warnings: [{ code: 'notCertifiedPeriod', params: { count: 1 } }],
    });
    // Bekova has the first quarter's 4 (set above) and three quarters missing.
    expect(row(year, p.bek)).toMatchObject({
      proposal: { average: 4, value: '4' },
      warnings: [{ code: 'missingPeriods', params: { count: 3, expected: 4 } }],
    });
    expect(row(year, p.newcomer)?.proposal).toEqual({ average: null, value: null });
  });

  it('proposes the year from half-year marks where the class subject has no quarter marks', () => {
    givePeriodMark(history, p.asan, 'half_year', 1, '3');
    givePeriodMark(history, p.asan, 'half_year', 2, '4');
    // (3 + 4) / 2 = 3.5 → 3 below the .6 threshold; both half-years expected, both there.
    expect(row(sheet(history, 'year'), p.asan)).toMatchObject({ proposal: { average: 3.5, value: '3' }, warnings: [] });
  });

  it('proposes the final mark from the year and the exam, and none for the exam itself', () => {
    givePeriodMark(geometry, p.asan, 'year', 0, '5');
    givePeriodMark(geometry, p.asan, 'exam', 0, '4');
    givePeriodMark(geometry, p.bek, 'year', 0, '4');
    const final = sheet(geometry, 'final');
    expect(row(final, p.asan)).toMatchObject({ proposal: { average: 4.5, value: '4' }, markCount: 2 });
    expect(row(final, p.bek)).toMatchObject({ proposal: { average: 4, value: '4' }, warnings: [] });
    expect(row(final, p.newcomer)?.warnings).toEqual([{ code: 'noYearMark' }]);
    expect(row(sheet(geometry, 'exam'), p.asan)).toMatchObject({
      proposal: { average: null, value: null },
      warnings: [],
    });
    expect(sheet(geometry, 'final').edit).toMatchObject({ opensOn: '2026-05-17', closesOn: '2026-06-30' });
  });

  it('has no marks in grade 2 until its second half-year, whose quarters alone make the year', () => {
    const q1 = sheet(grade2, 'quarter', 1);
    expect(q1).toMatchObject({ scale: 'none', edit: { allowed: false, refusal: 'noMarks' } });
    expect(row(q1, p.second)).toMatchObject({ proposal: { average: null, value: null }, warnings: [], minimum: null });
    givePeriodMark(grade2, p.second, 'quarter', 3, '5');
    givePeriodMark(grade2, p.second, 'quarter', 4, '5');
    const year = sheet(grade2, 'year');
    expect(year.scale).toBe('five_point');
    expect(row(year, p.second)).toMatchObject({ proposal: { average: 5, value: '5' }, warnings: [] });
  });

  it('refuses an unknown class subject and a subgroup of another one', () => {
    const missing = expectError(
      t.call('periodMarks.sheet', { classSubjectId: 9999, kind: 'quarter', number: 1 }, f.deputy.token),
      'NOT_FOUND',
    );
    expect(missing.fields?.[0]?.message).toBe('validation.periodMarks.classSubjectNotFound');
    const wrong = expectError(
      t.call('periodMarks.sheet', { classSubjectId: history, subgroupId: group, kind: 'year' }, f.deputy.token),
      'NOT_FOUND',
    );
    expect(wrong.fields?.[0]?.message).toBe('validation.periodMarks.subgroupNotFound');
  });
});
