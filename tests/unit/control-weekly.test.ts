import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WeeklyAnalysis, WeeklyRow } from '../../src-main/api/contract/control-weekly';
import { mondayOf } from '../../src-main/control/weekly/analysis';
import { expectError, expectOk, openTestApp, staffSchool, type Staffed, type TestApp } from '../helpers/app';
import { buildControlSchool, type ControlSchool } from './control-school';

let t: TestApp;
let f: Staffed;
let s: ControlSchool;
let week: WeeklyAnalysis;

function rowOf(classId: number): WeeklyRow {
  const found = week.rows.find((r) => r.classId === classId);
  if (!found) throw new Error(`no row for class ${classId}`);
  return found;
}

beforeAll(() => {
  t = openTestApp();
  f = staffSchool(t);
  s = buildControlSchool(t, f);
  // Any day of the week gives the same week: Saturday here.
  week = expectOk(t.call('control.weekly', { weekOf: '2025-10-11' }, f.deputy.token));
});
afterAll(() => t.close());

describe('the weekly analysis of 6–12 October', () => {
  it('runs Monday to Sunday', () => {
    expect([week.monday, week.sunday]).toEqual(['2025-10-06', '2025-10-12']);
    expect(mondayOf('2025-10-06')).toBe('2025-10-06');
    expect(mondayOf('2025-10-12')).toBe('2025-10-06');
  });

  it('counts 5-А: the timetable without the holiday and the ended slot, and the lessons entered', () => {
    // Mon and Wed Математика, Tue Кыргыз тили (its slot ends on Tue); Thu's new slot falls on the holiday.
    expect(rowOf(s.classes.a5)).toEqual({
      classId: s.classes.a5,
      classTitle: '5-А',
      grade: 5,
      planned: 3,
      entered: 2,
      noTopic: 1,
      noHomework: 1,
      marks: 4,
      twos: 2,
      excused: 1,
      unexcused: 1,
      late: 1,
    });
  });

  it('counts 5-Б and a class without lessons, and adds the school up', () => {
    expect(rowOf(s.classes.b5)).toMatchObject({
      planned: 1,
      entered: 1,
      noTopic: 0,
      noHomework: 1,
      marks: 0,
      excused: 1,
    });
    expect(rowOf(s.classes.a1)).toMatchObject({ planned: 0, entered: 0, marks: 0 });
    expect(week.total).toEqual({
      planned: 4,
      entered: 3,
      noTopic: 1,
      noHomework: 2,
      marks: 4,
      twos: 2,
      excused: 2,
      unexcused: 1,
      late: 1,
    });
  });

  it('is for the deputy and the director, not a teacher', () => {
    expectOk(t.call('control.weekly', { weekOf: '2025-10-06' }, f.director.token));
    expectError(t.call('control.weekly', { weekOf: '2025-10-06' }, f.teacher.token), 'FORBIDDEN');
    expectError(t.call('control.weekly', { weekOf: '2025-02-30' }, f.deputy.token), 'INVALID_INPUT');
  });
});
