import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { templateXlsx } from '../../src-main/imports/template';
import { expectOk, openTestApp, staffSchool, type Staffed, type TestApp } from '../helpers/app';

const csv = (lines: string[]) => ({
  fileName: '5-А.csv',
  contentBase64: Buffer.from(lines.join('\n')).toString('base64'),
});

describe('the class-list template and the export', () => {
  let t: TestApp;
  let f: Staffed;
  beforeEach(() => {
    t = openTestApp();
    f = staffSchool(t);
  });
  afterEach(() => t.close());

  it('is committed exactly as the code makes it, and Excel reads its headings', async () => {
    const committed = fs.readFileSync(path.resolve(__dirname, '../../assets/templates/class-list.xlsx'));
    expect(committed.equals(templateXlsx())).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(committed as unknown as ArrayBuffer);
    expect(wb.worksheets[0]?.getRow(2).getCell(2).value).toBe('Фамилиясы / Фамилия');
    const preview = expectOk(
      t.call(
        'import.preview',
        { fileName: 'class-list.xlsx', contentBase64: committed.toString('base64') },
        f.deputy.token,
      ),
    );
    expect(preview.sheets[0]?.headerRow).toBe(2);
    expect(preview.sheets[0]?.columns.map((c) => c.field)).toEqual([
      null,
      'surname',
      'name',
      'patronymic',
      'birthDate',
      'sex',
      'pin',
      'address',
      'className',
      'guardian',
      'phone',
    ]);
    expect(preview.rows).toEqual([]);
  });

  it('exports a class in Kyrgyz order that imports back with nothing to change', async () => {
    const names = ['Үсөнов', 'Усубалиев', 'Өмүров', 'Орозов', 'Ңуров', 'Нуров'];
    const lines = [
      'Фамилия;Имя;Дата рождения;Ата-энеси;Телефон',
      ...names.map((n, i) => `${n};Бек;0${i + 1}.01.2014;Ата ${n};0555 00000${i}`),
    ];
    const done = expectOk(
      t.call('import.apply', { ...csv(lines), skipInvalid: false, createClasses: true }, f.deputy.token),
    );
    expect(done.created).toBe(6);
    const classId = (t.db.sqlite.prepare('select id from class').get() as { id: number }).id;
    const exported = expectOk(t.call('import.exportClass', { classId }, f.director.token));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(exported.contentBase64, 'base64') as unknown as ArrayBuffer);
    const surnames = [3, 4, 5, 6, 7, 8].map((r) => wb.worksheets[0]?.getRow(r).getCell(2).value);
    expect(surnames).toEqual(['Нуров', 'Ңуров', 'Орозов', 'Өмүров', 'Усубалиев', 'Үсөнов']);
    const again = expectOk(t.call('import.preview', exported, f.deputy.token));
    expect(again.counts).toEqual({ new: 0, update: 0, unchanged: 6, error: 0 });
  });
});
