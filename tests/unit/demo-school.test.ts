import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase, transaction, type Database } from '../../src-main/db/connection';
import { migrationsFolder } from '../../src-main/db/paths';
import { createSchool } from '../../src-main/school/setup-service';
import { verifyPassword } from '../../src-main/accounts/password';
import { verifyAuditChain } from '../../src-main/audit/audit-log';
import { demoCredentials, fillDemoSchool } from '../../src-main/demo/demo-school';

// After the first quarter of the 2026–2027 year that createSchool proposes for this date.
const now = new Date('2026-11-23T10:00:00.000Z');
const today = '2026-11-23';

let dir: string;
const opened: Database[] = [];

function demoDatabase(name: string, options: { now: Date; seed?: number }): Database {
  const db = openDatabase(path.join(dir, `${name}.sqlite`), { migrationsFolder: migrationsFolder() });
  opened.push(db);
  transaction(db, () => {
    createSchool(db, { nameKy: 'Демо мектеп', nameRu: 'Демо школа' }, options.now);
    fillDemoSchool(db, options);
  });
  return db;
}

function all<T>(db: Database, sql: string, ...params: unknown[]): T[] {
  return db.sqlite.prepare(sql).all(...params) as T[];
}

function value(db: Database, sql: string, ...params: unknown[]): number {
  return db.sqlite
    .prepare(sql)
    .pluck()
    .get(...params) as number;
}

/** Counts and the first pupils: what "the same demo" means across runs (timestamps aside). */
function fingerprint(db: Database) {
  const counts = [
    'student',
    'guardian',
    'class',
    'staff',
    'class_subject',
    'lesson',
    'mark',
    'attendance',
    'period_mark',
  ];
  return {
    counts: counts.map((table) => value(db, `select count(*) from "${table}"`)),
    pupils: all(db, 'select surname, name, patronymic, birth_date, sex, pin, address from student order by id limit 5'),
    marks: all(db, 'select lesson_id, student_id, value, kind from mark order by id limit 5'),
  };
}

let db: Database;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mektep-demo-'));
  db = demoDatabase('main', { now });
}, 60_000);

afterAll(() => {
  for (const d of opened) closeDatabase(d);
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the demo school', () => {
  it('has over 600 pupils in 11 grades, 25–30 in each class, every one enrolled from the first day', () => {
    expect(value(db, 'select count(*) from student')).toBeGreaterThan(600);
    expect(value(db, 'select count(distinct grade) from class')).toBe(11);
    const sizes = all<{ grade: number; n: number }>(
      db,
      'select c.grade, count(e.id) as n from class c left join enrollment e on e.class_id = c.id group by c.id',
    );
    for (const { n } of sizes) expect(n).toBeGreaterThanOrEqual(25);
    for (const { n } of sizes) expect(n).toBeLessThanOrEqual(30);
    for (let grade = 1; grade <= 11; grade += 1) {
      const classes = sizes.filter((s) => s.grade === grade).length;
      expect(classes).toBeGreaterThanOrEqual(2);
      expect(classes).toBeLessThanOrEqual(3);
    }
    expect(value(db, 'select count(*) from student where id not in (select student_id from enrollment)')).toBe(0);
    const start = value(db, 'select starts_on from academic_year where is_current');
    expect(value(db, 'select count(*) from enrollment where from_date <> ?', start)).toBe(0);
    expect(value(db, 'select count(*) from class where class_teacher_id is null')).toBe(0);
    expect(
      all(db, 'select distinct language from class order by 1').map((r) => (r as { language: string }).language),
    ).toEqual(['ky', 'ru']);
  });

  it('gives every pupil a valid, unique PIN that matches sex and birth date', () => {
    const pupils = all<{ pin: string; sex: string; birthDate: string }>(
      db,
      'select pin, sex, birth_date as birthDate from student',
    );
    expect(new Set(pupils.map((p) => p.pin)).size).toBe(pupils.length);
    for (const p of pupils) {
      expect(p.pin).toMatch(/^[12]\d{13}$/);
      expect(p.pin[0]).toBe(p.sex === 'f' ? '1' : '2');
      const [y, m, d] = p.birthDate.split('-');
      expect(p.pin.slice(1, 9)).toBe(`${d}${m}${y}`);
    }
  });

  it('names pupils the Kyrgyz and the Russian way, with Ң, Ө and Ү', () => {
    const people = all<{ surname: string; name: string; patronymic: string; sex: string }>(
      db,
      'select surname, name, patronymic, sex from student',
    );
    const text = people.map((p) => `${p.surname} ${p.name} ${p.patronymic}`).join(' ');
    // No Kyrgyz word begins with Ң, so only the small letter can be looked for.
    for (const letter of ['ң', 'Ө', 'ө', 'Ү', 'ү']) expect(text.includes(letter), letter).toBe(true);
    for (const p of people) {
      if (p.patronymic.endsWith(' уулу') || /(ич)$/.test(p.patronymic)) expect(p.sex).toBe('m');
      if (p.patronymic.endsWith(' кызы') || /(на)$/.test(p.patronymic)) expect(p.sex).toBe('f');
      if (p.sex === 'f' && /(ов|ев)а?$/.test(p.surname)) expect(p.surname).toMatch(/а$/);
    }
    expect(people.some((p) => p.surname === 'Үсөнова' || p.surname === 'Үсөнов')).toBe(true);
    expect(value(db, "select count(*) from guardian where phone not like '+996 %'")).toBe(0);
  });

  it('gives grades 1 and 2 no marks, and marks only lessons of the first quarter before today', () => {
    const q1 = db.sqlite
      .prepare("select starts_on as startsOn, ends_on as endsOn from period where kind = 'quarter' and number = 1")
      .get() as { startsOn: string; endsOn: string };
    expect(
      value(
        db,
        `select count(*) from mark m join lesson l on l.id = m.lesson_id join class_subject cs on cs.id = l.class_subject_id
         join class c on c.id = cs.class_id where c.grade <= 2`,
      ),
    ).toBe(0);
    expect(value(db, 'select count(*) from mark')).toBeGreaterThan(1000);
    expect(
      value(db, 'select count(*) from lesson where date < ? or date > ? or date >= ?', q1.startsOn, q1.endsOn, today),
    ).toBe(0);
    expect(value(db, 'select count(*) from mark where entered_at > ?', now.toISOString())).toBe(0);
    expect(value(db, "select count(*) from lesson where cast(strftime('%w', date) as integer) in (0, 6)")).toBe(0);
    expect(value(db, "select count(*) from mark where value not in ('2', '3', '4', '5')")).toBe(0);
    const good =
      value(db, "select count(*) from mark where value in ('4', '5')") / value(db, 'select count(*) from mark');
    expect(good).toBeGreaterThan(0.6);
  });

  it('has a control work with marks in every class subject from grade 3', () => {
    const without = value(
      db,
      `select count(*) from class_subject cs join class c on c.id = cs.class_id where c.grade >= 3 and not exists
         (select 1 from lesson l join mark m on m.lesson_id = l.id where l.class_subject_id = cs.id and m.kind = 'control')`,
    );
    expect(without).toBe(0);
  });

  it('records absences and late arrivals, and quarter marks once the quarter is over', () => {
    expect(value(db, "select count(*) from attendance where status = 'absent'")).toBeGreaterThan(1000);
    expect(value(db, "select count(*) from attendance where status = 'late' and late_minutes is null")).toBe(0);
    expect(value(db, "select count(distinct reason_kind) from attendance where status = 'absent'")).toBe(3);
    const expected = value(
      db,
      `select count(*) from class_subject cs join class c on c.id = cs.class_id join enrollment e on e.class_id = c.id
       where c.grade >= 3`,
    );
    expect(value(db, "select count(*) from period_mark where kind = 'quarter' and number = 1")).toBe(expected);
  });

  it('keeps a teacher in one room at a time and splits English from grade 5', () => {
    const clashes = value(
      db,
      `select count(*) from (select c.shift, t.weekday, t.lesson_number, coalesce(sg.teacher_id, cs.teacher_id) as teacher
         from timetable_slot t join class_subject cs on cs.id = t.class_subject_id join class c on c.id = cs.class_id
         left join subgroup sg on sg.id = t.subgroup_id group by 1, 2, 3, 4 having count(*) > 1)`,
    );
    expect(clashes).toBe(0);
    expect(
      value(db, 'select count(*) from timetable_slot where weekday > 5 or lesson_number not between 1 and 6'),
    ).toBe(0);
    const splits = all<{ n: number; teachers: number; members: number; pupils: number }>(
      db,
      `select count(distinct sg.id) as n, count(distinct sg.teacher_id) as teachers,
              (select count(*) from subgroup_member m join subgroup s on s.id = m.subgroup_id where s.class_subject_id = cs.id) as members,
              (select count(*) from enrollment e where e.class_id = c.id) as pupils
       from class_subject cs join class c on c.id = cs.class_id join subject s on s.id = cs.subject_id
       join subgroup sg on sg.class_subject_id = cs.id where s.name_ru = 'Английский язык' group by cs.id`,
    );
    expect(splits.length).toBe(value(db, 'select count(*) from class where grade >= 5'));
    for (const s of splits) expect(s).toMatchObject({ n: 2, teachers: 2, members: s.pupils });
  });

  it('signs the demo accounts in with the demo password', () => {
    const teachers = value(db, "select count(*) from user where role = 'teacher'");
    expect(teachers).toBeGreaterThanOrEqual(40);
    expect(teachers).toBeLessThanOrEqual(60);
    for (const login of demoCredentials.logins) {
      const row = db.sqlite
        .prepare('select password_hash as hash, must_change_password as must from user where login = ?')
        .get(login) as { hash: string; must: number } | undefined;
      expect(row, login).toBeDefined();
      expect(verifyPassword(demoCredentials.password, row?.hash ?? '')).toBe(true);
      expect(row?.must).toBe(0);
    }
  });

  it('leaves the foreign keys and the audit chain intact', () => {
    expect(db.sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(verifyAuditChain(db).ok).toBe(true);
  });

  it('comes out the same for the same seed and differently for another', () => {
    const again = demoDatabase('again', { now });
    const other = demoDatabase('other', { now, seed: 99 });
    expect(fingerprint(again)).toEqual(fingerprint(db));
    expect(fingerprint(other)).not.toEqual(fingerprint(db));
  }, 60_000);

  it('stops at today while the first quarter is still running', () => {
    const early = demoDatabase('early', { now: new Date('2026-09-20T09:00:00.000Z') });
    expect(value(early, 'select count(*) from lesson')).toBeGreaterThan(0);
    expect(value(early, "select count(*) from lesson where date >= '2026-09-20'")).toBe(0);
    expect(value(early, 'select count(*) from period_mark')).toBe(0);
    // The plan (КТП) still covers the whole quarter.
    expect(value(early, "select count(*) from plan_topic where planned_date > '2026-10-01'")).toBeGreaterThan(0);
  }, 60_000);
});
