import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase, type Database } from '../../src-main/db/connection';
import { classAbsences } from '../../src-main/print/data/absences';
import { attendanceDocument } from '../../src-main/print/documents/attendance';
import { makeTempDir, removeDir } from '../helpers/app';
import { demoDatabase, demoIds, renderAndRead, rowsNaming, type RenderedText } from '../helpers/print';
import { prepareKind as prepareWith } from '../helpers/print-kind';

let dir: string;
let db: Database;
let ids: { yearId: number; classId: number };
let pupils: { id: number; name: string }[];
let ky: RenderedText;
let year: RenderedText;

const q1 = { from: '2026-09-01', to: '2026-10-31' };

/**
 * Counted straight from the tables: absences (not late arrivals) in the class's lessons by month,
 * and the days on which the pupil missed every lesson that was theirs (whole-class or their subgroup's).
 */
function handCount(studentId: number, month: string) {
  const span = { classId: ids.classId, studentId, month, ...q1 };
  const lessons = db.sqlite
    .prepare(
      `select count(*) as lessons, coalesce(sum(a.reason_kind = 'excused'), 0) as excused, coalesce(sum(a.reason_kind = 'ill'), 0) as ill
         from attendance a join lesson l on l.id = a.lesson_id join class_subject cs on cs.id = l.class_subject_id
        where cs.class_id = @classId and a.student_id = @studentId and a.status = 'absent'
          and l.date between @from and @to and substr(l.date, 1, 7) = @month`,
    )
    .get(span) as { lessons: number; excused: number; ill: number };
  const days = db.sqlite
    .prepare(
      `select count(*) from (
         select l.date from lesson l join class_subject cs on cs.id = l.class_subject_id
          where cs.class_id = @classId and l.date between @from and @to and substr(l.date, 1, 7) = @month
            and (l.subgroup_id is null
                 or exists (select 1 from subgroup_member m where m.subgroup_id = l.subgroup_id and m.student_id = @studentId))
          group by l.date
         having count(*) = sum(exists (select 1 from attendance a where a.lesson_id = l.id and a.student_id = @studentId
                                          and a.status = 'absent')))`,
    )
    .pluck()
    .get(span) as number;
  return { ...lessons, days };
}

/** The numbers of a row after its name (blank cells print nothing). */
function rowNumbers(text: string, name: string): string[] {
  const line = text.split('\n').find((l) => l.includes(name)) ?? '';
  return line
    .slice(line.indexOf(name) + name.length)
    .trim()
    .split(/\s+/)
    .filter(Boolean);
}

const printed = (c: { lessons: number; excused: number; ill: number; days: number }) =>
  [c.lessons, c.excused, c.ill, c.days].filter((n) => n > 0).map(String);

beforeAll(async () => {
  dir = makeTempDir('mektep-print-attendance-');
  db = demoDatabase(dir);
  ids = demoIds(db, '5-А');
  pupils = db.sqlite
    .prepare(
      `select distinct s.id, s.surname || ' ' || s.name as name from enrollment e join student s on s.id = e.student_id where e.class_id = ?`,
    )
    .all(ids.classId) as typeof pupils;
  ky = await renderAndRead(prepareWith(db, attendanceDocument, { ...ids, period: 'q1' }, 'ky'), dir, 'attendance-ky');
  year = await renderAndRead(
    prepareWith(db, attendanceDocument, { ...ids, period: 'year' }, 'ru'),
    dir,
    'attendance-year',
  );
}, 60_000);

afterAll(() => {
  closeDatabase(db);
  removeDir(dir);
});

describe('the attendance ledger of 5-А for the first quarter, in Kyrgyz', () => {
  it('shows every pupil once, with the Kyrgyz letters intact', () => {
    expect(pupils.length).toBeGreaterThan(20);
    for (const p of pupils) expect(rowsNaming(ky.text, p.name), p.name).toBe(1);
    expect(ky.text).toContain('Катышуунун жыйынтык ведомосту');
    expect(ky.text).toMatch(/Сентябрь\s+Октябрь\s+Бардыгы/);
    expect(ky.text).toContain('Өмүралиев Талант');
  });

  it("prints a pupil's missed lessons, excused, ill and days by month as counted by hand, lateness aside", () => {
    // The pupil who missed most, and who was also late: lateness must not count.
    const pupil = db.sqlite
      .prepare(
        `select a.student_id from attendance a join lesson l on l.id = a.lesson_id join class_subject cs on cs.id = l.class_subject_id
          where cs.class_id = ? and l.date between ? and ? group by a.student_id
         having sum(a.status = 'late') > 0 order by sum(a.status = 'absent') desc limit 1`,
      )
      .pluck()
      .get(ids.classId, q1.from, q1.to) as number;
    const name = pupils.find((p) => p.id === pupil)?.name ?? '';
    const sep = handCount(pupil, '2026-09');
    const oct = handCount(pupil, '2026-10');
    const total = {
      lessons: sep.lessons + oct.lessons,
      excused: sep.excused + oct.excused,
      ill: sep.ill + oct.ill,
      days: sep.days + oct.days,
    };
    expect(total.lessons).toBeGreaterThan(20);
    expect(total.days).toBeGreaterThan(0);
    expect(rowNumbers(ky.text, name)).toEqual([...printed(sep), ...printed(oct), ...printed(total)]);
  });

  it("adds up the class's total row from the pupils' counts", () => {
    const sum = (month: string) =>
      pupils
        .map((p) => handCount(p.id, month))
        .reduce((a, c) => ({
          lessons: a.lessons + c.lessons,
          excused: a.excused + c.excused,
          ill: a.ill + c.ill,
          days: a.days + c.days,
        }));
    const sep = sum('2026-09');
    const oct = sum('2026-10');
    const total = {
      lessons: sep.lessons + oct.lessons,
      excused: sep.excused + oct.excused,
      ill: sep.ill + oct.ill,
      days: sep.days + oct.days,
    };
    expect(rowNumbers(ky.text, 'Класс боюнча бардыгы')).toEqual([...printed(sep), ...printed(oct), ...printed(total)]);
  });

  it('numbers the pages "Барак N / M" and ends with the director\'s and the class teacher\'s signatures', () => {
    expect(ky.pageTexts).toHaveLength(ky.pages);
    ky.pageTexts.forEach((page, i) => expect(page).toContain(`Барак ${i + 1} / ${ky.pages}`));
    const last = ky.pageTexts.at(-1) ?? '';
    for (const line of ['Мектептин мүдүрү', 'Класс жетекчи', 'М.П.']) expect(last).toContain(line);
    expect(last).toMatch(/Текшерүү коду: [0-9A-Z]{4}-[0-9A-Z]{4}/);
  });
});

describe('the attendance ledger for the year, in Russian', () => {
  it('runs the months in two bands, every pupil once in each, the totals in the last', () => {
    for (const p of pupils) expect(rowsNaming(year.text, p.name), p.name).toBe(2);
    expect(year.text).toMatch(/Сентябрь\s+Октябрь\s+Ноябрь\s+Декабрь\s+Январь/);
    expect(year.text).toMatch(/Февраль\s+Март\s+Апрель\s+Май\s+Итого/);
    expect(year.pageTexts[0]).not.toContain('Учебный год,');
    year.pageTexts.forEach((page, i) => expect(page).toContain(`Страница ${i + 1} / ${year.pages}`));
  });

  it('exports one table: a row per pupil and the class total, four numbers a month and the totals', () => {
    const [sheet] = attendanceDocument.tables?.(db, { ...ids, period: 'year' }, 'ru') ?? [];
    expect(sheet?.header[0]).toHaveLength(2 + 10 * 4);
    expect(sheet?.rows).toHaveLength(pupils.length + 1);
  });
});

describe('what counts as a day missed', () => {
  it('is a day on which the pupil missed every lesson that was theirs, not one lesson of it', () => {
    // A pupil with no absence in the quarter, on a September day with nothing written for them at all.
    const pupil = pupils.find((p) => handCount(p.id, '2026-09').lessons + handCount(p.id, '2026-10').lessons === 0);
    expect(pupil).toBeDefined();
    if (!pupil) return;
    const theirs = `from lesson l join class_subject cs on cs.id = l.class_subject_id
          where cs.class_id = @classId and (l.subgroup_id is null
             or exists (select 1 from subgroup_member m where m.subgroup_id = l.subgroup_id and m.student_id = @studentId))`;
    const date = db.sqlite
      .prepare(
        `select l.date ${theirs} and l.date like '2026-09-%' group by l.date
         having count(*) > 1 and sum(exists (select 1 from attendance a where a.lesson_id = l.id and a.student_id = @studentId)) = 0
         order by l.date limit 1`,
      )
      .pluck()
      .get({ classId: ids.classId, studentId: pupil.id }) as string;
    const day = db.sqlite
      .prepare(`select l.id ${theirs} and l.date = @date`)
      .pluck()
      .all({ classId: ids.classId, studentId: pupil.id, date }) as number[];
    expect(day.length).toBeGreaterThan(1);
    const absent = db.sqlite.prepare(
      `insert into attendance (lesson_id, student_id, status, reason_kind) values (?, ?, 'absent', 'ill')`,
    );
    const late = db.sqlite.prepare(
      `insert into attendance (lesson_id, student_id, status, reason_kind) values (?, ?, 'late', 'unexcused')`,
    );
    const counts = () => classAbsences(db, ids.classId, q1.from, q1.to).get(pupil.id)?.get('2026-09');
    try {
      for (const lesson of day.slice(1)) absent.run(lesson, pupil.id);
      late.run(day[0], pupil.id);
      expect(counts()).toEqual({ lessons: day.length - 1, excused: 0, ill: day.length - 1, days: 0 });
      db.sqlite.prepare('delete from attendance where lesson_id = ? and student_id = ?').run(day[0], pupil.id);
      absent.run(day[0], pupil.id);
      expect(counts()).toEqual({ lessons: day.length, excused: 0, ill: day.length, days: 1 });
    } finally {
      db.sqlite
        .prepare(`delete from attendance where student_id = ? and lesson_id in (${day.map(() => '?').join(',')})`)
        .run(pupil.id, ...day);
    }
  });
});
