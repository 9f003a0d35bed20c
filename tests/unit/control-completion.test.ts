import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompletionLine } from '../../src-main/api/contract/control-completion';
import { programmeCompletion } from '../../src-main/control/completion/completion';
import { expectError, expectOk, openTestApp, staffSchool, type Staffed, type TestApp } from '../helpers/app';
import { completionSchool, type CompletionSchool } from '../helpers/samples/control-completion';

/* The school is described in tests/helpers/samples/control-completion.ts; today is Monday 2025-10-06. */

let t: TestApp;
let f: Staffed;
let s: CompletionSchool;
let q1: number;
let q2: number;

const name = (l: CompletionLine) => `${l.subject.nameKy}${l.subgroupName ? ` ${l.subgroupName}` : ''}`;
const byName = (lines: CompletionLine[], wanted: string) => {
  const line = lines.find((l) => name(l) === wanted);
  if (!line) throw new Error(`no line ${wanted}`);
  return line;
};
const titles = (l: CompletionLine) => l.untaught.map((u) => u.title);

beforeAll(() => {
  t = openTestApp();
  f = staffSchool(t);
  s = completionSchool(t, f);
  const quarter = (n: number) =>
    t.db.sqlite.prepare(`select id from period where kind = 'quarter' and number = ?`).pluck().get(n) as number;
  [q1, q2] = [quarter(1), quarter(2)];
});
afterAll(() => t.close());

describe('control.completion in the first quarter, as of today', () => {
  it('counts a dated plan: hours due, lessons entered, the lag and the topic skipped', () => {
    const report = expectOk(t.call('control.completion', { periodId: q1 }, f.deputy.token));
    expect(report.asOf).toBe('2025-10-06');
    expect(report.period).toMatchObject({ periodId: q1, kind: 'quarter', number: 1, startsOn: '2025-09-01' });
    const math = byName(report.lines, 'Математика');
    // T1–T4 are due (7 h); five lessons up to today (the one of 10-14 entered ahead is not given yet).
    expect(math).toMatchObject({ source: 'plan', plannedToDate: 7, delivered: 5, lag: 2, periodPlanned: 9 });
    expect(titles(math)).toEqual(['T3']);
    expect(math.teacher?.staffId).toBe(f.teacher.user.staffId);
  });

  it('follows the timetable for a plan without dates, and takes the plan’s first topics as due', () => {
    const physics = byName(expectOk(t.call('control.completion', { periodId: q1 }, f.deputy.token)).lines, 'Физика');
    // Mondays 09-01 … 10-06: six lessons planned; 2 h topics, so P1–P3 fill them; nine Mondays in the quarter.
    expect(physics).toMatchObject({ source: 'timetable', plannedToDate: 6, delivered: 4, lag: 2, periodPlanned: 9 });
    expect(titles(physics)).toEqual(['P3']);
  });

  it('reports a split subject per group, not its class line, and a line with neither plan nor timetable', () => {
    const report = expectOk(t.call('control.completion', { periodId: q1, classId: s.classId }, f.director.token));
    expect(report.lines.map(name)).toEqual(['Англис тили 1-топ', 'Англис тили 2-топ', 'Математика', 'Физика']);
    expect(byName(report.lines, 'Англис тили 1-топ')).toMatchObject({
      source: 'none',
      plannedToDate: 0,
      delivered: 1,
      lag: -1,
      untaught: [],
    });
    expect(byName(report.lines, 'Англис тили 2-топ')).toMatchObject({ delivered: 0, lag: 0 });
  });

  it('sums by teacher and by class', () => {
    const report = expectOk(t.call('control.completion', { periodId: q1 }, f.deputy.token));
    const mine = report.byTeacher.find((g) => g.teacher?.staffId === f.teacher.user.staffId);
    const other = report.byTeacher.find((g) => g.teacher?.staffId === s.other.staffId);
    // Mathematics and English group 2; physics and English group 1.
    expect(mine).toMatchObject({ lines: 2, plannedToDate: 7, delivered: 5, lag: 2, untaught: 1, behind: 1 });
    expect(other).toMatchObject({ lines: 2, plannedToDate: 6, delivered: 5, lag: 1, untaught: 1, behind: 1 });
    expect(report.byClass).toEqual([
      expect.objectContaining({ classId: s.classId, className: '7-А', lines: 4, lag: 3, periodPlanned: 18 }),
    ]);
    expect(report.total).toMatchObject({ lines: 4, plannedToDate: 13, delivered: 10, lag: 3, untaught: 2 });
  });

  it('filters by teacher', () => {
    const report = expectOk(t.call('control.completion', { periodId: q1, teacherId: s.other.staffId }, f.deputy.token));
    expect(report.lines.map(name)).toEqual(['Англис тили 1-топ', 'Физика']);
  });
});

describe('as of another day', () => {
  it('caps a finished period at its end: the lesson of 10-14 is then given, T5 taught', () => {
    const report = programmeCompletion(t.db, { periodId: q1, classId: s.classId }, '2025-11-20');
    expect(report.asOf).toBe('2025-10-31');
    const math = byName(report.lines, 'Математика');
    expect(math).toMatchObject({ plannedToDate: 9, delivered: 6, lag: 3 });
    expect(titles(math)).toEqual(['T3']);
  });

  it('before a period starts nothing is due in it, while the year’s leftovers stay listed', () => {
    const math = byName(programmeCompletion(t.db, { periodId: q2 }, '2025-10-06').lines, 'Математика');
    expect(math).toMatchObject({ plannedToDate: 0, delivered: 0, lag: 0, periodPlanned: 0 });
    expect(titles(math)).toEqual(['T3']);
  });

  it('without a period counts the whole year up to the day', () => {
    const report = programmeCompletion(t.db, {}, '2025-10-06');
    expect(report.period).toMatchObject({ periodId: null, kind: 'year', startsOn: '2025-09-01', endsOn: '2026-05-31' });
    expect(byName(report.lines, 'Физика')).toMatchObject({ plannedToDate: 6, delivered: 4 });
  });
});

describe('who sees what', () => {
  it('gives a teacher only the lines they teach, whatever they ask for', () => {
    // The English class subject is the sample teacher's: both its groups are theirs to see.
    const own = expectOk(t.call('control.completion', { periodId: q1 }, f.teacher.token));
    expect(own.lines.map(name)).toEqual(['Англис тили 1-топ', 'Англис тили 2-топ', 'Математика']);
    const asked = expectOk(t.call('control.completion', { periodId: q1, teacherId: s.other.staffId }, f.teacher.token));
    expect(asked.lines.map(name)).toEqual(['Англис тили 1-топ']);
    const other = expectOk(t.call('control.completion', undefined, s.other.token));
    expect(other.lines.map(name)).toEqual(['Англис тили 1-топ', 'Физика']);
  });

  it('refuses the administrator, an unknown period and a class of no such year', () => {
    expectError(t.call('control.completion', { periodId: q1 }, f.administrator.token), 'FORBIDDEN');
    const missing = expectError(t.call('control.completion', { periodId: 9999 }, f.deputy.token), 'NOT_FOUND');
    expect(missing.fields).toEqual([{ path: 'periodId', message: 'validation.plan.periodNotFound' }]);
    expectError(t.call('control.completion', { periodId: q1, classId: 9999 }, f.deputy.token), 'NOT_FOUND');
  });
});
