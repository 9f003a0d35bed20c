import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectError, expectOk, openTestApp, snapshot, staffSchool, type Staffed, type TestApp } from '../helpers/app';
import { timetableSchool, type TimetableSchool } from '../helpers/samples/timetable';

describe('what a save refuses, changing nothing', () => {
  let t: TestApp;
  let f: Staffed;
  let s: TimetableSchool;

  beforeEach(() => {
    t = openTestApp();
    f = staffSchool(t);
    s = timetableSchool(t, f);
    expectOk(
      t.call(
        'timetable.save',
        {
          classId: s.classes.a7,
          validFrom: '2025-09-01',
          slots: [{ weekday: 1, lessonNumber: 1, classSubjectId: s.load.algebraA7 }],
        },
        f.deputy.token,
      ),
    );
  });
  afterEach(() => t.close());

  type Slot = { weekday: number; lessonNumber: number; classSubjectId: number; subgroupId?: number };
  function refused(slots: Slot[], validFrom = '2025-10-13', classId = s.classes.a7) {
    const before = snapshot(t.db);
    const result = t.call('timetable.save', { classId, validFrom, slots }, f.deputy.token);
    expect(snapshot(t.db)).toBe(before);
    return expectError(result);
  }

  it('refuses another class’s subject, a subgroup of another subject and a second lesson in one cell', () => {
    const { algebraA7: alg, russianA7: rus, englishA7: eng, algebraB7 } = s.load;
    const { first, second } = s.groups;
    const error = refused([
      { weekday: 1, lessonNumber: 1, classSubjectId: algebraB7 },
      { weekday: 1, lessonNumber: 2, classSubjectId: rus, subgroupId: first },
      { weekday: 1, lessonNumber: 3, classSubjectId: alg },
      { weekday: 1, lessonNumber: 3, classSubjectId: rus },
      { weekday: 2, lessonNumber: 1, classSubjectId: eng },
      { weekday: 2, lessonNumber: 1, classSubjectId: eng, subgroupId: first },
      { weekday: 3, lessonNumber: 1, classSubjectId: eng, subgroupId: second },
      { weekday: 3, lessonNumber: 1, classSubjectId: eng, subgroupId: second },
    ]);
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.fields).toEqual([
      { path: 'slots.0.classSubjectId', message: 'validation.timetable.notOfClass' },
      { path: 'slots.1.subgroupId', message: 'validation.timetable.notOfSubject' },
      {
        path: 'slots.3.classSubjectId',
        message: 'validation.timetable.cellTaken',
        params: { weekday: 1, lessonNumber: 3 },
      },
      {
        path: 'slots.5.classSubjectId',
        message: 'validation.timetable.cellTaken',
        params: { weekday: 2, lessonNumber: 1 },
      },
      {
        path: 'slots.7.classSubjectId',
        message: 'validation.timetable.cellTaken',
        params: { weekday: 3, lessonNumber: 1 },
      },
    ]);
  });

  it('refuses Sunday, a start outside the school year, an unknown class and a closed year', () => {
    const alg = s.load.algebraA7;
    const sunday = refused([{ weekday: 7, lessonNumber: 1, classSubjectId: alg }]);
    expect(sunday.fields).toEqual([
      { path: 'slots.0.weekday', message: 'validation.timetable.sunday', params: { maximum: 6 } },
    ]);
    for (const date of ['2025-08-31', '2026-06-01']) {
      const outside = refused([{ weekday: 1, lessonNumber: 1, classSubjectId: alg }], date);
      expect(outside.fields).toEqual([
        {
          path: 'validFrom',
          message: 'validation.timetable.outsideYear',
          params: { startsOn: '2025-09-01', endsOn: '2026-05-31' },
        },
      ]);
    }
    expect(refused([], '2025-10-13', 9999).code).toBe('NOT_FOUND');
    t.db.sqlite.prepare(`update academic_year set state = 'closed'`).run();
    expect(refused([{ weekday: 1, lessonNumber: 1, classSubjectId: alg }]).code).toBe('YEAR_CLOSED');
    // The archive is still read as it was.
    const week = expectOk(t.call('timetable.ofClass', { classId: s.classes.a7 }, f.director.token));
    expect(week.slots).toHaveLength(1);
    expect(week.year.closed).toBe(true);
  });

  it('lets a teacher and the director read, never save', () => {
    expectOk(t.call('timetable.ofClass', { classId: s.classes.b7 }, f.teacher.token));
    for (const token of [f.teacher.token, f.director.token]) {
      const before = snapshot(t.db);
      const input = { classId: s.classes.a7, validFrom: '2025-10-13', slots: [] };
      expectError(t.call('timetable.save', input, token), 'FORBIDDEN');
      expectError(t.call('timetable.check', input, token), 'FORBIDDEN');
      expect(snapshot(t.db)).toBe(before);
    }
  });
});
