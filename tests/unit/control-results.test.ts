import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PeriodResults, ResultRow } from '../../src-main/api/contract/control-results';
import { resultsOfPeriod } from '../../src-main/control/results/period-results';
import { expectError, expectOk, openTestApp, staffSchool, type Staffed, type TestApp } from '../helpers/app';
import { buildControlSchool, type ControlSchool } from './control-school';

/* The numbers of `control-school.ts`, worked out by hand there and below. */

let t: TestApp;
let f: Staffed;
let s: ControlSchool;
let q2: PeriodResults;

function row(r: PeriodResults, key: string): ResultRow {
  const found = r.rows.find((x) => x.key === key);
  if (!found) throw new Error(`no row ${key}`);
  return found;
}

beforeAll(() => {
  t = openTestApp();
  f = staffSchool(t);
  s = buildControlSchool(t, f);
  q2 = expectOk(t.call('control.results', { period: 'q2' }, f.deputy.token));
});
afterAll(() => t.close());

describe('results of the second quarter for the deputy', () => {
  it('counts 5-А without the pupil who left on 1 December', () => {
    const a5 = row(q2, `class:${s.classes.a5}`);
    expect(a5.counts).toMatchObject({
      pupils: 4,
      graded: 4,
      excellent: 1,
      good: 1,
      oneThree: 1,
      withTwos: 1,
      notCertified: 0,
    });
    expect(a5.counts.marks).toEqual({ n5: 4, n4: 2, n3: 1, n2: 1, na: 0 });
    expect(a5.metrics.success).toBe(75);
    expect(a5.metrics.quality).toBe(50);
    // (100·4 + 64·2 + 36 + 16) / 8 and (20 + 8 + 3 + 2) / 8.
    expect(a5.metrics.sou).toBe(72.5);
    expect(a5.metrics.average).toBe(4.125);
    expect(q2.left).toEqual([{ pupil: 'Кеткен Окуучу', classTitle: '5-А', left: '2025-12-01' }]);
  });

  it('weighs н/а 7 in СОУ and leaves it out of the average (5-Б)', () => {
    const b5 = row(q2, `class:${s.classes.b5}`);
    expect(b5.counts).toMatchObject({ pupils: 2, graded: 2, good: 1, notCertified: 1, withTwos: 0 });
    expect(b5.metrics.success).toBe(50);
    expect(b5.metrics.sou).toBeCloseTo(107 / 3, 10);
    expect(b5.metrics.average).toBe(3.5);
  });

  it('adds the parallel and the school up from pupils, and leaves grade 1 out of the rates', () => {
    const five = row(q2, 'parallel:5');
    expect(five.classIds.sort()).toEqual([s.classes.a5, s.classes.b5].sort());
    expect(five.counts).toMatchObject({ pupils: 6, graded: 6 });
    expect(five.metrics.success).toBeCloseTo(400 / 6, 10);
    expect(five.metrics.quality).toBe(50);
    expect(five.metrics.sou).toBeCloseTo(687 / 11, 10);
    expect(five.metrics.average).toBe(4);
    const first = row(q2, `class:${s.classes.a1}`);
    expect(first.counts).toMatchObject({ pupils: 1, graded: 0 });
    expect(first.metrics).toEqual({ success: null, quality: null, sou: null, average: null });
    const school = row(q2, 'school');
    expect(school.counts).toMatchObject({ pupils: 7, graded: 6 });
    expect(school.metrics).toEqual(five.metrics);
  });

  it('counts a subject and a teacher once per pupil and class subject', () => {
    const math = row(q2, `subject:${s.subjects.math}`);
    expect(math.counts).toMatchObject({ pupils: 7, graded: 6, excellent: 1, good: 2, withTwos: 1, notCertified: 1 });
    expect(math.metrics.sou).toBeCloseTo(287 / 6, 10);
    expect(math.metrics.average).toBe(3.6);
    const kyr = row(q2, `subject:${s.subjects.kyr}`);
    expect(kyr.counts).toMatchObject({ pupils: 6, graded: 6, unmarked: 1 });
    expect(kyr.metrics.sou).toBe(80);
    expect(kyr.metrics.quality).toBeCloseTo(400 / 6, 10);
    const mine = row(q2, `teacher:${f.teacher.user.staffId}`);
    expect(mine.name.ru).toBe('Үсөнова А.');
    expect(mine.metrics).toEqual({ success: 75, quality: 50, sou: 54, average: 3.5 });
    const tegin = row(q2, `teacher:${s.teacher2.staffId}`);
    expect(tegin.counts).toMatchObject({ pupils: 9, graded: 8 });
    expect(tegin.metrics.quality).toBe(62.5);
    expect(tegin.metrics.sou).toBeCloseTo(471 / 7, 10);
  });

  it('lists the pupils behind the numbers with the subjects concerned', () => {
    const names = (group: string) =>
      q2.lists.filter((l) => l.group === group).map((l) => `${l.pupil}: ${l.subjects.map((x) => x.nameKy).join(', ')}`);
    expect(names('withTwos')).toEqual(['Жумабаев Окуучу: Математика']);
    expect(names('oneThree')).toEqual(['Дыйканов Окуучу: Математика']);
    // Сыдыков's only mark so far is a 4: by the marks set, one 4 from excellent (and "good" in the counts).
    expect(names('oneFour')).toEqual(['Бекова Окуучу: Математика', 'Сыдыков Окуучу: Математика']);
    expect(names('notCertified')).toEqual(['Орозова Окуучу: Математика']);
  });

  it('says which period marks are still missing, the period not being over', () => {
    expect(q2.period).toMatchObject({ code: 'q2', over: false });
    expect(q2.missing).toEqual([
      expect.objectContaining({
        classTitle: '5-Б',
        nameKy: 'Кыргыз тили',
        teacher: 'Тегин Н.',
        pupils: ['Сыдыков Окуучу'],
      }),
    ]);
  });

  it('compares with the first quarter, in which the pupil who left still counted', () => {
    expect(q2.previous).toEqual({ code: 'q1' });
    const a5 = row(q2, `class:${s.classes.a5}`);
    // Q1: five pupils, none with a 2; good: Асанов and Бекова; marks 5×1, 4×4, 3×5.
    expect(a5.previous).toEqual({ success: 100, quality: 40, sou: 53.6, average: 3.6 });
    // 5-Б had no marks in Q1: nothing to compare the rates with.
    expect(row(q2, `class:${s.classes.b5}`).previous).toEqual({ success: 0, quality: 0, sou: null, average: null });
    const q1 = expectOk(t.call('control.results', { period: 'q1' }, f.deputy.token));
    expect(q1.previous).toBeNull();
    expect(q1.rows.every((r) => r.previous === null)).toBe(true);
  });

  it('is what the plain function gives the benchmark for the period row', () => {
    const periodId = t.db.sqlite
      .prepare(`select id from period where year_id = ? and kind = 'quarter' and number = 2`)
      .pluck()
      .get(s.yearId) as number;
    const plain = resultsOfPeriod(t.db, periodId, '2025-10-06');
    expect(plain).toEqual(q2);
  });
});

describe('who sees which results', () => {
  it('gives the class teacher her own class only, without the school-wide rows', () => {
    const own = expectOk(t.call('control.results', { period: 'q2' }, f.teacher.token));
    expect(own.scope).toBe('ownClasses');
    expect(own.rows.map((r) => r.level).sort()).toEqual(['class', 'subject', 'subject']);
    expect(own.rows.flatMap((r) => r.classIds)).toEqual([s.classes.a5, s.classes.a5, s.classes.a5]);
    expect(own.lists.every((l) => l.classId === s.classes.a5)).toBe(true);
    expect(own.missing).toEqual([]);
  });

  it('gives a teacher who is no class teacher nothing', () => {
    const none = expectOk(t.call('control.results', { period: 'q2' }, s.teacher2.token));
    expect(none.rows).toEqual([]);
    expect(none.lists).toEqual([]);
  });

  it('lets the director read the whole school and refuses the administrator', () => {
    const director = expectOk(t.call('control.results', { period: 'q2' }, f.director.token));
    expect(director.scope).toBe('school');
    expectError(t.call('control.results', { period: 'q2' }, f.administrator.token), 'FORBIDDEN');
  });
});
