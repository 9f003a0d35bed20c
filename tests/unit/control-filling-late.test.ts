import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FillingLine, FillingReport } from '../../src-main/api/contract/control-filling';
import { setting } from '../../src-main/db/schema';
import { editPolicyKey } from '../../src-main/journal/edit-policy';
import { expectOk, knownPassword, signIn } from '../helpers/app';
import { addLesson, fillingSchool, type FillingSchool } from './filling-school';

/*
 * Late entries at the edges of the edit window, on the filling school of filling-school.ts: the day's
 * last minute (Bishkek is UTC+6, so 23:59 there is 17:59 UTC), every change counted (a mark cleared
 * late leaves no row, only its audit entry), the class teacher's excuse days, and a school whose day
 * ends before 06:00, where the lesson day's end falls on the day before in UTC.
 */
describe('control.filling: entries made late', () => {
  let s: FillingSchool;
  let monday = 0;
  let wednesday = 0;
  let nextMonday = 0;
  const reason = 'Мугалимдин арызы боюнча';

  const at = (iso: string) => {
    s.t.clock.advance(Date.parse(iso) - s.t.clock.now().getTime());
  };
  const deputy = () => signIn(s.t, 'deputy', knownPassword);
  const math = (): FillingLine => {
    const r: FillingReport = expectOk(s.t.call('control.filling', { from: '2025-09-01', to: '2025-09-14' }, deputy()));
    const found = r.lines.find((l) => l.classSubjectId === s.math);
    if (!found) throw new Error('no mathematics line');
    return found;
  };
  const setMark = (lessonId: number, studentId: number, value: string) =>
    expectOk(s.t.call('journal.markSet', { lessonId, studentId, value, reason }, deputy()));
  const setAbsence = (lessonId: number, studentId: number, reasonKind: 'unexcused' | 'excused' | 'ill') =>
    expectOk(
      s.t.call(
        'journal.attendanceSet',
        { lessonId, studentId, status: 'absent', reasonKind, correctionReason: reason },
        deputy(),
      ),
    );

  beforeAll(() => {
    s = fillingSchool();
    monday = addLesson(s, { classSubjectId: s.math, date: '2025-09-01', lessonNumber: 1, topic: 'Бөлчөк' });
    wednesday = addLesson(s, { classSubjectId: s.math, date: '2025-09-03', lessonNumber: 2, topic: 'Кошуу' });
    nextMonday = addLesson(s, { classSubjectId: s.math, date: '2025-09-08', lessonNumber: 1, topic: 'Кемитүү' });
    const { abdiev, bakirova, joldoshev } = s.pupils;

    at('2025-09-01T17:59:30.000Z'); // 23:59:30 on the lesson day: still on time
    setMark(monday, abdiev, '5');
    at('2025-09-01T18:00:00.000Z'); // midnight: late, and so is every later change
    const late = setMark(monday, bakirova, '3');
    at('2025-09-02T04:00:00.000Z');
    setMark(monday, bakirova, '4');
    at('2025-09-02T05:00:00.000Z');
    expectOk(s.t.call('journal.markClear', { markId: late.markId, reason }, deputy()));

    at('2025-09-03T04:00:00.000Z'); // the absence on its day, excused on the 6th day, its reason changed on the 8th
    setAbsence(wednesday, joldoshev, 'unexcused');
    at('2025-09-09T04:00:00.000Z');
    setAbsence(wednesday, joldoshev, 'excused');
    at('2025-09-11T04:00:00.000Z');
    setAbsence(wednesday, joldoshev, 'ill');

    at('2025-09-07T22:59:00.000Z'); // 04:59 on Monday 8 September in Bishkek
    setMark(nextMonday, abdiev, '4');
    at('2025-09-07T23:01:00.000Z'); // 05:01
    setMark(nextMonday, bakirova, '4');

    at('2025-09-12T05:00:00.000Z');
  });
  afterAll(() => s.t.close());

  it('counts every change made after the lesson day, a cleared mark too, and the excuse days', () => {
    const line = math();
    expect(line.lateMarks).toEqual([
      { date: '2025-09-01', lessonNumber: 1, lessonId: monday, entries: 3, lastAt: '2025-09-02T05:00:00.000Z' },
    ]);
    expect(line.lateAttendance).toEqual([
      { date: '2025-09-03', lessonNumber: 2, lessonId: wednesday, entries: 1, lastAt: '2025-09-11T04:00:00.000Z' },
    ]);
    // Бакирова's mark of the 1st was cleared: she has the one of the 8th only.
    expect(line.oneMark.map((p) => p.studentId)).toEqual([s.pupils.bakirova]);
    expect(line.noMarks.map((p) => p.studentId)).toEqual([s.pupils.joldoshev]);
  });

  it('moves the deadline to the day before in UTC when the school day ends before 06:00', () => {
    s.t.db.orm
      .insert(setting)
      .values({ key: editPolicyKey, value: { dayEndsAt: '05:00' } })
      .run();
    try {
      const line = math();
      // Every entry of the 1st was made after 05:00 that day; on the 8th the one of 05:01 only.
      expect(line.lateMarks.map((r) => [r.lessonId, r.entries, r.lastAt])).toEqual([
        [monday, 4, '2025-09-02T05:00:00.000Z'],
        [nextMonday, 1, '2025-09-07T23:01:00.000Z'],
      ]);
      // The absence itself is late now (10:00 on its day); the excuse stays within its days (until the
      // 10th, 05:00), its reason's change on the 11th does not.
      expect(line.lateAttendance.map((r) => [r.lessonId, r.entries])).toEqual([[wednesday, 2]]);
    } finally {
      s.t.db.sqlite.prepare('delete from setting where key = ?').run(editPolicyKey);
    }
  });
});
