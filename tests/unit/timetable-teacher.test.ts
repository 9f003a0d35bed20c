import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TeacherWeek } from '../../src-main/api/contract/timetable';
import { expectError, expectOk, openTestApp, snapshot, staffSchool, type Staffed, type TestApp } from '../helpers/app';
import { timetableSchool, type TimetableSchool } from '../helpers/samples/timetable';

describe('a teacher’s week', () => {
  let t: TestApp;
  let f: Staffed;
  let s: TimetableSchool;

  beforeEach(() => {
    t = openTestApp();
    f = staffSchool(t);
    s = timetableSchool(t, f);
    const { algebraA7: alg, englishA7: eng, algebraA8 } = s.load;
    type Slot = { weekday: number; lessonNumber: number; classSubjectId: number; subgroupId?: number; room?: string };
    const save = (classId: number, validFrom: string, slots: Slot[]) =>
      expectOk(t.call('timetable.save', { classId, validFrom, slots }, f.deputy.token));
    save(s.classes.a7, '2025-09-01', [
      { weekday: 1, lessonNumber: 1, classSubjectId: alg },
      { weekday: 2, lessonNumber: 3, classSubjectId: eng, subgroupId: s.groups.first, room: '21' },
      { weekday: 2, lessonNumber: 3, classSubjectId: eng, subgroupId: s.groups.second, room: '22' },
    ]);
    save(s.classes.a8, '2025-09-01', [{ weekday: 3, lessonNumber: 4, classSubjectId: algebraA8, room: '31' }]);
    save(s.classes.a7, '2025-11-10', [{ weekday: 5, lessonNumber: 2, classSubjectId: alg }]);
  });
  afterEach(() => t.close());

  const lines = (week: TeacherWeek) =>
    week.slots.map(
      (x) =>
        `${x.weekday}.${x.lessonNumber} ${x.className} ${x.subjectNameKy}${x.subgroupName ? ` ${x.subgroupName}` : ''} ${x.room ?? '-'}`,
    );

  it('lists the teacher’s own lessons in every class, by the week in force on the day', () => {
    const today = expectOk(t.call('timetable.ofTeacher', {}, f.teacher.token));
    expect(today).toMatchObject({ staffId: s.staff.usonova, fullName: 'Үсөнова Айнура', on: '2025-10-06' });
    expect(lines(today)).toEqual(['1.1 7-А Алгебра -', '3.4 8-А Алгебра 31']);
    // 8-А learns in the second shift: its 4th lesson is in the afternoon.
    expect(today.slots.map((x) => x.shift)).toEqual([1, 2]);
    const later = expectOk(t.call('timetable.ofTeacher', { on: '2025-11-10' }, f.teacher.token));
    expect(lines(later)).toEqual(['3.4 8-А Алгебра 31', '5.2 7-А Алгебра -']);
    // After the year has ended, last year's week is no one's week.
    expect(expectOk(t.call('timetable.ofTeacher', { on: '2026-06-05' }, f.teacher.token)).slots).toEqual([]);
    // Naming oneself is the same as naming no one.
    const own = expectOk(t.call('timetable.ofTeacher', { staffId: s.staff.usonova }, f.teacher.token));
    expect(own).toEqual(today);
  });

  it('gives a subgroup’s lessons to the subgroup’s teacher', () => {
    const asanov = expectOk(t.call('timetable.ofTeacher', { staffId: s.staff.asanov }, f.deputy.token));
    expect(lines(asanov)).toEqual(['2.3 7-А Англис тили 1-топ 21']);
    const bekova = expectOk(t.call('timetable.ofTeacher', { staffId: s.staff.bekova }, f.director.token));
    expect(lines(bekova)).toEqual(['2.3 7-А Англис тили 2-топ 22']);
    expectOk(t.call('timetable.ofTeacher', { staffId: s.staff.bekova }, f.administrator.token));
  });

  it('refuses a teacher another teacher’s week, and an unknown person to anyone', () => {
    const before = snapshot(t.db);
    const refused = expectError(
      t.call('timetable.ofTeacher', { staffId: s.staff.asanov }, f.teacher.token),
      'FORBIDDEN',
    );
    expect(refused.params).toEqual({ rule: 'timetable.notOwn' });
    expectError(t.call('timetable.ofTeacher', { staffId: 9999 }, f.deputy.token), 'NOT_FOUND');
    expect(snapshot(t.db)).toBe(before);
  });
});
