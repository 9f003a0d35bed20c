import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertClass } from '../../src-main/roster/classes';
import { currentYear } from '../../src-main/school/academic-year';
import { departureColumns, departureOf } from '../../src-main/movement/departure-record';
import type { enrollment } from '../../src-main/db/schema';
import { expectError, expectOk, openTestApp, staffSchool, type Staffed, type TestApp } from '../helpers/app';

/** The movement report for the third quarter (12 January – 20 March 2026) of a small school. */
describe('the movement report', () => {
  let t: TestApp;
  let f: Staffed;
  let a5: number;
  let b5: number;
  let a9: number;

  beforeEach(() => {
    t = openTestApp();
    f = staffSchool(t);
    const year = currentYear(t.db);
    if (!year) throw new Error('no year');
    a5 = insertClass(t.db, year.id, { grade: 5, letter: 'А', language: 'ky' }).id;
    b5 = insertClass(t.db, year.id, { grade: 5, letter: 'Б', language: 'ky' }).id;
    a9 = insertClass(t.db, year.id, { grade: 9, letter: 'А', language: 'ru' }).id;
  });
  afterEach(() => t.close());

  const token = () => f.deputy.token;
  function pupil(
    surname: string,
    sex: 'm' | 'f' | undefined,
    classId: number,
    fromDate?: string,
    arrivedFrom?: string,
  ) {
    return expectOk(
      t.call(
        'students.create',
        {
          classId,
          ...(fromDate ? { fromDate } : {}),
          ...(arrivedFrom ? { arrivedFrom, orderNo: `${surname}-к` } : {}),
          card: { surname, name: 'Бала', ...(sex ? { sex } : {}) },
          guardians: [],
        },
        token(),
      ),
    ).studentId;
  }
  function depart(studentId: number, date: string, departedTo = 'Россия') {
    expectOk(
      t.call(
        'movement.depart',
        { studentId, date, destination: 'country', departedTo, orderNo: '7', reason: 'Көчүү' },
        token(),
      ),
    );
  }

  it('counts arrivals and departures by class and sex; transfers only per class; the September list not at all', () => {
    pupil('Асанов', 'm', a5); // on the list since 1 September: no movement
    pupil('Бекова', 'f', a5, '2026-01-20', 'Ош, №3 мектеп');
    pupil('Үмөтов', 'm', a5, '2026-02-02', 'Кара-Балта');
    pupil('Нуркызы', undefined, a9, '2026-03-20', 'Талас'); // the last day of the quarter counts
    pupil('Кийин', 'm', a9, '2026-03-21', 'Талас'); // after it: not counted
    pupil('Мурун', 'f', a9, '2025-11-17', 'Нарын'); // before it: not counted
    const leaves = pupil('Орозова', 'f', a9);
    depart(leaves, '2026-02-10');
    const leavesEarly = pupil('Токтосунов', 'm', a9);
    depart(leavesEarly, '2026-01-11'); // the day before the quarter: not counted
    const moved = pupil('Жумаев', 'm', a5);
    expectOk(
      t.call('movement.transfer', { studentId: moved, toClassId: b5, date: '2026-01-12', orderNo: '3' }, token()),
    );

    const report = expectOk(t.call('movement.report', { from: '2026-01-12', to: '2026-03-20' }, f.teacher.token));
    const zero = { m: 0, f: 0, unknown: 0, total: 0 };
    expect(report.byClass).toEqual([
      {
        classId: a5,
        className: '5-А',
        arrived: { ...zero, m: 1, f: 1, total: 2 },
        left: zero,
        transferredIn: 0,
        transferredOut: 1,
      },
      { classId: b5, className: '5-Б', arrived: zero, left: zero, transferredIn: 1, transferredOut: 0 },
      {
        classId: a9,
        className: '9-А',
        arrived: { ...zero, unknown: 1, total: 1 },
        left: { ...zero, f: 1, total: 1 },
        transferredIn: 0,
        transferredOut: 0,
      },
    ]);
    expect(report.totals).toEqual({ arrived: { m: 1, f: 1, unknown: 1, total: 3 }, left: { ...zero, f: 1, total: 1 } });
    expect(report.lines.map((l) => [l.kind, l.date, l.className, l.fullName.split(' ')[0], l.place])).toEqual([
      ['transferOut', '2026-01-12', '5-А', 'Жумаев', '5-Б'],
      ['transferIn', '2026-01-12', '5-Б', 'Жумаев', '5-А'],
      ['arrival', '2026-01-20', '5-А', 'Бекова', 'Ош, №3 мектеп'],
      ['arrival', '2026-02-02', '5-А', 'Үмөтов', 'Кара-Балта'],
      ['departure', '2026-02-10', '9-А', 'Орозова', 'Россия'],
      ['arrival', '2026-03-20', '9-А', 'Нуркызы', 'Талас'],
    ]);
    expect(report.lines.find((l) => l.kind === 'departure')).toMatchObject({
      destination: 'country',
      orderNo: '7',
      reason: 'Көчүү',
      sex: 'f',
    });
    expect(report.lines.find((l) => l.fullName.startsWith('Бекова'))).toMatchObject({ orderNo: 'Бекова-к' });
  });

  it('counts the pupil of scenario 7 who arrived in November and the one who left in February', () => {
    pupil('Келди', 'm', a5, '2025-11-17', 'Бишкек, №61 мектеп');
    depart(pupil('Кетти', 'f', a5), '2026-02-10');
    const report = expectOk(t.call('movement.report', { from: '2025-11-10', to: '2026-03-20' }, f.director.token));
    expect(report.totals.arrived.total).toBe(1);
    expect(report.totals.left.total).toBe(1);
  });

  it('refuses a period that ends before it starts', () => {
    const error = expectError(
      t.call('movement.report', { from: '2026-03-20', to: '2026-01-12' }, token()),
      'INVALID_INPUT',
    );
    expect(error.fields).toEqual([{ path: 'to', message: 'validation.periodOrder' }]);
  });

  it('keeps where a pupil went in columns of its own, and nothing for a line still open', () => {
    const openLine: typeof enrollment.$inferSelect = {
      id: 1,
      studentId: 1,
      classId: 1,
      fromDate: '2026-09-01',
      toDate: null,
      arrivedFrom: null,
      arrivalReason: null,
      departedTo: null,
      departureKind: null,
      departureReason: null,
      orderNo: null,
      departureOrderNo: null,
      createdAt: '2026-09-01T00:00:00.000Z',
    };
    const line = { departureKind: null, departedTo: null, departureOrderNo: null };
    const columns = departureColumns({ kind: 'school', place: '№2 мектеп', orderNo: '15' });
    expect(columns).toEqual({ departureKind: 'school', departedTo: '№2 мектеп', departureOrderNo: '15' });
    expect(departureOf({ ...openLine, ...columns })).toEqual({ kind: 'school', place: '№2 мектеп', orderNo: '15' });
    expect(departureOf({ ...openLine, ...line })).toBeNull();
  });
});
