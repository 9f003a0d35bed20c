import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase, type Database } from '../../src-main/db/connection';
import { movementBook as readBook } from '../../src-main/print/data/movement-book';
import { movementBook } from '../../src-main/print/documents/movement';
import { diffFacts } from '../../src-main/print/facts';
import { enrol, insertPupil } from '../../src-main/roster/pupils';
import { makeTempDir, removeDir } from '../helpers/app';
import { demoDatabase, demoIds, renderAndRead, type RenderedText } from '../helpers/print';
import { prepareKind as prepare } from '../helpers/print-kind';

interface Person {
  id: number;
  full: string;
}

const q1 = { from: '2026-09-01', to: '2026-10-31' };

let dir: string;
let db: Database;
let yearId: number;
let arrived: Person;
let departed: Person;
let transferred: Person;
let later: Person;
let ky: RenderedText;
let ru: RenderedText;

/** The first pupil (by id) on a class's September list. */
function firstOf(className: string): Person {
  const { classId } = demoIds(db, className);
  return db.sqlite
    .prepare(
      `select s.id, s.surname || ' ' || s.name || coalesce(' ' || s.patronymic, '') as full
         from enrollment e join student s on s.id = e.student_id where e.class_id = ? order by s.id limit 1`,
    )
    .get(classId) as Person;
}

function newPupil(surname: string, name: string, patronymic: string): Person {
  const card = { surname, name, patronymic, birthDate: '2015-03-02', sex: 'm', pin: null, address: null } as const;
  return { id: insertPupil(db, card).id, full: `${surname} ${name} ${patronymic}` };
}

beforeAll(async () => {
  dir = makeTempDir('mektep-movement-');
  db = demoDatabase(dir);
  ({ yearId } = demoIds(db, '5-А'));
  expect(db.sqlite.prepare('select count(*) from enrollment where to_date is not null').pluck().get()).toBe(0);
  // The demo has no movement: an arrival, a transfer and a departure in the first quarter, an arrival after it.
  arrived = newPupil('Үсөнбеков', 'Нурбек', 'Өмүр уулу');
  enrol(db, arrived.id, {
    classId: demoIds(db, '5-А').classId,
    fromDate: '2026-10-05',
    arrivedFrom: 'Нарын, №2 мектеп',
    arrivalReason: 'Үй-бүлөсү көчүп келди',
    orderNo: '41-к',
  });
  transferred = firstOf('7-А');
  db.sqlite
    .prepare(
      `update enrollment set to_date = '2026-10-11', departure_kind = 'transfer', departed_to = '7-Б',
              departure_order_no = '43-к' where student_id = ?`,
    )
    .run(transferred.id);
  enrol(db, transferred.id, {
    classId: demoIds(db, '7-Б').classId,
    fromDate: '2026-10-12',
    arrivedFrom: '7-А',
    orderNo: '43-к',
  });
  departed = firstOf('6-Б');
  db.sqlite
    .prepare(
      `update enrollment set to_date = '2026-10-20', departure_kind = 'country', departed_to = 'Россия, Москва',
              departure_reason = 'Көчүү', departure_order_no = '45-к' where student_id = ?`,
    )
    .run(departed.id);
  later = newPupil('Өмүрбеков', 'Ңурбек', 'Асан уулу');
  enrol(db, later.id, { classId: demoIds(db, '5-Б').classId, fromDate: '2026-11-15', orderNo: '50-к' });

  ky = await renderAndRead(prepare(db, movementBook, { yearId, period: 'q1' }, 'ky'), dir, 'movement-ky');
  ru = await renderAndRead(prepare(db, movementBook, { yearId, period: 'q1' }, 'ru'), dir, 'movement-ru');
  if (process.env.PRINT_KEEP)
    for (const f of [ky.file, ru.file]) fs.copyFileSync(f, `${process.env.PRINT_KEEP}/${path.basename(f)}`);
}, 60_000);

afterAll(() => {
  closeDatabase(db);
  removeDir(dir);
});

const lineNaming = (r: RenderedText, p: Person) => r.text.split('\n').filter((line) => line.includes(p.full));

/** A class's row of the summary, as numbers: start, arrived, left, in, out, end. */
function summaryRow(r: RenderedText, name: string): number[] {
  const row = r.text.split('\n').find((line) => new RegExp(`^\\s*${name}(\\s+\\d+){6}\\s*$`).test(line));
  return (row ?? '').trim().split(/\s+/).slice(-6).map(Number);
}

describe('the movement book of the first quarter', () => {
  it('lists the arrival, the transfer and the departure by date, with their order numbers', () => {
    expect(lineNaming(ky, arrived)).toHaveLength(1);
    expect(lineNaming(ky, arrived)[0]).toMatch(/05\.10\.2026\s+5-А\s.*02\.03\.2015\s+Келди\s.*Нарын, №2 мектеп.*41-к/);
    expect(lineNaming(ky, transferred)[0]).toMatch(/12\.10\.2026\s+7-А → 7-Б\s.*Которулду\s.*43-к/);
    expect(lineNaming(ky, departed)[0]).toMatch(
      /20\.10\.2026\s+6-Б\s.*Кетти\s+өлкөдөн тышкары: Россия, Москва\s+Көчүү\s+45-к/,
    );
    expect(lineNaming(ru, departed)[0]).toMatch(/Выбыл\(а\)\s+за пределы страны: Россия, Москва/);
    const order = [arrived, transferred, departed].map((p) => ky.text.indexOf(p.full));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(ky.text).not.toContain(later.full);
    expect(ky.text).toContain('Окуучулардын кыймылы китеби');
    expect(ky.text).toMatch(/[ҢңӨөҮү]/);
  });

  it('counts each class at the start and the end, and the counts add up', () => {
    const september = (className: string) =>
      db.sqlite
        .prepare("select count(*) from enrollment where class_id = ? and from_date = '2026-09-01'")
        .pluck()
        .get(demoIds(db, className).classId) as number;
    expect(summaryRow(ky, '5-А')).toEqual([september('5-А'), 1, 0, 0, 0, september('5-А') + 1]);
    expect(summaryRow(ky, '6-Б')).toEqual([september('6-Б'), 0, 1, 0, 0, september('6-Б') - 1]);
    expect(summaryRow(ky, '7-А')).toEqual([september('7-А'), 0, 0, 0, 1, september('7-А') - 1]);
    expect(summaryRow(ky, '7-Б')).toEqual([september('7-Б'), 0, 0, 1, 0, september('7-Б') + 1]);
    expect(summaryRow(ky, '5-Б')).toEqual([september('5-Б'), 0, 0, 0, 0, september('5-Б')]);
    const everyone = db.sqlite
      .prepare("select count(*) from enrollment where from_date = '2026-09-01'")
      .pluck()
      .get() as number;
    expect(summaryRow(ky, 'Мектеп боюнча')).toEqual([everyone, 1, 1, 1, 1, everyone]);
    expect(summaryRow(ru, 'Всего по школе')).toEqual([everyone, 1, 1, 1, 1, everyone]);
  });

  it('starts the second quarter with the first one’s end, and books the November arrival there', () => {
    const first = readBook(db, yearId, q1.from, q1.to);
    const second = readBook(db, yearId, '2026-11-10', '2026-12-28');
    for (const [i, c] of second.byClass.entries()) {
      expect(c.atStart, c.className).toBe(first.byClass[i]?.atEnd);
      expect(c.atEnd, c.className).toBe(c.atStart + c.arrived + c.transferredIn - c.left - c.transferredOut);
    }
    expect(second.lines.map((l) => [l.fullName, l.kind, l.orderNo])).toEqual([[later.full, 'arrival', '50-к']]);
  });

  it('is a landscape form the director signs, with the seal and the code', () => {
    expect(execFileSync('pdfinfo', [ky.file], { encoding: 'utf8' })).toMatch(/Page size:\s+841\.\d+ x 595\.\d+/);
    const last = ky.pageTexts.at(-1) ?? '';
    expect(last).toContain('Мектептин мүдүрү');
    expect(last).not.toContain('Класс жетекчи');
    expect(last).toContain('М.П.');
    ky.pageTexts.forEach((page, i) => expect(page).toContain(`Барак ${i + 1} / ${ky.pages}`));
  });

  it('exports the book and the summary as tables', () => {
    const [lines, summary] = movementBook.tables?.(db, { yearId, period: 'q1' }, 'ru') ?? [];
    expect(lines?.rows.map((r) => [r[3], r[8]])).toEqual([
      [arrived.full, '41-к'],
      [transferred.full, '43-к'],
      [departed.full, '45-к'],
    ]);
    expect(summary?.rows.at(-1)?.slice(2, 6)).toEqual([1, 1, 1, 1]);
  });

  it('names the changed line when an order number is corrected after printing, and covers the whole year', () => {
    const before = movementBook.build(db, { yearId, period: 'q1' }, 'ky').facts;
    db.sqlite.prepare("update enrollment set departure_order_no = '46-к' where student_id = ?").run(departed.id);
    const after = movementBook.build(db, { yearId, period: 'q1' }, 'ky').facts;
    db.sqlite.prepare("update enrollment set departure_order_no = '45-к' where student_id = ?").run(departed.id);
    expect(diffFacts(before, after)).toEqual([
      {
        label: `${departed.full} · Кетти · 20.10.2026`,
        before: '6-Б · өлкөдөн тышкары: Россия, Москва · Көчүү · № 45-к',
        after: '6-Б · өлкөдөн тышкары: Россия, Москва · Көчүү · № 46-к',
      },
    ]);
    const year = movementBook.build(db, { yearId, period: 'year' }, 'ru');
    expect(year.facts.filter(([label]) => label.startsWith('№ ·'))).toHaveLength(4);
  });
});
