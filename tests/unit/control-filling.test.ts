import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FillingLine, FillingReport } from '../../src-main/api/contract/control-filling';
import { fillingControl } from '../../src-main/control/filling/report';
import { expectError, expectOk, knownPassword, signIn } from '../helpers/app';
import { addLesson, addMark, fillingSchool, type FillingSchool } from './filling-school';

/*
 * Filling control on the hand-made school of filling-school.ts. Entries whose time matters are made
 * through the API at set moments of the clock, so the audit trail holds them as a real day would.
 */
describe('control.filling', () => {
  let s: FillingSchool;
  let L1 = 0;
  let L2 = 0;
  let L4 = 0;

  const at = (iso: string) => {
    s.t.clock.advance(Date.parse(iso) - s.t.clock.now().getTime());
  };
  const token = (login: string) => signIn(s.t, login, knownPassword);
  const report = (input: { from: string; to: string; classId?: number; teacherId?: number }): FillingReport =>
    expectOk(s.t.call('control.filling', input, token('deputy')));
  const line = (r: FillingReport, classSubjectId: number, subgroupId: number | null = null): FillingLine => {
    const found = r.lines.find((l) => l.classSubjectId === classSubjectId && l.subgroupId === subgroupId);
    if (!found) throw new Error(`no line ${classSubjectId}/${subgroupId}`);
    return found;
  };

  beforeAll(() => {
    s = fillingSchool();
    const { t, math, history, english, group1, pupils } = s;
    L1 = addLesson(s, { classSubjectId: math, date: '2025-09-01', lessonNumber: 1, topic: 'Бөлчөк', homework: '§1' });
    L2 = addLesson(s, { classSubjectId: math, date: '2025-09-03', lessonNumber: 2, topic: 'Кошуу' });
    // Written ahead on the day of the report: not yet due, so its missing homework is no fault yet.
    L4 = addLesson(s, { classSubjectId: math, date: '2025-09-10', lessonNumber: 2, topic: 'Кемитүү' });
    const h = [
      addLesson(s, { classSubjectId: history, date: '2025-09-02', lessonNumber: 3, topic: 'Саки', homework: '§2' }),
      addLesson(s, { classSubjectId: history, date: '2025-09-09', lessonNumber: 3, topic: 'Усундар', homework: '§3' }),
    ];
    addLesson(s, {
      classSubjectId: english,
      subgroupId: group1,
      date: '2025-09-04',
      lessonNumber: 4,
      topic: 'Hello',
      homework: 'Ex. 1',
    });
    for (const lessonId of h)
      for (const p of [pupils.abdiev, pupils.bakirova, pupils.joldoshev]) addMark(s, lessonId, p, '4');
    addMark(s, L1, pupils.abdiev, '5');

    // On the lesson day, 10:00 in Bishkek: the teacher's own entries are on time.
    at('2025-09-01T04:00:00.000Z');
    const teacher = token('teacher');
    expectOk(t.call('journal.markSet', { lessonId: L1, studentId: pupils.bakirova, value: '3' }, teacher));
    expectOk(
      t.call(
        'journal.attendanceSet',
        { lessonId: L1, studentId: pupils.abdiev, status: 'late', lateMinutes: 5 },
        teacher,
      ),
    );
    // The next day the deputy records an absence of 1 September: late attendance.
    at('2025-09-02T04:00:00.000Z');
    const reason = 'Мугалимдин арызы боюнча';
    expectOk(
      t.call(
        'journal.attendanceSet',
        { lessonId: L1, studentId: pupils.joldoshev, status: 'absent', correctionReason: reason },
        token('deputy'),
      ),
    );
    // On 5 September: a mark of the 3rd (late) and a test mark of the 1st (written work has ten days).
    at('2025-09-05T04:00:00.000Z');
    const deputy = token('deputy');
    expectOk(t.call('journal.markSet', { lessonId: L2, studentId: pupils.abdiev, value: '4', reason }, deputy));
    expectOk(
      t.call(
        'journal.markSet',
        { lessonId: L1, studentId: pupils.abdiev, value: '5', kind: 'control', reason },
        deputy,
      ),
    );
    // The report is read on Wednesday 10 September at 11:00: that day's lessons are still being given.
    at('2025-09-10T05:00:00.000Z');
  });
  afterAll(() => s.t.close());

  it('finds every kind of line in the first two weeks', () => {
    const r = report({ from: '2025-09-01', to: '2025-09-14' });
    expect(r).toMatchObject({ from: '2025-09-01', to: '2025-09-14', until: '2025-09-10' });
    const math = line(r, s.math);
    expect(math).toMatchObject({
      className: '7-А',
      teacher: { staffId: s.f.teacher.user.staffId },
      planned: 3,
      entered: 3,
      missing: [{ date: '2025-09-08', lessonNumber: 1, lessonId: null }],
      noTopic: [],
      noHomework: [{ date: '2025-09-03', lessonNumber: 2, lessonId: L2 }],
      lateMarks: [{ date: '2025-09-03', lessonId: L2, entries: 1, lastAt: '2025-09-05T04:00:00.000Z' }],
      lateAttendance: [{ date: '2025-09-01', lessonId: L1, entries: 1, lastAt: '2025-09-02T04:00:00.000Z' }],
      pupils: 3,
      noMarks: [{ studentId: s.pupils.joldoshev, fullName: 'Жолдошев Окуучу' }],
      oneMark: [{ studentId: s.pupils.bakirova, fullName: 'Бакирова Окуучу' }],
      lastEntryOn: '2025-09-10',
      openOn: '2025-09-01',
    });
    expect(math.noMarksPercent).toBeCloseTo(100 / 3, 6);
    expect(math.oneMarkPercent).toBeCloseTo(100 / 3, 6);
    expect(math.lateMarks).toHaveLength(1);

    expect(line(r, s.history)).toMatchObject({
      planned: 2,
      entered: 2,
      missing: [],
      noTopic: [],
      noHomework: [],
      lateMarks: [],
      lateAttendance: [],
      pupils: 3,
      noMarks: [],
      oneMark: [],
      noMarksPercent: 0,
      lastEntryOn: '2025-09-09',
    });
    // A split subject is reported per subgroup, with the subgroup's own pupils and teacher.
    expect(line(r, s.english, s.group1)).toMatchObject({
      subgroupName: '1-топ',
      planned: 1,
      entered: 1,
      missing: [],
      pupils: 2,
      noMarks: [{ fullName: 'Абдиев Окуучу' }, { fullName: 'Бакирова Окуучу' }],
      noMarksPercent: 100,
    });
    expect(line(r, s.english, s.group2)).toMatchObject({
      teacher: { staffId: s.other.staffId },
      planned: 1,
      entered: 0,
      missing: [{ date: '2025-09-04', lessonNumber: 5 }],
      pupils: 1,
      noMarks: [{ fullName: 'Жолдошев Окуучу' }],
      lastEntryOn: null,
      openOn: '2025-09-04',
    });
    expect(line(r, s.biology)).toMatchObject({ planned: 0, pupils: 0, noMarksPercent: null, openOn: '2025-09-10' });
    expect(r.lines.map((l) => `${l.className} ${l.subject.nameRu} ${l.subgroupName ?? ''}`.trim())).toEqual([
      '7-А Английский язык 1-топ',
      '7-А Английский язык 2-топ',
      '7-А Математика',
      '7-А История',
      '8-Б Биология',
    ]);
  });

  it('sums the lines per teacher and for the school', () => {
    const r = report({ from: '2025-09-01', to: '2025-09-14' });
    expect(r.teachers.map((x) => x.teacher?.fullName)).toEqual(['Жумабаев Талант', 'Үсөнова Айнура']);
    expect(r.teachers[0]).toMatchObject({ lines: 3, planned: 3, entered: 2, missing: 1, noMarks: 1, oneMark: 0 });
    expect(r.teachers[1]).toMatchObject({
      lines: 2,
      planned: 4,
      entered: 4,
      missing: 1,
      noTopic: 0,
      noHomework: 1,
      lateMarks: 1,
      lateAttendance: 1,
      pupils: 5,
      noMarks: 3,
      oneMark: 1,
      lastEntryOn: '2025-09-10',
    });
    expect(r.school).toMatchObject({ lines: 5, planned: 7, missing: 2, noMarks: 4, pupils: 9 });
  });

  it('counts only the dates of the range, and none after today', () => {
    const second = report({ from: '2025-09-08', to: '2025-09-14' });
    expect(line(second, s.math)).toMatchObject({
      planned: 1,
      entered: 1,
      missing: [{ date: '2025-09-08' }],
      noHomework: [],
      lateMarks: [],
      lateAttendance: [],
      noMarks: [{ fullName: 'Абдиев Окуучу' }, { fullName: 'Бакирова Окуучу' }, { fullName: 'Жолдошев Окуучу' }],
      noMarksPercent: 100,
    });
    const ahead = report({ from: '2025-09-01', to: '2025-10-31' });
    expect(ahead.until).toBe('2025-09-10');
    expect(line(ahead, s.math).planned).toBe(3);
  });

  it('counts a lesson of today once its day is over', () => {
    at('2025-09-10T18:30:00.000Z'); // 00:30 on 11 September in Bishkek
    try {
      const r = report({ from: '2025-09-01', to: '2025-09-14' });
      expect(line(r, s.math)).toMatchObject({
        planned: 4,
        missing: [{ date: '2025-09-08' }],
        noHomework: [{ lessonId: L2 }, { lessonId: L4 }],
      });
      // Thursday the 11th is today now: its English lessons are not due yet.
      expect(line(r, s.english, s.group2).planned).toBe(1);
    } finally {
      at('2025-09-10T05:00:00.000Z');
    }
  });

  it('narrows to a teacher or a class', () => {
    const theirs = report({ from: '2025-09-01', to: '2025-09-14', teacherId: s.other.staffId });
    expect(theirs.lines.map((l) => [l.classSubjectId, l.subgroupId])).toEqual([
      [s.english, s.group2],
      [s.history, null],
      [s.biology, null],
    ]);
    const eighth = report({ from: '2025-09-01', to: '2025-09-14', classId: s.class8 });
    expect(eighth.lines.map((l) => l.classSubjectId)).toEqual([s.biology]);
  });

  it('is the same report without the router', () => {
    const direct = fillingControl(s.t.db, { from: '2025-09-01', to: '2025-09-14' }, s.t.clock.now());
    expect(direct).toEqual(report({ from: '2025-09-01', to: '2025-09-14' }));
  });

  it('is read by the deputy and the director, and refused to a teacher', () => {
    const input = { from: '2025-09-01', to: '2025-09-14' };
    expectOk(s.t.call('control.filling', input, token('director')));
    expectError(s.t.call('control.filling', input, token('teacher')), 'FORBIDDEN');
    expectError(s.t.call('control.filling', input, token('teacher2')), 'FORBIDDEN');
  });

  it('counts the remarks written in the range, once per teacher and for the school', () => {
    const deputy = token('deputy');
    const math = expectOk(s.t.call('remarks.add', { classSubjectId: s.math, text: 'Сабак жок' }, deputy));
    expectOk(s.t.call('remarks.add', { classSubjectId: s.english, text: 'Баа жок' }, deputy));
    expectOk(s.t.call('remarks.fix', { remarkId: math.remarkId }, token('teacher')));
    const r = report({ from: '2025-09-01', to: '2025-09-14' });
    expect(line(r, s.math).remarks).toEqual([{ remarkId: math.remarkId, dueOn: '2025-09-17', fixed: true }]);
    expect(line(r, s.english, s.group1).remarks).toHaveLength(1);
    expect(line(r, s.english, s.group2).remarks).toHaveLength(1);
    expect(r.teachers.map((x) => [x.remarks, x.remarksOpen])).toEqual([
      [1, 1],
      [2, 1],
    ]);
    expect(r.school).toMatchObject({ remarks: 2, remarksOpen: 1 });
    expect(report({ from: '2025-09-11', to: '2025-09-14' }).school.remarks).toBe(0);
  });

  it('refuses a range that ends before it starts, or lies outside every year', () => {
    const reversed = expectError(
      s.t.call('control.filling', { from: '2025-09-14', to: '2025-09-01' }, token('deputy')),
      'INVALID_INPUT',
    );
    expect(reversed.fields).toEqual([{ path: 'to', message: 'validation.control.rangeOrder' }]);
    const outside = expectError(
      s.t.call('control.filling', { from: '2024-01-01', to: '2024-01-31' }, token('deputy')),
      'NOT_FOUND',
    );
    expect(outside.fields?.[0]?.message).toBe('validation.control.noYear');
  });
});
