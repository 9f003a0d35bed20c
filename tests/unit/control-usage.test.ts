import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit } from '../../src-main/audit/audit-log';
import { journalWork } from '../../src-main/control/journal-work/journal-work';
import { remark } from '../../src-main/db/schema';
import { expectError, expectOk, openTestApp, staffSchool, type Staffed, type TestApp } from '../helpers/app';
import { completionSchool, type CompletionSchool } from '../helpers/samples/control-completion';

/*
 * The usage report and the monthly report on the completion tests' school (today Monday 2025-10-06,
 * 08:00 UTC, when everybody signed in). Journal entries are audit entries; those below are written at
 * known instants (Bishkek is UTC+6: 2025-10-05T18:00Z is already Monday 10-06 there).
 */

let t: TestApp;
let f: Staffed;
let s: CompletionSchool;

beforeAll(() => {
  t = openTestApp();
  f = staffSchool(t);
  s = completionSchool(t, f);
  const entry = (userId: number, action: string, at: string, n = 1) => {
    for (let i = 0; i < n; i++) appendAudit(t.db.orm, { action, userId, entity: 'test' }, new Date(at));
  };
  const teacher = f.teacher.user.userId;
  entry(teacher, 'journal.lessonSave', '2025-09-10T03:00:00.000Z');
  entry(teacher, 'journal.markSet', '2025-09-29T05:00:00.000Z', 3);
  entry(teacher, 'journal.attendanceSet', '2025-10-05T17:59:00.000Z');
  entry(teacher, 'journal.lessonSave', '2025-10-05T18:00:00.000Z');
  entry(teacher, 'plan.save', '2025-09-30T05:00:00.000Z');
  entry(s.other.userId, 'periodMarks.set', '2025-09-22T06:00:00.000Z', 2);
  entry(f.deputy.user.userId, 'journal.markSet', '2025-09-30T05:00:00.000Z');
  // One entry made the real way: the teacher enters today's mathematics lesson.
  expectOk(t.call('journal.lessonSave', { classSubjectId: s.math, date: '2025-10-06', topic: 'T5' }, f.teacher.token));

  const deputy = f.deputy.user.userId;
  const note = (classSubjectId: number, createdAt: string, dueOn: string, fixedAt: string | null = null) =>
    t.db.orm
      .insert(remark)
      .values({ classSubjectId, createdAt, createdBy: deputy, text: 'Темалар жазылган эмес', dueOn, fixedAt })
      .run();
  note(s.math, '2025-09-05T04:00:00.000Z', '2025-09-12', '2025-09-10T04:00:00.000Z');
  note(s.math, '2025-09-20T04:00:00.000Z', '2025-09-27');
  note(s.math, '2025-09-29T04:00:00.000Z', '2025-10-06');
  note(s.english, '2025-09-15T04:00:00.000Z', '2025-09-22', '2025-10-02T04:00:00.000Z');
  note(s.physics, '2025-10-03T04:00:00.000Z', '2025-10-10');
});
afterAll(() => t.close());

describe('control.usage', () => {
  it('counts each person’s journal entries per week of school days, by kind', () => {
    const report = expectOk(t.call('control.usage', { from: '2025-09-22', to: '2025-10-06' }, f.deputy.token));
    expect(report.weeks).toEqual(['2025-09-22', '2025-09-29', '2025-10-06']);
    const of = (login: string) => report.users.find((u) => u.login === login);
    expect(of('teacher')).toMatchObject({
      entries: 6,
      perWeek: [0, 4, 2],
      byKind: { lessons: 2, marks: 3, attendance: 1, periodMarks: 0 },
      signIns: 1,
      lastSignIn: '2025-10-06T08:00:00.000Z',
    });
    expect(of('teacher2')).toMatchObject({ entries: 2, perWeek: [2, 0, 0], byKind: { periodMarks: 2 } });
    expect(of('deputy')).toMatchObject({ entries: 1, perWeek: [0, 1, 0] });
    expect(of('director')).toMatchObject({ entries: 0, signIns: 1 });
  });

  it('lists who signed in when and from where, newest first', () => {
    const report = expectOk(t.call('control.usage', { from: '2025-10-06', to: '2025-10-06' }, f.administrator.token));
    expect(report.signInTotal).toBe(5);
    expect(report.signIns.map((x) => x.login)).toEqual(['teacher2', 'teacher', 'deputy', 'director', 'admin']);
    expect(report.signIns[1]).toMatchObject({ person: 'Үсөнова Айнура', address: '127.0.0.1' });
  });

  it('leaves out days outside the range, yet lists every teacher', () => {
    const report = expectOk(t.call('control.usage', { from: '2025-09-22', to: '2025-10-05' }, f.director.token));
    expect(report.signInTotal).toBe(0);
    expect(report.users.map((u) => u.login)).toEqual(['teacher2', 'deputy', 'teacher']);
    expect(report.users.find((u) => u.login === 'teacher')).toMatchObject({ entries: 4, perWeek: [0, 4] });
  });

  it('without dates takes the four weeks up to the server’s today', () => {
    const report = expectOk(t.call('control.usage', undefined, f.deputy.token));
    expect(report).toMatchObject({ from: '2025-09-15', to: '2025-10-06' });
    expect(report.weeks).toEqual(['2025-09-15', '2025-09-22', '2025-09-29', '2025-10-06']);
    expect(expectOk(t.call('control.journalWork', {}, f.deputy.token)).month).toBe('2025-10');
  });

  it('refuses a teacher and a range that ends before it starts', () => {
    expectError(t.call('control.usage', { from: '2025-09-01', to: '2025-09-30' }, f.teacher.token), 'FORBIDDEN');
    const wrong = expectError(
      t.call('control.usage', { from: '2025-10-01', to: '2025-09-30' }, f.deputy.token),
      'INVALID_INPUT',
    );
    expect(wrong.fields?.[0]).toMatchObject({ path: 'to', message: 'validation.usage.range' });
  });
});

describe('control.journalWork', () => {
  it('reports September per teacher: entries, days, lessons, lag and remarks', () => {
    const report = expectOk(t.call('control.journalWork', { month: '2025-09' }, f.deputy.token));
    expect(report).toMatchObject({ from: '2025-09-01', to: '2025-09-30', asOf: '2025-09-30' });
    expect(report.rows.map((r) => r.teacher.fullName)).toEqual(['Жумабаев Талант', 'Үсөнова Айнура']);
    const [other, mine] = report.rows;
    expect(mine).toMatchObject({
      entries: 4,
      days: 2,
      lessonsEntered: 4,
      lessonsPlanned: 0,
      lag: 3,
      untaught: 2,
      remarks: { received: 4, fixed: 1, open: 3, overdue: 2 },
    });
    expect(other).toMatchObject({
      entries: 2,
      days: 1,
      lessonsEntered: 5,
      lessonsPlanned: 5,
      lag: 0,
      untaught: 0,
      remarks: { received: 1, fixed: 0, open: 1, overdue: 1 },
    });
    // The English remark concerns both teachers but is one remark of the school.
    expect(report.total).toMatchObject({
      entries: 6,
      days: 3,
      remarks: { received: 4, fixed: 1, open: 3, overdue: 2 },
    });
  });

  it('counts the running month up to today', () => {
    const report = journalWork(t.db, '2025-10', '2025-10-06');
    expect(report.asOf).toBe('2025-10-06');
    const [other, mine] = report.rows;
    expect(mine?.remarks).toEqual({ received: 0, fixed: 1, open: 2, overdue: 1 });
    expect(other?.remarks).toEqual({ received: 1, fixed: 1, open: 1, overdue: 0 });
    // The attendance entry at 23:59 on 10-05 and the lesson at 00:00 and at 14:00 on 10-06 (Bishkek).
    expect(mine).toMatchObject({ entries: 3, days: 2 });
  });

  it('refuses a month to come, one outside every year, and the administrator', () => {
    const future = expectError(t.call('control.journalWork', { month: '2025-11' }, f.deputy.token), 'INVALID_INPUT');
    expect(future.fields).toEqual([{ path: 'month', message: 'validation.usage.futureMonth' }]);
    const none = expectError(t.call('control.journalWork', { month: '2024-01' }, f.deputy.token), 'INVALID_INPUT');
    expect(none.fields).toEqual([{ path: 'month', message: 'validation.usage.noYear' }]);
    expectError(t.call('control.journalWork', { month: '2025-09' }, f.administrator.token), 'FORBIDDEN');
    expectError(t.call('control.journalWork', { month: '2025-13' }, f.deputy.token), 'INVALID_INPUT');
  });
});
