import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertClass } from '../../src-main/roster/classes';
import { currentYear } from '../../src-main/school/academic-year';
import {
  auditEntries,
  expectError,
  expectOk,
  openTestApp,
  snapshot,
  staffSchool,
  type Staffed,
  type TestApp,
} from '../helpers/app';

/** Pupils' cards and class lists through the router, on a real database; the clock says 6 October 2025. */
describe('pupils’ cards', () => {
  let t: TestApp;
  let f: Staffed;
  let ownClass: number;
  let otherClass: number;

  beforeEach(() => {
    t = openTestApp();
    f = staffSchool(t);
    const year = currentYear(t.db);
    if (!year) throw new Error('no year');
    ownClass = insertClass(t.db, year.id, {
      grade: 7,
      letter: 'А',
      language: 'ky',
      classTeacherId: f.teacher.user.staffId,
    }).id;
    otherClass = insertClass(t.db, year.id, { grade: 7, letter: 'Б', language: 'ru' }).id;
  });
  afterEach(() => t.close());

  const card = {
    surname: 'Асанов',
    name: 'Нурбек',
    patronymic: 'Бакыт уулу',
    birthDate: '2012-05-14',
    sex: 'm' as const,
    pin: '21405201250012',
    address: 'Бишкек ш., Токтогул к., 12',
  };
  const guardians = [{ fullName: 'Асанова Гүлзат', relation: 'апасы', phone: '+996 (555) 12-34-56' }];

  /** Expects the call refused with `code` and the DB untouched; returns the error. */
  function refusedUnchanged(attempt: () => ReturnType<TestApp['call']>, code: Parameters<typeof expectError>[1]) {
    const before = snapshot(t.db);
    const error = expectError(attempt(), code);
    expect(snapshot(t.db)).toBe(before);
    return error;
  }

  it('creates a pupil with a Kyrgyz patronymic and guardians, lists them and audits the write', () => {
    const made = expectOk(t.call('students.create', { classId: ownClass, card, guardians }, f.deputy.token));
    expect(made.card).toEqual(card);
    expect(made.guardians).toEqual(guardians);
    expect(made.current).toMatchObject({ classId: ownClass, className: '7-А', fromDate: '2025-09-01' });
    expect(made.movement).toHaveLength(1);

    const list = expectOk(t.call('students.list', { classId: ownClass }, f.teacher.token));
    expect(list).toMatchObject({ className: '7-А', onDate: '2025-10-06' });
    expect(list.pupils).toEqual([
      {
        studentId: made.studentId,
        ...card,
        phones: ['+996 (555) 12-34-56'],
        enrolledFrom: '2025-09-01',
        enrolledTo: null,
      },
    ]);

    const entries = auditEntries(t.db).filter((e) => e.action === 'students.create');
    expect(entries.map((e) => e.entity)).toEqual(['student', 'enrollment']);
    expect(JSON.parse(entries[0]?.after ?? 'null')).toMatchObject({
      card: { pin: card.pin, patronymic: 'Бакыт уулу' },
    });
  });

  it('updates a card, replacing guardians, with before → after in the audit trail', () => {
    const made = expectOk(t.call('students.create', { classId: ownClass, card, guardians }, f.deputy.token));
    const changed = { ...card, address: 'Ош ш., Ленин к., 5', patronymic: undefined };
    const updated = expectOk(
      t.call(
        'students.update',
        { studentId: made.studentId, card: changed, guardians: [{ fullName: 'Асанов Бакыт', phone: '0700123456' }] },
        f.administrator.token,
      ),
    );
    expect(updated.card).toMatchObject({ address: 'Ош ш., Ленин к., 5', patronymic: null });
    expect(updated.guardians).toEqual([{ fullName: 'Асанов Бакыт', relation: null, phone: '0700123456' }]);
    const entry = auditEntries(t.db).find((e) => e.action === 'students.update');
    expect(JSON.parse(entry?.before ?? 'null')).toMatchObject({ card: { address: card.address }, guardians });
    expect(JSON.parse(entry?.after ?? 'null')).toMatchObject({ card: { address: 'Ош ш., Ленин к., 5' } });
  });

  it('refuses bad fields with their paths and changes nothing', () => {
    const bad = {
      classId: ownClass,
      card: { ...card, surname: ' ', birthDate: '2013-02-29', pin: '123', sex: 'x' },
      guardians: [
        { fullName: 'Ата', phone: '12-34' },
        { fullName: 'Эне', phone: 'call me' },
      ],
      fromDate: '2025-13-01',
    };
    const error = refusedUnchanged(
      () => t.dispatch('students.create', bad, f.deputy.token).result as ReturnType<TestApp['call']>,
      'INVALID_INPUT',
    );
    expect(error.fields?.map((i) => i.path).sort()).toEqual([
      'card.birthDate',
      'card.pin',
      'card.sex',
      'card.surname',
      'fromDate',
      'guardians.0.phone',
      'guardians.1.phone',
    ]);
    expect(error.fields).toContainEqual({ path: 'card.pin', message: 'validation.pin' });
    expect(error.fields).toContainEqual({ path: 'card.birthDate', message: 'validation.date' });
    expect(error.fields).toContainEqual({ path: 'guardians.0.phone', message: 'validation.phone' });
  });

  it('accepts a leap day and phones with 9 to 15 digits', () => {
    const leap = { ...card, birthDate: '2012-02-29', pin: undefined };
    const ok = expectOk(
      t.call(
        'students.create',
        { classId: ownClass, card: leap, guardians: [{ fullName: 'А', phone: '555 123 456' }] },
        f.deputy.token,
      ),
    );
    expect(ok.card.birthDate).toBe('2012-02-29');
    const sixteen = '+996 555 123 456 7890';
    const error = expectError(
      t.dispatch(
        'students.update',
        { studentId: ok.studentId, card: leap, guardians: [{ fullName: 'А', phone: sixteen }] },
        f.deputy.token,
      ).result,
      'INVALID_INPUT',
    );
    expect(error.fields).toEqual([{ path: 'guardians.0.phone', message: 'validation.phone' }]);
  });

  it('refuses a birth date in the future, and a date outside the class’s year', () => {
    const future = { ...card, birthDate: '2025-10-07' };
    const e1 = refusedUnchanged(
      () => t.call('students.create', { classId: ownClass, card: future, guardians }, f.deputy.token),
      'INVALID_INPUT',
    );
    expect(e1.fields).toEqual([{ path: 'card.birthDate', message: 'validation.birthInFuture' }]);
    const e2 = refusedUnchanged(
      () => t.call('students.create', { classId: ownClass, fromDate: '2026-06-15', card, guardians }, f.deputy.token),
      'INVALID_INPUT',
    );
    expect(e2.fields?.[0]).toMatchObject({ path: 'fromDate', message: 'validation.outsideYear' });
  });

  it('refuses a second pupil with the same PIN, naming who has it, and the same child entered twice', () => {
    expectOk(t.call('students.create', { classId: ownClass, card, guardians }, f.deputy.token));
    const twinPin = { ...card, surname: 'Бекова', name: 'Айжан', sex: 'f' as const };
    const e1 = refusedUnchanged(
      () => t.call('students.create', { classId: otherClass, card: twinPin, guardians: [] }, f.deputy.token),
      'CONFLICT',
    );
    expect(e1.fields).toEqual([
      { path: 'card.pin', message: 'validation.pinTaken', params: { name: 'Асанов Нурбек' } },
    ]);
    const again = { ...card, pin: undefined };
    const e2 = refusedUnchanged(
      () => t.call('students.create', { classId: otherClass, card: again, guardians: [] }, f.deputy.token),
      'CONFLICT',
    );
    expect(e2.fields).toEqual([{ path: 'card.surname', message: 'validation.pupilExists' }]);
  });

  it('lets a pupil keep their own PIN on update but not take another’s', () => {
    const a = expectOk(t.call('students.create', { classId: ownClass, card, guardians }, f.deputy.token));
    const other = { ...card, surname: 'Бекова', name: 'Айжан', pin: '11203201350044' };
    expectOk(t.call('students.create', { classId: ownClass, card: other, guardians: [] }, f.deputy.token));
    expectOk(t.call('students.update', { studentId: a.studentId, card, guardians }, f.deputy.token));
    refusedUnchanged(
      () =>
        t.call(
          'students.update',
          { studentId: a.studentId, card: { ...card, pin: other.pin }, guardians },
          f.deputy.token,
        ),
      'CONFLICT',
    );
  });

  it('lists a class in Kyrgyz alphabetical order: Н < Ң < О < Ө < П, У < Ү', () => {
    const surnames = ['Үсөнов', 'Пак', 'Өмүрова', 'Ушаков', 'Огай', 'Ңаа', 'Нурланов', 'Фомин'];
    for (const surname of surnames) {
      expectOk(
        t.call(
          'students.create',
          { classId: ownClass, card: { surname, name: 'Бала' }, guardians: [] },
          f.deputy.token,
        ),
      );
    }
    const list = expectOk(t.call('students.list', { classId: ownClass }, f.director.token));
    expect(list.pupils.map((p) => p.surname)).toEqual([
      'Нурланов',
      'Ңаа',
      'Огай',
      'Өмүрова',
      'Пак',
      'Ушаков',
      'Үсөнов',
      'Фомин',
    ]);
  });

  it('lets a class teacher keep their own class’s list only', () => {
    const own = expectOk(t.call('students.create', { classId: ownClass, card, guardians }, f.teacher.token));
    expectOk(
      t.call(
        'students.update',
        { studentId: own.studentId, card: { ...card, address: 'Жаңы дарек' }, guardians },
        f.teacher.token,
      ),
    );
    const inOther = expectOk(
      t.call(
        'students.create',
        { classId: otherClass, card: { surname: 'Бекова', name: 'Айжан' }, guardians: [] },
        f.deputy.token,
      ),
    );
    refusedUnchanged(
      () =>
        t.call(
          'students.create',
          { classId: otherClass, card: { surname: 'Жумаев', name: 'Тилек' }, guardians: [] },
          f.teacher.token,
        ),
      'FORBIDDEN',
    );
    refusedUnchanged(
      () =>
        t.call(
          'students.update',
          { studentId: inOther.studentId, card: { surname: 'Бекова', name: 'Айжан', address: 'x' }, guardians: [] },
          f.teacher.token,
        ),
      'FORBIDDEN',
    );
  });

  it('lets the director read lists and cards but write nothing', () => {
    const made = expectOk(t.call('students.create', { classId: ownClass, card, guardians }, f.deputy.token));
    expectOk(t.call('students.get', { studentId: made.studentId }, f.director.token));
    expect(expectOk(t.call('students.classes', undefined, f.director.token))).toEqual([
      { classId: ownClass, name: '7-А', grade: 7, pupils: 1, mine: false },
      { classId: otherClass, name: '7-Б', grade: 7, pupils: 0, mine: false },
    ]);
    expect(expectOk(t.call('students.classes', undefined, f.teacher.token))[0]?.mine).toBe(true);
    // Neither the office's rights nor a class teacher's: the router refuses before any check.
    refusedUnchanged(
      () =>
        t.call(
          'students.create',
          { classId: ownClass, card: { surname: 'Ж', name: 'Т' }, guardians: [] },
          f.director.token,
        ),
      'FORBIDDEN',
    );
    refusedUnchanged(
      () => t.call('students.update', { studentId: made.studentId, card, guardians }, f.director.token),
      'FORBIDDEN',
    );
  });

  it('says NOT_FOUND for a class or pupil that does not exist', () => {
    const e = refusedUnchanged(
      () => t.call('students.create', { classId: 999, card, guardians }, f.deputy.token),
      'NOT_FOUND',
    );
    expect(e.fields).toEqual([{ path: 'classId', message: 'validation.classNotFound' }]);
    expectError(t.call('students.get', { studentId: 999 }, f.teacher.token), 'NOT_FOUND');
    expectError(t.call('students.list', { classId: 999 }, f.teacher.token), 'NOT_FOUND');
  });
});
