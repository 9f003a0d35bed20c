import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditEntries,
  countRows,
  expectError,
  expectOk,
  openTestApp,
  snapshot,
  staffSchool,
  type Staffed,
  type TestApp,
} from '../helpers/app';
import { addLesson, planSchool, type PlanSchool } from '../helpers/samples/plan';

/* Reading a plan from a real .xlsx (built with exceljs) or .csv, with Kyrgyz or Russian headings. */

let t: TestApp;
let f: Staffed;
let s: PlanSchool;

beforeAll(() => {
  t = openTestApp();
  f = staffSchool(t);
  s = planSchool(t, f);
});
afterAll(() => t.close());

type Row = (string | number | Date | null)[];

/** A one-sheet workbook; `merge` lists ranges merged across the table (section lines, the title). */
async function workbook(rows: Row[], merge: string[] = []): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('КТП');
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === null) return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = value;
      if (value instanceof Date) cell.numFmt = 'dd.mm.yyyy';
    }),
  );
  for (const range of merge) ws.mergeCells(range);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/** Kyrgyz headings under a title; sections as lines merged across; dates as date cells, text and a serial. */
const kyrgyz = () =>
  workbook(
    [
      ['Календардык-тематикалык план: Математика, 5-класс'],
      [],
      ['№', 'Сабактын темасы', 'Саат саны', 'Датасы', 'Бөлүм'],
      ['1-бөлүм. Натуралдык сандар'],
      [1, 'Натуралдык сандарды окуу', 2, day('2025-09-02'), null],
      [2, 'Сандарды салыштыруу', 1.5, '09.09.2025', null],
      ['2-бөлүм. Бөлчөктөр'],
      [3, 'Жөнөкөй бөлчөктөр', '1,5', 45931, null],
      [4, 'Бөлчөктөрдү кошуу', 2, null, 'Кайталоо'],
      [null, 'Бардыгы:', 7],
    ],
    ['A1:E1', 'A4:E4', 'A7:E7'],
  );

describe('plan.import', () => {
  it('reads Kyrgyz headings, section lines, date cells, dd.mm.yyyy and Excel serials; a preview stores no topic', async () => {
    const contentBase64 = await kyrgyz();
    const audit = auditEntries(t.db).length;
    const result = expectOk(
      t.call(
        'plan.import',
        { classSubjectId: s.math5a, fileName: 'ктп.xlsx', contentBase64, apply: false },
        f.teacher.token,
      ),
    );
    expect(result).toMatchObject({
      format: 'xlsx',
      sheet: 'КТП',
      headerRow: 3,
      errors: [],
      applied: false,
      plan: null,
    });
    expect(result.columns.map((c) => c.kind)).toEqual(['number', 'topic', 'hours', 'date', 'section']);
    expect(result.topics).toEqual([
      {
        row: 5,
        title: 'Натуралдык сандарды окуу',
        hours: 2,
        plannedDate: '2025-09-02',
        section: '1-бөлүм. Натуралдык сандар',
      },
      {
        row: 6,
        title: 'Сандарды салыштыруу',
        hours: 1.5,
        plannedDate: '2025-09-09',
        section: '1-бөлүм. Натуралдык сандар',
      },
      { row: 8, title: 'Жөнөкөй бөлчөктөр', hours: 1.5, plannedDate: '2025-10-01', section: '2-бөлүм. Бөлчөктөр' },
      { row: 9, title: 'Бөлчөктөрдү кошуу', hours: 2, plannedDate: null, section: 'Кайталоо' },
    ]);
    expect(countRows(t.db, 'plan_topic')).toBe(0);
    // The preview is audited as a summary, not as the file.
    const entry = auditEntries(t.db).slice(audit);
    expect(entry).toHaveLength(1);
    expect(JSON.parse(entry[0]?.after ?? '{}')).toMatchObject({ fileName: 'ктп.xlsx', preview: true, topics: 4 });
    expect(entry[0]?.after).not.toContain(contentBase64.slice(0, 40));
  });

  it('replaces the plan with apply, and keeps the ids of topics whose titles it finds again', async () => {
    const contentBase64 = await kyrgyz();
    const input = { classSubjectId: s.math5a, fileName: 'ктп.xlsx', contentBase64, apply: true };
    const first = expectOk(t.call('plan.import', input, f.teacher.token));
    expect(first.applied).toBe(true);
    expect(first.plan?.topics.map((x) => [x.position, x.title, x.hours])).toEqual([
      [1, 'Натуралдык сандарды окуу', 2],
      [2, 'Сандарды салыштыруу', 1.5],
      [3, 'Жөнөкөй бөлчөктөр', 1.5],
      [4, 'Бөлчөктөрдү кошуу', 2],
    ]);
    expect(first.plan?.hours).toMatchObject({ planned: 7, expected: 68, difference: -61 });
    const used = first.plan?.topics[1]?.topicId ?? 0;
    addLesson(t, { classSubjectId: s.math5a, date: '2025-09-09', planTopicId: used });
    const again = expectOk(t.call('plan.import', input, f.teacher.token));
    expect(again.plan?.topics.map((x) => x.topicId)).toEqual(first.plan?.topics.map((x) => x.topicId));
  });

  it('reads Russian headings below title lines, ignoring the actual-date column; dd.mm takes the school year', async () => {
    const contentBase64 = await workbook([
      ['Календарно-тематическое планирование'],
      ['Учитель: Жумабаев Т.'],
      ['№ п/п', 'Тема урока', 'Кол-во часов', 'Дата факт', 'Дата по плану', 'Раздел'],
      [1, 'Повторение', 1, '03.09', '02.09', 'Введение'],
      [2, 'Уравнения', '2 ч', null, '15.01', 'Алгебра'],
      ['Итого', null, 3],
    ]);
    const result = expectOk(
      t.call(
        'plan.import',
        { classSubjectId: s.math6a, fileName: 'ктп.xlsx', contentBase64, apply: true },
        f.deputy.token,
      ),
    );
    expect(result.headerRow).toBe(3);
    expect(result.columns.map((c) => [c.kind, c.header])).toEqual([
      ['number', '№ п/п'],
      ['topic', 'Тема урока'],
      ['hours', 'Кол-во часов'],
      ['date', 'Дата по плану'],
      ['section', 'Раздел'],
    ]);
    expect(result.plan?.topics.map((x) => [x.title, x.hours, x.plannedDate, x.section])).toEqual([
      ['Повторение', 1, '2025-09-02', 'Введение'],
      ['Уравнения', 2, '2026-01-15', 'Алгебра'],
    ]);
  });

  it('reads a CSV as Excel saves it, semicolons and a byte-order mark; without an hours column a topic is 1 hour', () => {
    const csv = Buffer.from('\ufeffТемасы;Датасы\nКиришүү;01.09.2025\nКайталоо;\n', 'utf8').toString('base64');
    const result = expectOk(
      t.call(
        'plan.import',
        { classSubjectId: s.math1a, fileName: 'план.csv', contentBase64: csv, apply: true },
        f.teacher.token,
      ),
    );
    expect(result.format).toBe('csv');
    expect(result.plan?.topics.map((x) => [x.title, x.hours, x.plannedDate])).toEqual([
      ['Киришүү', 1, '2025-09-01'],
      ['Кайталоо', 1, null],
    ]);
  });

  it('reports every wrong row by number, and stores nothing when asked to apply', async () => {
    const contentBase64 = await workbook([
      ['№', 'Темасы', 'Саат', 'Датасы'],
      [1, 'Туура тема', 1, '02.09.2025'],
      [2, 'Сөз менен саат', 'эки', null],
      [3, 'Нөл саат', 0, null],
      [4, 'Жок күн', 1, '31.02.2026'],
      [5, 'Жайкы тема', 1, '01.07.2026'],
      [6, 'Саатсыз', null, '03.09.2025'],
      [7, null, 1, '04.09.2025'],
    ]);
    const input = { classSubjectId: s.math6a, fileName: 'ката.xlsx', contentBase64 };
    const preview = expectOk(t.call('plan.import', { ...input, apply: false }, f.teacher.token));
    expect(preview.errors).toEqual([
      { row: 3, message: 'plan.import.error.badHours', params: { value: 'эки' } },
      { row: 4, message: 'plan.import.error.badHours', params: { value: '0' } },
      { row: 5, message: 'plan.import.error.badDate', params: { value: '31.02.2026' } },
      {
        row: 6,
        message: 'plan.import.error.outsideYear',
        params: { value: '2026-07-01', from: '2025-09-01', to: '2026-05-31' },
      },
      { row: 7, message: 'plan.import.error.noHours', params: { value: '' } },
      { row: 8, message: 'plan.import.error.noTopic', params: {} },
    ]);
    const before = snapshot(t.db);
    const error = expectError(t.call('plan.import', { ...input, apply: true }, f.teacher.token), 'IMPORT_HAS_ERRORS');
    expect(error.params).toEqual({ count: 6 });
    expect(snapshot(t.db)).toBe(before);
  });

  it('refuses a file that would remove a topic a lesson names, naming it, and changes nothing', async () => {
    const contentBase64 = await workbook([
      ['Тема', 'Часы'],
      ['Совсем другая тема', 2],
    ]);
    const before = snapshot(t.db);
    const error = expectError(
      t.call(
        'plan.import',
        { classSubjectId: s.math5a, fileName: 'x.xlsx', contentBase64, apply: true },
        f.teacher.token,
      ),
      'INVALID_INPUT',
    );
    expect(error.fields).toEqual([
      {
        path: 'contentBase64',
        message: 'validation.plan.topicInUse',
        params: { title: 'Сандарды салыштыруу', position: 2, lessons: 1 },
      },
    ]);
    expect(snapshot(t.db)).toBe(before);
  });

  it('refuses a file without a topic column, and an old .xls, with the reason', async () => {
    const names = await workbook([
      ['Фамилия', 'Аты'],
      ['Асанов', 'Бакыт'],
    ]);
    const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(100)]);
    for (const [contentBase64, message] of [
      [names, 'validation.plan.file.noHeader'],
      [xls.toString('base64'), 'validation.plan.file.xls'],
    ] as const) {
      const error = expectError(
        t.call(
          'plan.import',
          { classSubjectId: s.math6a, fileName: 'x', contentBase64, apply: false },
          f.teacher.token,
        ),
        'INVALID_INPUT',
      );
      expect(error.fields).toEqual([{ path: 'contentBase64', message }]);
    }
  });
});
