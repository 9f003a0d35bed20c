import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, expectOk, openTestApp, signIn, staffSchool, type Staffed, type TestApp } from '../helpers/app';
import { addLesson, planSchool, type PlanSchool } from '../helpers/samples/plan';

/*
 * Programme completion against hand-made lessons, and the deputy's overview. The year's quarters:
 * Q1 2025-09-01 – 2025-10-31, Q2 2025-11-10 – 2025-12-28.
 */

let t: TestApp;
let f: Staffed;
let s: PlanSchool;
let q1: number;
let q2: number;
let class5a: number;
const ids: Record<string, number> = {};

beforeAll(() => {
  t = openTestApp();
  f = staffSchool(t);
  s = planSchool(t, f);
  const quarter = (n: number) =>
    (t.db.sqlite.prepare(`select id from period where kind = 'quarter' and number = ?`).get(n) as { id: number }).id;
  [q1, q2] = [quarter(1), quarter(2)];
  class5a = (
    t.db.sqlite.prepare('select class_id as id from class_subject where id = ?').get(s.math5a) as { id: number }
  ).id;
  const save = (classSubjectId: number, topics: object[], subgroupId?: number) => {
    const view = expectOk(t.call('plan.save', { classSubjectId, subgroupId, topics: topics as never }, f.deputy.token));
    for (const x of view.topics) ids[x.title] = x.topicId;
  };
  save(s.math5a, [
    { title: 'A', hours: 2, plannedDate: '2025-09-02' },
    { title: 'B', hours: 2, plannedDate: '2025-09-16' },
    { title: 'C', hours: 1, plannedDate: '2025-10-28' },
    { title: 'D', hours: 2, plannedDate: '2025-11-12' },
    { title: 'E', hours: 50 },
    { title: 'F', hours: 11 },
  ]);
  save(s.english5a, [
    { title: 'E1', hours: 1, plannedDate: '2025-09-03' },
    { title: 'E2', hours: 1, plannedDate: '2025-09-10' },
  ]);
  save(s.english5a, [{ title: 'G2a', hours: 1, plannedDate: '2025-09-03' }], s.group2);
  const lesson = (classSubjectId: number, date: string, topic: string | null, subgroupId?: number) =>
    addLesson(t, { classSubjectId, date, planTopicId: topic ? ids[topic] : null, subgroupId: subgroupId ?? null });
  lesson(s.math5a, '2025-09-02', 'A');
  lesson(s.math5a, '2025-09-04', 'A');
  lesson(s.math5a, '2025-09-16', 'B');
  lesson(s.math5a, '2025-10-01', null);
  lesson(s.math5a, '2025-11-12', 'D');
  lesson(s.english5a, '2025-09-03', 'E1', s.group1);
  lesson(s.english5a, '2025-09-10', 'E2');
  lesson(s.english5a, '2025-09-03', 'G2a', s.group2);
});
afterAll(() => t.close());

const brief = (row: { subgroupName: string | null; subject: { nameKy: string } }) =>
  `${row.subject.nameKy}${row.subgroupName ? ` ${row.subgroupName}` : ''}`;

describe('plan.completion', () => {
  it('counts planned topics and hours, delivered lessons and the topics not yet given in the first quarter', () => {
    const report = expectOk(t.call('plan.completion', { periodId: q1, classId: class5a }, f.director.token));
    expect(report.period).toMatchObject({ kind: 'quarter', number: 1, startsOn: '2025-09-01', endsOn: '2025-10-31' });
    expect(report.rows.map(brief)).toEqual(['Англис тили 1-топ', 'Англис тили 2-топ', 'Математика']);
    const math = report.rows[2];
    expect(math).toMatchObject({
      plannedTopics: 3,
      plannedHours: 5,
      deliveredLessons: 4,
      deliveredHours: 4,
      hoursMatch: true,
      hours: { planned: 68, expected: 68, difference: 0 },
    });
    expect(math?.pending).toEqual([{ topicId: ids.C, position: 3, title: 'C', plannedDate: '2025-10-28' }]);
  });

  it('gives a subgroup its own lessons and the whole class ones, and its own plan or else the class plan', () => {
    const [group1, group2] = expectOk(
      t.call('plan.completion', { periodId: q1, classId: class5a }, f.deputy.token),
    ).rows;
    // Group 1 works to the class plan (E1, E2): its own lesson and the whole-class one name both.
    expect(group1).toMatchObject({
      plannedTopics: 2,
      plannedHours: 2,
      deliveredLessons: 2,
      pending: [],
      hoursMatch: false,
    });
    expect(group2).toMatchObject({ plannedTopics: 1, plannedHours: 1, deliveredLessons: 2, pending: [] });
    expect(group2?.hours).toMatchObject({ planned: 1, expected: 68, difference: -67 });
  });

  it('in the second quarter counts only its own dates, and still lists what was left from the first', () => {
    // While the second quarter has not begun, its lesson entered ahead is not delivered yet.
    const ahead = expectOk(t.call('plan.completion', { periodId: q2, classId: class5a }, f.deputy.token)).rows[2];
    expect(ahead).toMatchObject({ deliveredLessons: 0 });
    const jump = Date.parse('2025-12-29T08:00:00.000Z') - t.clock.now().getTime();
    t.clock.advance(jump);
    try {
      const deputy = signIn(t, f.deputy.login, f.deputy.password);
      const math = expectOk(t.call('plan.completion', { periodId: q2, classId: class5a }, deputy)).rows[2];
      expect(math).toMatchObject({ plannedTopics: 1, plannedHours: 2, deliveredLessons: 1, deliveredHours: 1 });
      expect(math?.pending.map((p) => p.title)).toEqual(['C']);
    } finally {
      t.clock.advance(-jump);
    }
  });

  it('shows a teacher only their own lines: the other teacher the group they teach', () => {
    const own = expectOk(t.call('plan.completion', { periodId: q1, classId: class5a }, s.other.token));
    expect(own.rows.map(brief)).toEqual(['Англис тили 1-топ']);
    const all = expectOk(t.call('plan.completion', { periodId: q1 }, s.other.token));
    expect(all.rows.map((r) => `${r.className} ${brief(r)}`)).toEqual(['5-А Англис тили 1-топ', '5-Б Математика']);
  });

  it('refuses an unknown period and a class of another year', () => {
    const missing = expectError(t.call('plan.completion', { periodId: 9999 }, f.deputy.token), 'NOT_FOUND');
    expect(missing.fields).toEqual([{ path: 'periodId', message: 'validation.plan.periodNotFound' }]);
    const old = t.db.sqlite
      .prepare(`insert into academic_year (title, starts_on, ends_on) values ('2024–2025', '2024-09-01', '2025-05-31')`)
      .run().lastInsertRowid;
    const cls = t.db.sqlite
      .prepare(`insert into class (year_id, grade, letter, letter_key, language) values (?, 5, 'А', 'А', 'ky')`)
      .run(old).lastInsertRowid as number;
    const other = expectError(
      t.call('plan.completion', { periodId: q1, classId: cls }, f.deputy.token),
      'INVALID_INPUT',
    );
    expect(other.fields).toEqual([{ path: 'classId', message: 'validation.plan.classOtherYear' }]);
  });
});

describe('plan.overview', () => {
  it('lists every plan line of the year with its status: which plans are missing and which do not match', () => {
    const overview = expectOk(t.call('plan.overview', {}, f.deputy.token));
    expect(overview.year).toMatchObject({ title: '2025–2026', closed: false });
    const rows = overview.rows.map((r) => [
      r.className,
      brief(r),
      r.topicCount,
      r.shared,
      r.hours.difference,
      r.status,
    ]);
    expect(rows).toEqual([
      ['1-А', 'Математика', 0, false, -66, 'missing'],
      ['5-А', 'Англис тили', 2, false, -66, 'mismatch'],
      ['5-А', 'Англис тили 1-топ', 2, true, -66, 'mismatch'],
      ['5-А', 'Англис тили 2-топ', 1, false, -67, 'mismatch'],
      ['5-А', 'Математика', 6, false, 0, 'ok'],
      ['5-Б', 'Математика', 0, false, -68, 'missing'],
      ['5-Б', 'Тарых', 0, false, -34, 'missing'],
      ['6-А', 'Математика', 0, false, -68, 'missing'],
    ]);
    expect(overview.rows.find((r) => r.subgroupId === s.group1)?.teacher?.staffId).toBe(s.other.staffId);
  });

  it('shows a teacher their own lines only', () => {
    const rows = expectOk(t.call('plan.overview', undefined, s.other.token)).rows;
    expect(rows.map((r) => `${r.className} ${brief(r)}`)).toEqual(['5-А Англис тили 1-топ', '5-Б Математика']);
  });
});
