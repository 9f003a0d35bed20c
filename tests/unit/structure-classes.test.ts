import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { enrol, insertPupil } from '../../src-main/roster/pupils';
import {
  addAccount,
  auditEntries,
  expectError,
  expectOk,
  openTestApp,
  snapshot,
  staffSchool,
  type Staffed,
  type TestApp,
} from '../helpers/app';

function pupil(t: TestApp, surname: string) {
  return insertPupil(t.db, {
    surname,
    name: 'Айбек',
    patronymic: null,
    birthDate: null,
    sex: 'm',
    pin: null,
    address: null,
  });
}

describe('classes of a year', () => {
  let t: TestApp;
  let f: Staffed;

  beforeEach(() => {
    t = openTestApp();
    f = staffSchool(t);
  });
  afterEach(() => t.close());

  const token = () => f.deputy.token;

  it('stores "7B" with a Latin B as 7-В and refuses it again under every spelling', () => {
    const created = expectOk(t.call('classes.create', { name: '7B', language: 'ky' }, token()));
    expect(created).toMatchObject({ name: '7-В', grade: 7, letter: 'В', shift: 1, classTeacher: null, pupilCount: 0 });
    const before = snapshot(t.db);
    for (const name of ['7B', '7-В', '7 в', '7в', '7-b']) {
      const error = expectError(t.call('classes.create', { name, language: 'ru' }, token()), 'CONFLICT');
      expect(error.fields).toEqual([{ path: 'name', message: 'validation.class.exists', params: { name: '7-В' } }]);
    }
    const bad = expectError(t.call('classes.create', { name: '13-А', language: 'ru' }, token()), 'INVALID_INPUT');
    expect(bad.fields).toEqual([{ path: 'name', message: 'validation.class.name' }]);
    expect(snapshot(t.db)).toBe(before);
    const entry = auditEntries(t.db).at(-1);
    expect(entry).toMatchObject({ action: 'classes.create', entity: 'class', entityId: String(created.id) });
  });

  it('lists by grade, then letter in Kyrgyz order, with teacher and today’s pupils', () => {
    for (const name of ['10-А', '5-Ө', '5-П', '5-О', '5-А']) {
      expectOk(t.call('classes.create', { name, language: 'ky' }, token()));
    }
    const fiveA = expectOk(t.call('classes.list', {}, token())).find((c) => c.name === '5-А');
    if (!fiveA) expect.fail('5-А is missing');
    expectOk(
      t.call('classes.update', { classId: fiveA.id, classTeacherId: f.teacher.user.staffId, shift: 2 }, token()),
    );
    // Today is 2025-10-06: one pupil in, one left last week, one arriving next week.
    enrol(t.db, pupil(t, 'Асанов').id, { classId: fiveA.id, fromDate: '2025-09-01' });
    const left = pupil(t, 'Бекова');
    enrol(t.db, left.id, { classId: fiveA.id, fromDate: '2025-09-01' });
    t.db.sqlite.prepare('update enrollment set to_date = ? where student_id = ?').run('2025-09-30', left.id);
    enrol(t.db, pupil(t, 'Сейитов').id, { classId: fiveA.id, fromDate: '2025-10-13' });

    const list = expectOk(t.call('classes.list', undefined, f.teacher.token));
    expect(list.map((c) => c.name)).toEqual(['5-А', '5-О', '5-Ө', '5-П', '10-А']);
    expect(list[0]).toMatchObject({
      shift: 2,
      pupilCount: 1,
      classTeacher: { staffId: f.teacher.user.staffId, fullName: 'Үсөнова Айнура' },
    });
  });

  it('updates letter, language, shift and teacher, refusing a twin letter and an unknown teacher', () => {
    const a = expectOk(t.call('classes.create', { name: '6А', language: 'ky' }, token()));
    expectOk(t.call('classes.create', { name: '6Б', language: 'ky' }, token()));
    const updated = expectOk(t.call('classes.update', { classId: a.id, letter: 'c', language: 'ru' }, token()));
    expect(updated).toMatchObject({ name: '6-С', language: 'ru' });
    const entry = auditEntries(t.db).at(-1);
    expect(JSON.parse(entry?.before ?? '{}')).toMatchObject({ name: '6-А', language: 'ky' });
    expect(JSON.parse(entry?.after ?? '{}')).toMatchObject({ name: '6-С', language: 'ru' });

    const before = snapshot(t.db);
    const twin = expectError(t.call('classes.update', { classId: a.id, letter: 'б' }, token()), 'CONFLICT');
    expect(twin.fields?.[0]).toMatchObject({ path: 'letter', message: 'validation.class.exists' });
    const nobody = expectError(
      t.call('classes.update', { classId: a.id, classTeacherId: 999 }, token()),
      'INVALID_INPUT',
    );
    expect(nobody.fields).toEqual([{ path: 'classTeacherId', message: 'validation.staff.unknown' }]);
    expectError(t.call('classes.update', { classId: 999, shift: 2 }, token()), 'NOT_FOUND');
    expect(snapshot(t.db)).toBe(before);
    // The same letter again is the class itself, not a twin.
    expectOk(t.call('classes.update', { classId: a.id, letter: 'C' }, token()));
  });

  it('reads other years by id and refuses to add a class to a closed year', () => {
    const old = t.db.sqlite
      .prepare(
        `insert into academic_year (title, starts_on, ends_on, state) values ('2020–2021', '2020-09-01', '2021-05-31', 'closed') returning id`,
      )
      .get() as { id: number };
    expect(expectOk(t.call('classes.list', { yearId: old.id }, token()))).toEqual([]);
    const before = snapshot(t.db);
    expectError(t.call('classes.create', { yearId: old.id, name: '5А', language: 'ky' }, token()), 'YEAR_CLOSED');
    expect(snapshot(t.db)).toBe(before);
  });

  it('lists active staff for the pickers, with whether they can sign in', () => {
    addAccount(t, 'teacher', { login: 'gone', surname: 'Жумабаева', name: 'Гүлзат' });
    t.db.sqlite.prepare(`update staff set active = 0 where surname = 'Жумабаева'`).run();
    t.db.sqlite.prepare(`insert into staff (surname, name, position) values ('Ңаматов', 'Азамат', 'күзөтчү')`).run();
    const staff = expectOk(t.call('staff.list', undefined, f.teacher.token));
    expect(staff.map((s) => s.surname)).toEqual(['Бакиев', 'Ңаматов', 'Осмонов', 'Садыкова', 'Үсөнова']);
    expect(staff.find((s) => s.surname === 'Ңаматов')).toMatchObject({
      hasAccount: false,
      role: null,
      position: 'күзөтчү',
      fullName: 'Ңаматов Азамат',
    });
    expect(staff.find((s) => s.surname === 'Осмонов')).toMatchObject({ hasAccount: true, role: 'deputy' });
  });
});
