import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase, type Database } from '../../src-main/db/connection';
import { quarterLedger } from '../../src-main/print/documents/quarter-ledger';
import { makeTempDir, removeDir } from '../helpers/app';
import { demoDatabase, demoIds, renderAndRead, rowsNaming, type RenderedText } from '../helpers/print';
import { prepareKind } from '../helpers/print-kind';

let dir: string;
let db: Database;
let ids: { yearId: number; classId: number };
let pupils: { id: number; pupil: string }[];
let ky: RenderedText;

/** The value, or a failed test when it is missing. */
function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('missing');
  return value;
}

/** Hand-computed from the tables, not through the code under test: 5-А's first quarter. */
function handResults(classId: number) {
  const perPupil = db.sqlite
    .prepare(
      `select pm.student_id as id, count(*) as n, sum(pm.value in ('4', '5')) as good,
              sum(pm.value = '2') as twos, sum(pm.value = 'н/а') as na
         from period_mark pm join class_subject cs on cs.id = pm.class_subject_id
        where cs.class_id = ? and pm.kind = 'quarter' and pm.number = 1 group by pm.student_id`,
    )
    .all(classId) as { n: number; good: number; twos: number; na: number }[];
  const counts = db.sqlite
    .prepare(
      `select sum(value = '5') as n5, sum(value = '4') as n4, sum(value = '3') as n3, sum(value = '2') as n2,
              sum(value = 'н/а') as na, count(*) as total
         from period_mark pm join class_subject cs on cs.id = pm.class_subject_id
        where cs.class_id = ? and pm.kind = 'quarter' and pm.number = 1`,
    )
    .get(classId) as { n5: number; n4: number; n3: number; n2: number; na: number; total: number };
  const fixed = (x: number, digits: number) => x.toFixed(digits).replace('.', ',');
  const n = pupils.length;
  return {
    quality: fixed((100 * perPupil.filter((p) => p.good === p.n).length) / n, 1),
    success: fixed((100 * perPupil.filter((p) => p.twos === 0 && p.na === 0).length) / n, 1),
    sou: fixed((100 * counts.n5 + 64 * counts.n4 + 36 * counts.n3 + 16 * counts.n2 + 7 * counts.na) / counts.total, 1),
  };
}

beforeAll(async () => {
  dir = makeTempDir('mektep-print-');
  db = demoDatabase(dir);
  ids = demoIds(db, '5-А');
  pupils = db.sqlite
    .prepare(
      `select distinct s.id, s.surname || ' ' || s.name as pupil from enrollment e
         join student s on s.id = e.student_id where e.class_id = ?`,
    )
    .all(ids.classId) as typeof pupils;
  ky = await renderAndRead(prepareKind(db, quarterLedger, { ...ids, period: 'q1' }, 'ky'), dir, 'quarter-ky');
}, 60_000);

afterAll(() => {
  closeDatabase(db);
  removeDir(dir);
});

describe('the quarter ledger of 5-А for the first quarter, in Kyrgyz', () => {
  it('shows every pupil once, with the Kyrgyz letters intact', () => {
    expect(pupils.length).toBeGreaterThan(20);
    for (const p of pupils) expect(rowsNaming(ky.text, p.pupil), p.pupil).toBe(1);
    expect(ky.text).toMatch(/[ҢңӨөҮү]/);
    expect(ky.text).toContain('Чейректик ведомость');
    expect(ky.text).toContain('I чейрек');
    expect(ky.text).toContain('Класстын жыйынтыктары');
  });

  it("shows each of a pupil's quarter marks in that pupil's row, in the subjects' order", () => {
    const pupil = must(pupils[3]);
    const marks = db.sqlite
      .prepare(
        `select pm.value from class_subject cs join subject sub on sub.id = cs.subject_id
           join period_mark pm on pm.class_subject_id = cs.id and pm.student_id = ? and pm.kind = 'quarter' and pm.number = 1
          where cs.class_id = ? order by sub.sort_order, sub.id, cs.id`,
      )
      .pluck()
      .all(pupil.id, ids.classId) as string[];
    const row = ky.text.split('\n').find((line) => new RegExp(`^\\s*\\d+\\s+${pupil.pupil}\\s`).test(line));
    const cells = row?.replace(pupil.pupil, '').trim().split(/\s+/) ?? [];
    // № first, then one mark per subject, then the pupil's average.
    expect(cells.slice(1, 1 + marks.length)).toEqual(marks);
    expect(cells).toHaveLength(marks.length + 2);
  });

  it("prints the class's quality, success and СОУ as computed by hand from the marks", () => {
    const hand = handResults(ids.classId);
    const lastCell = (label: string) =>
      ky.text
        .split('\n')
        .find((line) => line.trim().startsWith(label))
        ?.trim()
        .split(/\s+/)
        .at(-1);
    expect(lastCell('Сапат %')).toBe(hand.quality);
    expect(lastCell('Жетишүү %')).toBe(hand.success);
    expect(lastCell('СОУ %')).toBe(hand.sou);
    const facts = new Map(quarterLedger.build(db, { ...ids, period: 'q1' }, 'ky').facts);
    expect(facts.get('5-А · Сапат %')).toBe(hand.quality);
    expect(facts.get('5-А · Окуучулар')).toBe(String(pupils.length));
  });

  it('numbers the pages and ends with the three signatures and the seal', () => {
    ky.pageTexts.forEach((page, i) => expect(page).toContain(`Барак ${i + 1} / ${ky.pages}`));
    const last = ky.pageTexts.at(-1) ?? '';
    for (const line of ['Мектептин мүдүрү', 'Окуу иштери боюнча мүдүрдүн орун басары', 'Класс жетекчи', 'М.П.']) {
      expect(last).toContain(line);
    }
  });
});

describe('the periods and the pupils counted', () => {
  it('reads half-year marks for h1 and names the ledger after the period, in Russian', () => {
    const pupil = must(pupils[0]);
    const cs = db.sqlite
      .prepare('select id from class_subject where class_id = ? order by id')
      .pluck()
      .get(ids.classId);
    const subject = db.sqlite
      .prepare('select s.name_ru from class_subject cs join subject s on s.id = cs.subject_id where cs.id = ?')
      .pluck()
      .get(cs) as string;
    db.sqlite
      .prepare(
        `insert into period_mark (class_subject_id, student_id, kind, number, value, set_at)
         values (?, ?, 'half_year', 1, '3', '2026-12-28T10:00:00Z')`,
      )
      .run(cs, pupil.id);
    const body = quarterLedger.build(db, { ...ids, period: 'h1' }, 'ru');
    expect(body.title).toBe('Полугодовая ведомость');
    const marks = body.facts.filter(([label]) => label.startsWith(`${pupil.pupil} · `) && !label.endsWith('балл'));
    expect(marks).toEqual([[`${pupil.pupil} · ${subject}`, '3']]);
    db.sqlite.prepare("delete from period_mark where kind = 'half_year'").run();
  });

  it('keeps a pupil who left before the quarter ended in the rows but not in the counts', () => {
    const pupil = must(pupils[0]);
    db.sqlite
      .prepare("update enrollment set to_date = '2026-10-15' where student_id = ? and class_id = ?")
      .run(pupil.id, ids.classId);
    const body = quarterLedger.build(db, { ...ids, period: 'q1' }, 'ky');
    const facts = new Map(body.facts);
    expect(facts.get('5-А · Окуучулар')).toBe(String(pupils.length - 1));
    expect(body.facts.filter(([, value]) => value === pupil.pupil)).toHaveLength(1);
    expect(JSON.stringify(body.content)).toContain('чыкты 15.10.2026');
    db.sqlite
      .prepare('update enrollment set to_date = null where student_id = ? and class_id = ?')
      .run(pupil.id, ids.classId);
  });

  it('gives the spreadsheet the marks and the results', () => {
    const [marks, results] = must(quarterLedger.tables)(db, { ...ids, period: 'q1' }, 'ru');
    expect(must(marks).rows).toHaveLength(pupils.length);
    expect(must(results).rows.map((row) => row[0])).toContain('Качество %');
    expect(
      must(results)
        .rows.find((row) => row[0] === 'Учащихся')
        ?.at(-1),
    ).toBe(pupils.length);
  });
});
