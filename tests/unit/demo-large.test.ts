import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src-main/audit/audit-log';
import { closeDatabase, openDatabase, transaction, type Database } from '../../src-main/db/connection';
import { migrationsFolder } from '../../src-main/db/paths';
import { eachDate, weekday } from '../../src-main/demo/dates';
import { fillLargeSchool, largeSchoolYear } from '../../src-main/demo/large-school';
import { createSchool } from '../../src-main/school/setup-service';
import { makeTempDir, removeDir } from '../helpers/app';

// Three weeks after the 2025–2026 year: the generator fills the whole of it.
const now = new Date('2026-06-20T06:00:00.000Z');
// Three classes land in grades 2, 6 and 10: grade 2 takes marks only from the second half-year.
const classes = 3;

let dir: string;
const opened: Database[] = [];

function largeDatabase(name: string, seed: number): Database {
  const db = openDatabase(path.join(dir, `${name}.sqlite`), { migrationsFolder: migrationsFolder() });
  opened.push(db);
  transaction(db, () => {
    createSchool(db, { nameKy: 'Чоң мектеп', nameRu: 'Большая школа', year: largeSchoolYear(now) }, now);
    fillLargeSchool(db, { now, seed, classes });
  });
  return db;
}

const all = <T>(db: Database, sql: string, ...params: unknown[]) => db.sqlite.prepare(sql).all(...params) as T[];
const value = (db: Database, sql: string, ...params: unknown[]) =>
  db.sqlite
    .prepare(sql)
    .pluck()
    .get(...params) as number;

function fingerprint(db: Database) {
  const tables = ['student', 'class', 'staff', 'class_subject', 'lesson', 'mark', 'attendance', 'period_mark'];
  return {
    counts: tables.map((t) => value(db, `select count(*) from "${t}"`)),
    pupils: all(db, 'select surname, name, pin from student order by id limit 5'),
    marks: all(db, 'select lesson_id, student_id, value, kind, entered_at from mark order by id desc limit 5'),
    audit: value(db, 'select hash from audit_entry order by id desc limit 1'),
  };
}

let db: Database;
let twin: Database;
let other: Database;

beforeAll(() => {
  dir = makeTempDir('mektep-large-');
  db = largeDatabase('a', 7);
  twin = largeDatabase('b', 7);
  other = largeDatabase('c', 8);
}, 240_000);

afterAll(() => {
  for (const d of opened) closeDatabase(d);
  removeDir(dir);
});

describe('the large school, scaled down to three classes', () => {
  it('comes out the same for the same seed, to the last audit hash, and differently for another', () => {
    expect(fingerprint(twin)).toEqual(fingerprint(db));
    expect(fingerprint(other).pupils).not.toEqual(fingerprint(db).pupils);
  });

  it('lives in the last year that is over, with the classes asked for', () => {
    expect(all(db, 'select starts_on, ends_on from academic_year where is_current')).toEqual([
      { starts_on: '2025-09-01', ends_on: '2026-05-31' },
    ]);
    expect(all(db, 'select grade from class order by grade').map((r) => (r as { grade: number }).grade)).toEqual([
      2, 6, 10,
    ]);
  });

  it('gives every class subject every lesson of its timetable on every school day of the four quarters', () => {
    const quarters = all<{ startsOn: string; endsOn: string }>(
      db,
      "select starts_on as startsOn, ends_on as endsOn from period where kind = 'quarter' order by number",
    );
    const holidays = new Set(
      all<{ s: string; e: string }>(db, 'select starts_on as s, ends_on as e from holiday').flatMap((h) =>
        eachDate(h.s, h.e),
      ),
    );
    const schoolDays = quarters
      .flatMap((q) => eachDate(q.startsOn, q.endsOn))
      .filter((d) => weekday(d) <= 5 && !holidays.has(d));
    const perWeekday = new Map<number, number>();
    for (const d of schoolDays) perWeekday.set(weekday(d), (perWeekday.get(weekday(d)) ?? 0) + 1);
    const loads = all<{ id: number }>(db, 'select id from class_subject');
    expect(loads.length).toBeGreaterThan(30);
    for (const { id } of loads) {
      const slots = all<{ weekday: number }>(db, 'select weekday from timetable_slot where class_subject_id = ?', id);
      const expected = slots.reduce((n, s) => n + (perWeekday.get(s.weekday) ?? 0), 0);
      expect(value(db, 'select count(*) from lesson where class_subject_id = ?', id), `class subject ${id}`).toBe(
        expected,
      );
      for (const q of quarters) {
        const n = value(
          db,
          'select count(*) from lesson where class_subject_id = ? and date between ? and ?',
          id,
          q.startsOn,
          q.endsOn,
        );
        expect(n).toBeGreaterThan(0);
      }
    }
    expect(value(db, 'select count(*) from attendance')).toBeGreaterThan(100);
  });

  it('marks grade 2 from its second half-year only, the other grades in every quarter', () => {
    const marks = all<{ grade: number; quarter: number; n: number }>(
      db,
      `select c.grade, p.number as quarter, count(m.id) as n
         from period p join class c
         left join class_subject cs on cs.class_id = c.id
         left join lesson l on l.class_subject_id = cs.id and l.date between p.starts_on and p.ends_on
         left join mark m on m.lesson_id = l.id
        where p.kind = 'quarter' group by c.grade, p.number order by c.grade, p.number`,
    );
    for (const row of marks) {
      if (row.grade === 2 && row.quarter <= 2) expect(row.n, `grade 2, quarter ${row.quarter}`).toBe(0);
      else expect(row.n, `grade ${row.grade}, quarter ${row.quarter}`).toBeGreaterThan(200);
    }
  });

  it('sets the quarter marks of each graded quarter and a year mark that is their rounded mean', () => {
    const pupilsOf = (grade: number) =>
      value(db, 'select count(*) from enrollment e join class c on c.id = e.class_id where c.grade = ?', grade);
    const quarterMarks = all<{ grade: number; number: number; n: number; subjects: number }>(
      db,
      `select c.grade, pm.number, count(*) as n, count(distinct pm.class_subject_id) as subjects
         from period_mark pm join class_subject cs on cs.id = pm.class_subject_id join class c on c.id = cs.class_id
        where pm.kind = 'quarter' group by c.grade, pm.number order by 1, 2`,
    );
    expect(quarterMarks.map((r) => [r.grade, r.number])).toEqual([
      [2, 3],
      [2, 4],
      [6, 1],
      [6, 2],
      [6, 3],
      [6, 4],
      [10, 1],
      [10, 2],
      [10, 3],
      [10, 4],
    ]);
    for (const r of quarterMarks) expect(r.n).toBe(r.subjects * pupilsOf(r.grade));
    const years = all<{ value: string; quarters: string }>(
      db,
      `select y.value, (select group_concat(q.value) from period_mark q where q.kind = 'quarter'
                          and q.class_subject_id = y.class_subject_id and q.student_id = y.student_id) as quarters
         from period_mark y where y.kind = 'year'`,
    );
    expect(years.length).toBe(
      value(db, "select count(distinct class_subject_id || ':' || student_id) from period_mark"),
    );
    for (const y of years) {
      const numbers = y.quarters
        .split(',')
        .filter((v) => /^[2-5]$/.test(v))
        .map(Number);
      const mean = numbers.reduce((a, b) => a + b, 0) / numbers.length;
      expect(y.value).toBe(numbers.length ? String(Math.floor(mean + 0.5)) : 'н/а');
    }
  });

  it('keeps an audit trail of everything entered, in the order entered, whose chain verifies', () => {
    expect(verifyAuditChain(db)).toEqual({ ok: true, entries: value(db, 'select count(*) from audit_entry') });
    const counts = ['lesson', 'mark', 'attendance', 'period_mark'].map((t) => value(db, `select count(*) from ${t}`));
    expect(value(db, 'select count(*) from audit_entry')).toBe(counts.reduce((a, b) => a + b, 0));
    expect(
      value(db, 'select count(*) from audit_entry a join audit_entry b on b.id = a.id + 1 where b.at < a.at'),
    ).toBe(0);
    expect(
      all(db, 'select action, count(*) as n from audit_entry group by action order by action').map(
        (r) => (r as { action: string }).action,
      ),
    ).toEqual(['journal.attendanceSet', 'journal.lessonSave', 'journal.markSet', 'periodMarks.set']);
  });
});

describe('npm run cli -- init --size', () => {
  const root = path.resolve(__dirname, '../..');
  const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
  const cli = (...args: string[]) =>
    spawnSync(tsx, ['src-main/cli/main.ts', 'init', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });

  it('takes only "large", and only with --demo', { timeout: 120_000 }, () => {
    const file = path.join(dir, 'cli.sqlite');
    const wrong = cli('--db', file, '--demo', '--size', 'huge');
    expect([wrong.status, wrong.stderr]).toEqual([2, expect.stringContaining('--size') as string]);
    const noDemo = cli('--db', file, '--school', 'Мектеп', '--size', 'large');
    expect([noDemo.status, noDemo.stderr]).toEqual([2, expect.stringContaining('--demo') as string]);
  });
});
