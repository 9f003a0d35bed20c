import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertClass } from '../../src-main/roster/classes';
import { currentYear } from '../../src-main/school/academic-year';
import type { PupilDetails } from '../../src-main/api/contract/students';
import {
  auditEntries,
  countRows,
  expectError,
  expectOk,
  openTestApp,
  snapshot,
  staffSchool,
  type Staffed,
  type TestApp,
} from '../helpers/app';

/**
 * Scenario 7 on a real database: a pupil arrives in November, another leaves in February for Russia,
 * one moves to the parallel class, one comes back. The year is 2025–2026 (1 September – 31 May).
 */
describe('the movement book', () => {
  let t: TestApp;
  let f: Staffed;
  let classA: number;
  let classB: number;

  beforeEach(() => {
    t = openTestApp();
    f = staffSchool(t);
    const year = currentYear(t.db);
    if (!year) throw new Error('no year');
    classA = insertClass(t.db, year.id, {
      grade: 6,
      letter: 'А',
      language: 'ky',
      classTeacherId: f.teacher.user.staffId,
    }).id;
    classB = insertClass(t.db, year.id, { grade: 6, letter: 'Б', language: 'ky' }).id;
  });
  afterEach(() => t.close());

  const token = () => f.deputy.token;
  const names = (classId: number, onDate: string) =>
    expectOk(t.call('students.list', { classId, onDate }, token())).pupils.map((p) => p.surname);

  function pupil(surname: string, classId = classA, fromDate?: string, sex: 'm' | 'f' = 'm'): PupilDetails {
    return expectOk(
      t.call(
        'students.create',
        { classId, ...(fromDate ? { fromDate } : {}), card: { surname, name: 'Бала', sex }, guardians: [] },
        token(),
      ),
    );
  }

  /** A lesson of the class on `date` with a mark for the pupil, written straight to the tables. */
  function markOn(classId: number, studentId: number, date: string): void {
    const db = t.db.sqlite;
    const subjectId = db
      .prepare(`insert into subject (name_ky, name_ru) values ('Математика', 'Математика')`)
      .run().lastInsertRowid;
    const csId = db
      .prepare('insert into class_subject (class_id, subject_id, hours_per_week) values (?, ?, 5)')
      .run(classId, subjectId).lastInsertRowid;
    const lessonId = db
      .prepare('insert into lesson (class_subject_id, date) values (?, ?)')
      .run(csId, date).lastInsertRowid;
    db.prepare(`insert into mark (lesson_id, student_id, value, numeric) values (?, ?, '5', 5)`).run(
      lessonId,
      studentId,
    );
  }

  /** Expects a CONFLICT about `path` with `message`, and nothing written. */
  function refused(attempt: () => ReturnType<TestApp['call']>, path: string, message: string) {
    const before = snapshot(t.db);
    const error = expectError(attempt(), 'CONFLICT');
    expect(error.fields?.[0]).toMatchObject({ path, message });
    expect(snapshot(t.db)).toBe(before);
    return error;
  }

  it('shows a pupil who arrives in November from that date and not before', () => {
    pupil('Асанов');
    const arrived = pupil('Бекова', classA, '2025-11-17', 'f');
    expect(arrived.movement[0]).toMatchObject({ fromDate: '2025-11-17', toDate: null, departure: null });
    expect(names(classA, '2025-11-14')).toEqual(['Асанов']);
    expect(names(classA, '2025-11-16')).toEqual(['Асанов']);
    expect(names(classA, '2025-11-17')).toEqual(['Асанов', 'Бекова']);
    expect(names(classA, '2026-03-02')).toEqual(['Асанов', 'Бекова']);
  });

  it('enrols an existing pupil with where they came from, once', () => {
    const p = expectOk(
      t.call('students.create', { classId: classA, card: { surname: 'Жаңы', name: 'Бала' }, guardians: [] }, token()),
    );
    expectOk(
      t.call(
        'movement.depart',
        {
          studentId: p.studentId,
          date: '2025-09-30',
          destination: 'school',
          departedTo: '№2 мектеп',
          orderNo: '5',
          reason: 'Көчүү',
        },
        token(),
      ),
    );
    const back = expectOk(
      t.call(
        'movement.enrol',
        { studentId: p.studentId, classId: classB, date: '2025-11-10', arrivedFrom: 'Ош, №3 мектеп', orderNo: '41-к' },
        token(),
      ),
    );
    expect(back.movement[1]).toMatchObject({
      classId: classB,
      fromDate: '2025-11-10',
      arrivedFrom: 'Ош, №3 мектеп',
      orderNo: '41-к',
    });
    refused(
      () => t.call('movement.enrol', { studentId: p.studentId, classId: classA, date: '2025-12-01' }, token()),
      'date',
      'movement.alreadyEnrolled',
    );
  });

  it('keeps the marks of a pupil who left in February; the lists show them up to that day', () => {
    const stays = pupil('Асанов');
    const leaves = pupil('Орозова', classA, undefined, 'f');
    markOn(classA, leaves.studentId, '2026-01-20');
    markOn(classA, stays.studentId, '2026-01-20');
    const marks = countRows(t.db, 'mark');

    const left = expectOk(
      t.call(
        'movement.depart',
        {
          studentId: leaves.studentId,
          date: '2026-02-10',
          destination: 'country',
          departedTo: 'Россия',
          orderNo: '17-к',
          reason: 'Ата-энеси менен көчтү',
        },
        token(),
      ),
    );
    expect(left.movement).toEqual([
      expect.objectContaining({
        classId: classA,
        fromDate: '2025-09-01',
        toDate: '2026-02-10',
        departure: { kind: 'country', place: 'Россия', orderNo: '17-к', reason: 'Ата-энеси менен көчтү' },
      }),
    ]);
    // Recorded ahead of time: on the clock's 6 October 2025 the pupil is still in the class.
    expect(left.current?.classId).toBe(classA);

    expect(names(classA, '2026-02-09')).toEqual(['Асанов', 'Орозова']);
    expect(names(classA, '2026-02-10')).toEqual(['Асанов', 'Орозова']);
    expect(names(classA, '2026-02-11')).toEqual(['Асанов']);
    expect(countRows(t.db, 'mark')).toBe(marks);
    expect(countRows(t.db, 'student')).toBe(2);
    expect(countRows(t.db, 'enrollment')).toBe(2);

    const entry = auditEntries(t.db).find((e) => e.action === 'movement.depart');
    expect(JSON.parse(entry?.before ?? 'null')).toMatchObject({ toDate: null });
    expect(JSON.parse(entry?.after ?? 'null')).toMatchObject({ toDate: '2026-02-10' });
  });

  it('transfers a pupil to the parallel class: the old line ends the day before', () => {
    const p = pupil('Асанов');
    const moved = expectOk(
      t.call(
        'movement.transfer',
        { studentId: p.studentId, toClassId: classB, date: '2025-12-01', orderNo: '30', reason: 'Ата-энесинин арызы' },
        token(),
      ),
    );
    expect(moved.movement).toEqual([
      expect.objectContaining({
        classId: classA,
        toDate: '2025-11-30',
        departure: { kind: 'transfer', place: '6-Б', orderNo: '30', reason: 'Ата-энесинин арызы' },
      }),
      expect.objectContaining({
        classId: classB,
        fromDate: '2025-12-01',
        toDate: null,
        arrivedFrom: '6-А',
        orderNo: '30',
      }),
    ]);
    expect(names(classA, '2025-11-30')).toEqual(['Асанов']);
    expect(names(classB, '2025-11-30')).toEqual([]);
    expect(names(classA, '2025-12-01')).toEqual([]);
    expect(names(classB, '2025-12-01')).toEqual(['Асанов']);
  });

  it('brings back a pupil who left, and refuses to "return" one who never left', () => {
    const p = pupil('Асанов');
    expectOk(
      t.call(
        'movement.depart',
        {
          studentId: p.studentId,
          date: '2025-10-31',
          destination: 'region',
          departedTo: 'Нарын облусу',
          orderNo: '21',
          reason: 'Көчүү',
        },
        token(),
      ),
    );
    refused(
      () => t.call('movement.return', { studentId: p.studentId, classId: classA, date: '2025-10-31' }, token()),
      'date',
      'movement.alreadyEnrolled',
    );
    const back = expectOk(
      t.call(
        'movement.return',
        { studentId: p.studentId, classId: classA, date: '2026-01-12', arrivedFrom: 'Нарын', reason: 'Кайтып келди' },
        token(),
      ),
    );
    expect(back.movement.map((m) => [m.fromDate, m.toDate])).toEqual([
      ['2025-09-01', '2025-10-31'],
      ['2026-01-12', null],
    ]);
    expect(names(classA, '2025-12-15')).toEqual([]);
    expect(names(classA, '2026-01-12')).toEqual(['Асанов']);

    const never = pupil('Бекова');
    refused(
      () => t.call('movement.return', { studentId: never.studentId, classId: classB, date: '2026-01-12' }, token()),
      'studentId',
      'movement.neverLeft',
    );
  });

  it('refuses a transfer or departure with no open enrolment, or dated before it starts', () => {
    const late = pupil('Асанов', classA, '2025-11-17');
    refused(
      () =>
        t.call(
          'movement.depart',
          {
            studentId: late.studentId,
            date: '2025-11-16',
            destination: 'school',
            departedTo: '№1',
            orderNo: '1',
            reason: 'x',
          },
          token(),
        ),
      'date',
      'movement.beforeStart',
    );
    refused(
      () => t.call('movement.transfer', { studentId: late.studentId, toClassId: classB, date: '2025-11-10' }, token()),
      'date',
      'movement.beforeStart',
    );
    refused(
      () => t.call('movement.transfer', { studentId: late.studentId, toClassId: classB, date: '2025-11-17' }, token()),
      'date',
      'movement.notAfterStart',
    );
    refused(
      () => t.call('movement.transfer', { studentId: late.studentId, toClassId: classA, date: '2025-12-01' }, token()),
      'toClassId',
      'movement.sameClass',
    );
    const depart = {
      studentId: late.studentId,
      date: '2026-02-10',
      destination: 'country' as const,
      departedTo: 'Казакстан',
      orderNo: '2',
      reason: 'x',
    };
    expectOk(t.call('movement.depart', depart, token()));
    // Left already: nothing is open to close, whatever the date.
    refused(
      () => t.call('movement.depart', { ...depart, date: '2026-03-01' }, token()),
      'date',
      'movement.notEnrolled',
    );
    refused(
      () => t.call('movement.depart', { ...depart, date: '2026-01-01' }, token()),
      'date',
      'movement.notEnrolled',
    );
    refused(
      () => t.call('movement.transfer', { studentId: late.studentId, toClassId: classB, date: '2026-03-01' }, token()),
      'date',
      'movement.notEnrolled',
    );
    // An arrival while still in a class, or overlapping a later line.
    refused(
      () => t.call('movement.enrol', { studentId: late.studentId, classId: classB, date: '2026-01-05' }, token()),
      'date',
      'movement.alreadyEnrolled',
    );
  });

  it('refuses dates outside the year, unknown pupils and classes, and lets only the office record movement', () => {
    const p = pupil('Асанов');
    const before = snapshot(t.db);
    const outside = expectError(
      t.call('movement.transfer', { studentId: p.studentId, toClassId: classB, date: '2026-06-10' }, token()),
      'INVALID_INPUT',
    );
    expect(outside.fields?.[0]).toMatchObject({ path: 'date', message: 'validation.outsideYear' });
    expectError(
      t.call('movement.transfer', { studentId: 999, toClassId: classB, date: '2025-12-01' }, token()),
      'NOT_FOUND',
    );
    expectError(
      t.call('movement.enrol', { studentId: p.studentId, classId: 999, date: '2025-12-01' }, token()),
      'NOT_FOUND',
    );
    const bad = expectError(
      t.dispatch(
        'movement.depart',
        { studentId: p.studentId, date: '2026-02-30', destination: 'moon', departedTo: '' },
        token(),
      ).result,
      'INVALID_INPUT',
    );
    expect(bad.fields?.map((i) => i.path).sort()).toEqual(['date', 'departedTo', 'destination', 'orderNo', 'reason']);
    for (const role of ['director', 'teacher'] as const) {
      expectError(
        t.call('movement.transfer', { studentId: p.studentId, toClassId: classB, date: '2025-12-01' }, f[role].token),
        'FORBIDDEN',
      );
    }
    expect(snapshot(t.db)).toBe(before);
  });

  it('refuses every write into a closed year', () => {
    const p = pupil('Асанов');
    t.db.sqlite.prepare(`update academic_year set state = 'closed'`).run();
    const before = snapshot(t.db);
    expectError(
      t.call('movement.transfer', { studentId: p.studentId, toClassId: classB, date: '2025-12-01' }, token()),
      'YEAR_CLOSED',
    );
    expectError(
      t.call(
        'students.create',
        { classId: classA, card: { surname: 'Бекова', name: 'Айжан' }, guardians: [] },
        token(),
      ),
      'YEAR_CLOSED',
    );
    expect(snapshot(t.db)).toBe(before);
  });

  it("closes the line open on the date, though an old year's line was left open", () => {
    const p = pupil('Асанов');
    // Last year's class, whose line nobody closed in June: the September situation before roll-over.
    const db = t.db.sqlite;
    const oldYear = db
      .prepare("insert into academic_year (title, starts_on, ends_on) values ('2024–2025', '2024-09-01', '2025-05-31')")
      .run().lastInsertRowid;
    const oldClass = insertClass(t.db, Number(oldYear), { grade: 5, letter: 'А', language: 'ky' }).id;
    db.prepare('insert into enrollment (student_id, class_id, from_date) values (?, ?, ?)').run(
      p.studentId,
      oldClass,
      '2024-09-01',
    );
    expectOk(t.call('movement.transfer', { studentId: p.studentId, toClassId: classB, date: '2025-11-10' }, token()));
    const lines = db
      .prepare('select class_id as classId, to_date as toDate from enrollment where student_id = ? order by id')
      .all(p.studentId);
    // The old line is untouched; this year's line closes the day before the transfer.
    expect(lines).toEqual([
      { classId: classA, toDate: '2025-11-09' },
      { classId: oldClass, toDate: null },
      { classId: classB, toDate: null },
    ]);
    expect(names(classA, '2025-11-10')).toEqual([]);
    expect(names(classB, '2025-11-10')).toEqual(['Асанов']);
  });
});
