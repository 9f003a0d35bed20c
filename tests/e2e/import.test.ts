import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ky } from '../../src-renderer/i18n/ky';
import { importsTexts } from '../../src-renderer/i18n/texts/imports';
import { studentsTexts } from '../../src-renderer/i18n/texts/students';
import { snapshot } from './support/browser';
import { browserSuite } from './support/suite';

const it_ = importsTexts.ky;

/** A class list as it arrives in September: a merged title above the header, a date column named oddly. */
async function classListWorkbook(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('5-Ү');
  sheet.addRow(['5-Ү классынын окуучуларынын тизмеси']);
  sheet.mergeCells('A1:D1');
  sheet.addRow([]);
  sheet.addRow(['№', 'Аты-жөнү', 'Качан туулган', 'ПИН']);
  const pupils = [
    ['Үсөнов Бакыт Эрмек уулу', '12.03.2015', '21203201500011'],
    ['Усенов Марат Асанович', '01.09.2015', '20109201500012'],
    ['Өмүрова Айгүл Бакыт кызы', '17.05.2015', '11705201500013'],
    ['Оморова Жылдыз Асановна', '23.11.2014', '12311201400014'],
    ['Пак Виктор Сергеевич', '02.02.2015', '20202201500015'],
    ['Ногоев Нурбек Талант уулу', '30.06.2015', '23006201500016'],
  ];
  pupils.forEach(([name, born, pin], i) => sheet.addRow([i + 1, name, born, pin]));
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('a class list from Excel, through the screen', () => {
  const suite = browserSuite();
  const field = suite.field;

  it('sets up the school and signs the administrator in', async () => {
    const page = suite.page;
    await page.goto(suite.server.url);
    await page.getByRole('heading', { name: ky['setup.title'] }).waitFor();
    const made = await page.evaluate(async () => {
      const body = {
        schoolNameKy: '№ 3 орто мектеп',
        schoolNameRu: 'Средняя школа № 3',
        admin: { surname: 'Асанов', name: 'Эрмек', login: 'admin', password: 'Mektep2026' },
      };
      const r = await fetch('api/setup.create', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      return r.status;
    });
    expect(made).toBe(200);
    await page.reload();
    await field(ky['auth.login']).fill('admin');
    await field(ky['auth.password']).fill('Mektep2026');
    await page.getByRole('button', { name: ky['signIn.submit'] }).click();
    await page.getByRole('button', { name: it_['nav.imports'] }).click();
    await page.getByRole('heading', { name: it_['import.title'] }).waitFor();
  });

  it('reads the file, lets the user name the column it did not know, and previews every row', async () => {
    const page = suite.page;
    await page.setInputFiles('#import-file', {
      name: '5-Ү.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await classListWorkbook(),
    });
    await page.locator('[data-testid="import-preview"] tbody tr').first().waitFor();
    expect(await page.locator('[data-testid="import-preview"] tbody tr').count()).toBe(6);
    // The heading "Качан туулган" is not one the program knows: the column is left out until the user says.
    const dateColumn = page.getByLabel('Качан туулган', { exact: true });
    await expect(dateColumn.inputValue()).resolves.toBe('');
    await snapshot(page, 'import-01-mapping-unknown-column');
    await dateColumn.selectOption('birthDate');
    await page.getByText('12.03.2015').waitFor();
    const outcomes = await page
      .locator('[data-testid="import-preview"] tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-outcome')));
    expect(outcomes).toEqual(['new', 'new', 'new', 'new', 'new', 'new']);
    await snapshot(page, 'import-02-preview');
  });

  it('asks before creating the class, imports, and lists the pupils in Kyrgyz alphabetical order', async () => {
    const page = suite.page;
    await page.getByLabel(it_['import.createClasses'].replace('{classes}', '5-Ү')).check();
    await page.getByRole('button', { name: it_['import.apply'], exact: true }).click();
    await page.getByText(it_['import.createdClasses'].replace('{classes}', '5-Ү')).waitFor();
    await snapshot(page, 'import-03-done');

    const surnames = await page.evaluate(async () => {
      const post = async (name: string, body: unknown) =>
        (
          await fetch(`api/${name}`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify(body),
          })
        ).json();
      const classes = (await post('students.classes', {})) as { value: { classId: number; name: string }[] };
      const cls = classes.value.find((c) => c.name === '5-Ү');
      const list = (await post('students.list', { classId: cls?.classId })) as {
        value: { pupils: { surname: string }[] };
      };
      return list.value.pupils.map((p) => p.surname);
    });
    // Н < О < Ө < П < У < Ү: the Kyrgyz letters right after their Russian neighbours.
    expect(surnames).toEqual(['Ногоев', 'Оморова', 'Өмүрова', 'Пак', 'Усенов', 'Үсөнов']);

    await page.getByRole('button', { name: studentsTexts.ky['nav.students'] }).click();
    await page
      .getByLabel(studentsTexts.ky['students.class'], { exact: true })
      .selectOption({ label: '5-Ү (6 окуучу)' });
    await page.locator('tr[data-student]').nth(5).waitFor();
    const shown = await page.locator('tr[data-student]').allTextContents();
    expect(shown.map((row) => surnames.findIndex((s) => row.includes(s)))).toEqual([0, 1, 2, 3, 4, 5]);
    await snapshot(page, 'import-04-class-list');
  });

  it('exports the class list back to Excel, in the same order', async () => {
    const page = suite.page;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: studentsTexts.ky['students.exportXlsx'] }).click(),
    ]);
    const file = await download.path();
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const cells = book.worksheets[0]?.getSheetValues().flat().map(String) ?? [];
    const order = ['Ногоев', 'Оморова', 'Өмүрова', 'Пак', 'Усенов', 'Үсөнов'].map((s) => cells.indexOf(s));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});
