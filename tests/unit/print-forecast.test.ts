import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentKind } from '../../src-main/print/registry';
import type { DocumentKind } from '../../src-main/print/kinds';
import { tablesToXlsx } from '../../src-main/print/xlsx';
import { mayPrint } from '../../src-main/print/access';
import { expectOk, makeTempDir, openTestApp, removeDir, staffSchool, type Staffed, type TestApp } from '../helpers/app';
import { forecastSchool, type ForecastSchool } from '../helpers/forecast-school';
import { renderAndRead } from '../helpers/print';
import { prepareKind } from '../helpers/print-kind';

/*
 * The forecast document of the hand-built 7-А (tests/helpers/forecast-school.ts), read back from the
 * PDF: the forecast day is the class's last lesson (2025-09-29), which sees what 2025-09-30 sees.
 */

describe('the forecast document', () => {
  let t: TestApp;
  let s: ForecastSchool;
  let f: Staffed;
  let dir: string;
  const kind = documentKind('forecast') as DocumentKind;

  beforeAll(() => {
    t = openTestApp();
    f = staffSchool(t);
    s = forecastSchool(t, f);
    dir = makeTempDir('mektep-forecast-print-');
  });
  afterAll(() => {
    t.close();
    removeDir(dir);
  });

  it('lists the pupils at risk with their forecast, confidence and reasons, in Russian', async () => {
    const doc = prepareKind(t.db, kind, { yearId: s.yearId, period: 'q1', classId: s.classA }, 'ru');
    const { text } = await renderAndRead(doc, dir, 'ru');
    expect(text).toContain('Прогноз оценок за период: обучающиеся группы риска');
    expect(text).toContain('Прогноз по данным журнала на 29.09.2025');
    // One table row as words; pdftotext may drop the spaces around a slash.
    const line = (name: string) =>
      (text.split('\n').find((l) => l.includes(name)) ?? '').replace(/\s*\/\s*/g, '/').replace(/\s+/g, ' ');
    expect(line('Бекова')).toMatch(/Бекова Окуучу Алгебра 2 63 3\/3 0\/5 риск «2», последние отметки «2»/);
    expect(line('Жапаров')).toMatch(/Жапаров Окуучу Алгебра н\/а 56 0\/3 4\/5 нет отметок, мало/);
    // Those without a risk, and the pupil who left, are not listed.
    expect(text).not.toContain('Асанов');
    expect(text).not.toContain('Ырысова');
    expect(text).not.toContain('Дүйшөева');
    expect(doc.facts).toContainEqual(['7-А · В группе риска', '2']);
    expect(doc.facts).toContainEqual(['7-А · Успеваемость % (прогноз)', '50.0']);
  });

  it("prints in Kyrgyz, and gives every pupil's forecast in the .xlsx", async () => {
    const doc = prepareKind(t.db, kind, { yearId: s.yearId, period: 'q1', classId: s.classA }, 'ky');
    const { text } = await renderAndRead(doc, dir, 'ky');
    expect(text).toContain('тобокелдиктеги окуучулар');
    expect(text).toContain('«2» коркунучу');

    const tables = kind.tables?.(t.db, { yearId: s.yearId, period: 'q1', classId: s.classA }, 'ky') ?? [];
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(
      (await tablesToXlsx(tables, { school: 'Мектеп', title: doc.title, heading: [] })) as unknown as ArrayBuffer,
    );
    const sheet = book.getWorksheet('7-А');
    const rows: unknown[][] = [];
    sheet?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const pupils = rows.filter((r) => typeof r[0] === 'number').map((r) => [r[1], r[3], r[4]]);
    expect(pupils).toEqual([
      ['Асанов Окуучу', 5, 63],
      ['Бекова Окуучу', 2, 63],
      ['Жапаров Окуучу', 'н/а', 56],
      ['Ырысова Окуучу', 4, 61],
    ]);
  });

  it('is printed by the class teacher for her own class only, and by the deputy for any', () => {
    const caller = (member: Staffed['teacher']) => {
      const user = expectOk(t.call('session.current', undefined, member.token));
      if (!user) throw new Error('not signed in');
      return user;
    };
    const own = { yearId: s.yearId, period: 'q1' as const, classId: s.classA };
    const teacher = caller(f.teacher);
    expect(mayPrint(t.db, teacher, kind, own, false)).toBe(true);
    expect(mayPrint(t.db, teacher, kind, { ...own, classId: s.classB }, false)).toBe(false);
    expect(mayPrint(t.db, caller(f.deputy), kind, { ...own, classId: s.classB }, false)).toBe(true);
  });

  it('refuses the year, which has no forecast', () => {
    expect(() => prepareKind(t.db, kind, { yearId: s.yearId, period: 'year', classId: s.classA }, 'ru')).toThrow(
      'print.periodNotFound',
    );
  });
});
