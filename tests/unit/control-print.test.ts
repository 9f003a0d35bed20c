import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resultsDocument } from '../../src-main/control/results/document';
import { weeklyDocument } from '../../src-main/control/weekly/document';
import { PrintError } from '../../src-main/print/kinds';
import { tablesToXlsx } from '../../src-main/print/xlsx';
import {
  expectError,
  expectOk,
  makeTempDir,
  openTestApp,
  removeDir,
  staffSchool,
  type Staffed,
  type TestApp,
} from '../helpers/app';
import { renderAndRead, type RenderedText } from '../helpers/print';
import { prepareKind } from '../helpers/print-kind';
import { insertClass } from '../../src-main/roster/classes';
import { currentYear } from '../../src-main/school/academic-year';
import { buildControlSchool, type ControlSchool } from './control-school';

/* The results and the weekly page of `control-school.ts` on paper, read back from the PDF. */

let t: TestApp;
let f: Staffed;
let s: ControlSchool;
let dir: string;
let ky: RenderedText;
let ru: RenderedText;
let week: RenderedText;

/** The cells of the first line that starts with `name`, split on runs of spaces. */
function cellsOf(text: string, name: string): string[] {
  const line = text.split('\n').find((l) => l.trim().startsWith(`${name} `));
  if (!line) throw new Error(`no line for ${name}`);
  return line.trim().slice(name.length).trim().split(/\s+/);
}

beforeAll(async () => {
  t = openTestApp();
  f = staffSchool(t);
  s = buildControlSchool(t, f);
  dir = makeTempDir('mektep-control-print-');
  const params = { yearId: s.yearId, period: 'q2' as const };
  ky = await renderAndRead(prepareKind(t.db, resultsDocument, params, 'ky'), dir, 'results-ky');
  ru = await renderAndRead(prepareKind(t.db, resultsDocument, params, 'ru'), dir, 'results-ru');
  const weekly = prepareKind(t.db, weeklyDocument, { yearId: s.yearId, period: 'q1', weekOf: '2025-10-08' }, 'ky');
  week = await renderAndRead(weekly, dir, 'weekly-ky');
}, 90_000);

afterAll(() => {
  t.close();
  removeDir(dir);
});

describe('the results document', () => {
  it('prints each rate beside its change since the first quarter', () => {
    expect(ky.text).toContain('Окуу жетишкендигинин жыйынтыктары');
    // Pupils, only 5, 4 and 5, one 3, with 2s, н/а; success ±, quality ±, СОУ ±, average ±.
    expect(cellsOf(ky.text, '5-А')).toEqual([
      '4',
      '1',
      '1',
      '1',
      '1',
      '0',
      '75,0',
      '−25,0',
      '50,0',
      '+10,0',
      '72,5',
      '+18,9',
      '4,13',
      '+0,53',
    ]);
    expect(cellsOf(ky.text, '5-класстар').slice(6, 7)).toEqual(['66,7']);
    expect(cellsOf(ky.text, 'Мектеп боюнча').slice(0, 2)).toEqual(['7', '1']);
    // Her Q1 marks in 5-А Математика: 4, 4, 3, 3, 3.
    expect(cellsOf(ky.text, 'Үсөнова А.').slice(6)).toEqual([
      '75,0',
      '−25,0',
      '50,0',
      '+10,0',
      '54,0',
      '+6,8',
      '3,50',
      '+0,10',
    ]);
  });

  it('lists the pupils behind the numbers, the missing marks and who left', () => {
    expect(ky.text).toContain('«2» менен: 1');
    expect(ky.text).toMatch(/Жумабаев Окуучу\s+5-А\s+Математика/);
    expect(ky.text).toMatch(/Бекова Окуучу\s+5-А\s+Математика/);
    expect(ky.text).toContain('5-Б, Кыргыз тили: Сыдыков Окуучу');
    expect(ky.text).toContain('Кеткен Окуучу, 5-А (01.12.2025)');
    expect(ky.text).toContain('II чейрек');
  });

  it('is printed in Russian with the Russian names of subjects', () => {
    expect(ru.text).toContain('Итоги успеваемости');
    expect(cellsOf(ru.text, 'По школе').slice(0, 1)).toEqual(['7']);
    expect(ru.text).toContain('Кыргызский язык');
    expect(ru.text).toContain('С одной «4» до отличников: 2');
  });

  it('exports the same numbers to .xlsx', async () => {
    const tables = resultsDocument.tables?.(t.db, { yearId: s.yearId, period: 'q2' }, 'ru') ?? [];
    const bytes = await tablesToXlsx(tables, { school: 'Школа', title: 'Итоги', heading: [] });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    const values: unknown[] = [];
    sheet?.eachRow((row) => {
      const cells = row.values as unknown[];
      if (cells[1] === '5-А') values.push(...cells.slice(2));
    });
    expect(values).toEqual([4, 1, 1, 1, 1, 0, 75, -25, 50, 10, 72.5, 18.9, 4.13, 0.53]);
    expect(book.worksheets.map((w) => w.name)).toContain('Учащиеся за цифрами');
  });
});

describe('the weekly analysis page', () => {
  it('fits one page with the week, every class and the school', () => {
    expect(week.pages).toBe(1);
    expect(week.text).toContain('06.10.2025 – 12.10.2025');
    // Planned, entered, %, no topic, no homework, marks, 2s, excused, unexcused, late.
    expect(cellsOf(week.text, '5-А')).toEqual(['3', '2', '67', '1', '1', '4', '2', '1', '1', '1']);
    expect(cellsOf(week.text, 'Мектеп боюнча')).toEqual(['4', '3', '75', '1', '2', '4', '2', '2', '1', '1']);
  });

  it('needs a week, and prints through the API with one', () => {
    expect(() => prepareKind(t.db, weeklyDocument, { yearId: s.yearId, period: 'q1' }, 'ru')).toThrow(PrintError);
    const deputy = f.deputy.token;
    const job = expectOk(
      t.call('print.start', { kind: 'weekly-analysis', period: 'q1', language: 'ru', weekOf: '2025-10-06' }, deputy),
    );
    expect(job.total).toBe(1);
    const refused = expectError(
      t.call('print.start', { kind: 'weekly-analysis', period: 'q1', language: 'ru' }, deputy),
    );
    expect(refused.fields?.[0]?.message).toBe('validation.print.weekRequired');
  });
});

describe('the weekly page of a big school', () => {
  it('keeps a row per class up to 21 classes, then a row per parallel, on one page', async () => {
    const big = openTestApp();
    try {
      staffSchool(big);
      const yearId = currentYear(big.db)?.id ?? 0;
      const letters = ['А', 'Б', 'В'];
      for (let i = 0; i < 21; i += 1)
        insertClass(big.db, yearId, {
          grade: 2 + (i % 10),
          letter: letters[Math.floor(i / 10)] ?? 'Г',
          language: 'ky',
        });
      const params = { yearId, period: 'q1' as const, weekOf: '2025-10-06' };
      const perClass = await renderAndRead(prepareKind(big.db, weeklyDocument, params, 'ru'), dir, 'weekly-21');
      expect(perClass.pages).toBe(1);
      expect(cellsOf(perClass.text, '2-В').slice(0, 2)).toEqual(['0', '0']);
      insertClass(big.db, yearId, { grade: 3, letter: 'В', language: 'ky' });
      const perParallel = await renderAndRead(prepareKind(big.db, weeklyDocument, params, 'ru'), dir, 'weekly-22');
      expect(perParallel.pages).toBe(1);
      expect(perParallel.text).toContain('3-е классы');
      expect(perParallel.text).not.toMatch(/^\s*3-В\s/m);
      expect(perParallel.text).toContain('по каждому классу — на экране');
    } finally {
      big.close();
    }
  }, 60_000);
});
