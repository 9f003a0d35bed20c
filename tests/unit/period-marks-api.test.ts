import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classSubject, lesson, mark, subject } from '../../src-main/db/schema';
import { insertClass } from '../../src-main/roster/classes';
import { enrol, insertPupil } from '../../src-main/roster/pupils';
import { currentYear } from '../../src-main/school/academic-year';
import {
  addAccount,
  auditEntries,
  expectError,
  expectOk,
  knownPassword,
  openTestApp,
  signIn,
  snapshot,
  staffSchool,
  type Staffed,
  type TestApp,
} from '../helpers/app';

/*
 * 7-А with algebra (2 h a week) taught by the sample teacher, 1-А without marks. The first quarter
 * runs 2025-09-01 – 2025-10-31, so the teacher's window is 2025-10-17 – 2025-11-07. The clock starts
 * on Monday 2025-10-06, before it opens.
 */

const day = 86_400_000;
const reason = 'Мугалимдин катасы оңдолду';

describe('setting quarter marks through the API', () => {
  let t: TestApp;
  let f: Staffed;
  let other: { login: string; token: string };
  let algebra: number;
  let grade1: number;
  let asan: number;
  let bek: number;
  let late: number;
  let first: number;

  const q1 = (studentId: number, value: string, extra: { reason?: string } = {}) => ({
    classSubjectId: algebra,
    studentId,
    kind: 'quarter' as const,
    number: 1,
    value,
    ...extra,
  });
  const stored = (studentId: number) =>
    t.db.sqlite
      .prepare(
        `select value, proposed_average as avg, proposed_value as proposed from period_mark where student_id = ?`,
      )
      .get(studentId);
  const advanceDays = (n: number) => {
    t.clock.advance(n * day);
    for (const member of Object.values(f)) member.token = signIn(t, member.login, member.password);
    other.token = signIn(t, other.login, knownPassword);
  };

  beforeAll(() => {
    t = openTestApp();
    f = staffSchool(t);
    addAccount(t, 'teacher', { login: 'teacher2', surname: 'Жумабаев', name: 'Талант' });
    other = { login: 'teacher2', token: signIn(t, 'teacher2', knownPassword) };
    const year = currentYear(t.db);
    if (!year) throw new Error('no year');
    const c7 = insertClass(t.db, year.id, { grade: 7, letter: 'А', language: 'ky' }).id;
    const c1 = insertClass(t.db, year.id, { grade: 1, letter: 'А', language: 'ky' }).id;
    const subjectId = t.db.orm.insert(subject).values({ nameKy: 'Алгебра', nameRu: 'Алгебра' }).returning().get().id;
    const load = (classId: number) =>
      t.db.orm
        .insert(classSubject)
        .values({ classId, subjectId, teacherId: f.teacher.user.staffId, hoursPerWeek: 2 })
        .returning()
        .get().id;
    algebra = load(c7);
    grade1 = load(c1);
    const pupil = (surname: string, classId: number, fromDate = year.startsOn) => {
      const p = insertPupil(t.db, {
        surname,
        name: 'Окуучу',
        patronymic: null,
        birthDate: null,
        sex: null,
        pin: null,
        address: null,
      });
      enrol(t.db, p.id, { classId, fromDate });
      return p.id;
    };
    asan = pupil('Асанов', c7);
    bek = pupil('Бекова', c7);
    late = pupil('Кечки', c7, '2025-11-15');
    first = pupil('Биринчи', c1);
    // Asan: 5, 4 and a control 5 → (5 + 4 + 5) / 3 = 4.67 → 5.
    for (const [date, kind, value] of [
      ['2025-09-10', 'general', 5],
      ['2025-09-17', 'general', 4],
      ['2025-09-24', 'control', 5],
    ] as const) {
      const lessonId = t.db.orm.insert(lesson).values({ classSubjectId: algebra, date }).returning().get().id;
      t.db.orm
        .insert(mark)
        .values({ lessonId, studentId: asan, value: String(value), numeric: value, kind })
        .run();
    }
  });
  afterAll(() => t.close());

  it('refuses the teacher before the window opens, changing nothing', () => {
    const before = snapshot(t.db);
    const error = expectError(t.call('periodMarks.set', q1(asan, '5'), f.teacher.token), 'FORBIDDEN');
    expect(error.params).toEqual({ rule: 'journal.notYet' });
    expect(snapshot(t.db)).toBe(before);
  });

  it('lets the teacher set a mark inside the window, keeping the proposal and auditing it', () => {
    advanceDays(19); // 2025-10-25
    const row = expectOk(t.call('periodMarks.set', q1(asan, '5'), f.teacher.token));
    expect(row).toMatchObject({ value: '5', proposedAverage: 4.67, proposedValue: '5', kind: 'quarter', number: 1 });
    const entry = auditEntries(t.db).at(-1);
    expect(entry).toMatchObject({
      action: 'periodMarks.set',
      entity: 'periodMark',
      entityId: `${algebra}:${asan}:quarter:1`,
      before: null,
      reason: null,
    });
    expect(JSON.parse(entry?.after ?? 'null')).toMatchObject({ value: '5' });
  });

  it('accepts "н/а" however it is typed and stores it one way', () => {
    for (const typed of ['на', 'н\\а', 'Н/А', ' н/а ']) {
      expect(expectOk(t.call('periodMarks.set', q1(bek, typed), f.teacher.token)).value).toBe('н/а');
    }
    // Bek has no marks: nothing to propose, and that is kept too.
    expect(stored(bek)).toEqual({ value: 'н/а', avg: null, proposed: null });
  });

  it('refuses "осв." with its own message and stores nothing', () => {
    const before = snapshot(t.db);
    for (const typed of ['осв.', 'осв', 'Освобождена']) {
      const error = expectError(t.call('periodMarks.set', q1(asan, typed), f.teacher.token), 'INVALID_INPUT');
      expect(error.fields).toEqual([{ path: 'value', message: 'validation.periodMarks.exemptNotAllowed' }]);
    }
    const wrong = expectError(t.call('periodMarks.set', q1(asan, '6'), f.teacher.token), 'INVALID_INPUT');
    expect(wrong.fields?.[0]).toMatchObject({ path: 'value', message: 'validation.journal.markValue' });
    expect(snapshot(t.db)).toBe(before);
    expect(stored(asan)).toMatchObject({ value: '5' });
  });

  it('refuses a grade without marks, a pupil not in the class then, another teacher and the director', () => {
    const before = snapshot(t.db);
    const g1 = { classSubjectId: grade1, studentId: first, kind: 'quarter', number: 1, value: '5' } as const;
    const none = expectError(t.call('periodMarks.set', g1, f.teacher.token), 'INVALID_INPUT');
    expect(none.fields?.[0]).toMatchObject({ path: 'value', message: 'validation.journal.noMarks' });
    const absent = expectError(t.call('periodMarks.set', q1(late, '4'), f.teacher.token), 'INVALID_INPUT');
    expect(absent.fields).toEqual([{ path: 'studentId', message: 'validation.periodMarks.notEnrolled' }]);
    const notOwn = expectError(t.call('periodMarks.set', q1(asan, '4'), other.token), 'FORBIDDEN');
    expect(notOwn.params).toEqual({ rule: 'journal.notOwn' });
    expectError(t.call('periodMarks.set', q1(asan, '4', { reason }), f.director.token), 'FORBIDDEN');
    const key = { classSubjectId: algebra, studentId: asan, kind: 'quarter', number: 1, reason } as const;
    expectError(t.call('periodMarks.clear', key, f.director.token), 'FORBIDDEN');
    expect(snapshot(t.db)).toBe(before);
  });

  it('tells each caller on the sheet whether they may set marks now', () => {
    const sheet = (token: string) =>
      expectOk(t.call('periodMarks.sheet', { classSubjectId: algebra, kind: 'quarter', number: 1 }, token)).edit;
    expect(sheet(f.teacher.token)).toMatchObject({ allowed: true, refusal: null, opensOn: '2025-10-17' });
    expect(sheet(f.deputy.token)).toMatchObject({ allowed: true, reasonRequired: true, reasonMinLength: 5 });
    expect(sheet(f.director.token)).toMatchObject({ allowed: false, refusal: 'notAllowed' });
    expectError(
      t.call('periodMarks.sheet', { classSubjectId: algebra, kind: 'quarter', number: 1 }, other.token),
      'FORBIDDEN',
    );
    const g1 = expectOk(
      t.call('periodMarks.sheet', { classSubjectId: grade1, kind: 'quarter', number: 1 }, f.teacher.token),
    );
    expect(g1).toMatchObject({ scale: 'none', edit: { allowed: false, refusal: 'noMarks' } });
    expect(g1.pupils).toEqual([
      expect.objectContaining({ studentId: first, proposal: { average: null, value: null }, warnings: [] }),
    ]);
  });

  it('refuses the teacher after the window; the deputy needs a reason and succeeds with one', () => {
    advanceDays(14); // 2025-11-08
    const before = snapshot(t.db);
    const passed = expectError(t.call('periodMarks.set', q1(asan, '4'), f.teacher.token), 'FORBIDDEN');
    expect(passed.params).toEqual({ rule: 'journal.dayPassed' });
    for (const given of [undefined, 'ok']) {
      const error = expectError(t.call('periodMarks.set', q1(asan, '4', { reason: given }), f.deputy.token));
      expect(error.fields).toEqual([{ path: 'reason', message: 'validation.journal.reasonRequired' }]);
    }
    expect(snapshot(t.db)).toBe(before);
    expect(expectOk(t.call('periodMarks.set', q1(asan, '4', { reason }), f.deputy.token)).value).toBe('4');
    expect(stored(asan)).toEqual({ value: '4', avg: 4.67, proposed: '5' });
  });

  it('clears under the same rule and shows every change with its reason, oldest first', () => {
    const key = { classSubjectId: algebra, studentId: asan, kind: 'quarter', number: 1 } as const;
    expectError(t.call('periodMarks.clear', key, f.teacher.token), 'FORBIDDEN');
    expect(expectOk(t.call('periodMarks.clear', { ...key, reason }, f.deputy.token))).toBeNull();
    expect(stored(asan)).toBeUndefined();
    const again = expectError(t.call('periodMarks.clear', { ...key, reason }, f.deputy.token), 'NOT_FOUND');
    expect(again.fields?.[0]?.message).toBe('validation.periodMarks.markNotFound');

    const history = expectOk(t.call('periodMarks.history', key, f.teacher.token));
    expect(history.map((h) => [h.action, h.actor, h.reason])).toEqual([
      ['periodMarks.set', 'teacher', null],
      ['periodMarks.set', 'deputy', reason],
      ['periodMarks.clear', 'deputy', reason],
    ]);
    expect(history[0]).toMatchObject({ before: null, after: { value: '5' } });
    expect(history[1]).toMatchObject({ before: { value: '5' }, after: { value: '4' } });
    expect(history[2]).toMatchObject({ before: { value: '4' }, after: null });
    // Bek's н/а changes are his own history, not Asan's.
    expect(expectOk(t.call('periodMarks.history', { ...key, studentId: bek }, f.director.token))).toHaveLength(4);
    expectError(t.call('periodMarks.history', key, other.token), 'FORBIDDEN');
  });

  it('refuses a quarter number the kind does not have, and every change in a closed year', () => {
    const bad = expectError(t.call('periodMarks.set', { ...q1(asan, '5'), number: 5 }, f.teacher.token));
    expect(bad.code).toBe('INVALID_INPUT');
    const year = expectError(t.call('periodMarks.set', { ...q1(asan, '5'), kind: 'year' }, f.teacher.token));
    expect(year.fields).toEqual([{ path: 'number', message: 'validation.periodMarks.number' }]);
    t.db.sqlite.prepare(`update academic_year set state = 'closed'`).run();
    const before = snapshot(t.db);
    expectError(t.call('periodMarks.set', q1(asan, '5', { reason }), f.deputy.token), 'YEAR_CLOSED');
    expect(snapshot(t.db)).toBe(before);
    const sheet = expectOk(
      t.call('periodMarks.sheet', { classSubjectId: algebra, kind: 'quarter', number: 1 }, f.deputy.token),
    );
    expect(sheet.edit).toMatchObject({ allowed: false, refusal: 'yearClosed' });
  });
});
