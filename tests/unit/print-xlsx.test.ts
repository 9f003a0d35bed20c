import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { sheetName, tablesToXlsx } from '../../src-main/print/xlsx';

const title = { school: 'Демо мектеп', title: 'Чейректик ведомость', heading: ['5-А класс', 'I чейрек'] };

async function read(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return book;
}

describe('a ledger as an .xlsx workbook', () => {
  it('keeps the title lines, merges the spanning header, and writes marks as numbers', async () => {
    const bytes = await tablesToXlsx(
      [
        {
          name: '5-А',
          header: [
            ['№', 'Окуучу', 'Математика', 'Математика', 'Кыргыз тили', 'Кыргыз тили'],
            ['', '', 'I', 'II', 'I', 'II'],
          ],
          rows: [
            [1, 'Үсөнова Айгүл', '5', '4', 'н/а', null],
            [2, 'Өмүралиев Талант', '3', '4', '4', '5'],
          ],
        },
      ],
      title,
    );
    const sheet = (await read(bytes)).getWorksheet('5-А');
    if (!sheet) throw new Error('no sheet');
    expect(sheet.getCell('A1').value).toBe('Демо мектеп');
    expect(sheet.getCell('A2').value).toBe('Чейректик ведомость');
    expect(sheet.getCell('A4').value).toBe('I чейрек');
    // Header at rows 6–7: "Математика" over C:D, "Кыргыз тили" over E:F, "№" over A6:A7.
    expect(sheet.getCell('D6').isMerged && sheet.getCell('D6').master.address).toBe('C6');
    expect(sheet.getCell('F6').master.address).toBe('E6');
    expect(sheet.getCell('A7').master.address).toBe('A6');
    expect(sheet.getCell('C7').isMerged).toBe(false);
    expect(sheet.getCell('B8').value).toBe('Үсөнова Айгүл');
    expect(sheet.getCell('C8').value).toBe(5);
    expect(sheet.getCell('E8').value).toBe('н/а');
    expect(sheet.getCell('F9').value).toBe(5);
  });

  it('names sheets the way Excel accepts: short, no forbidden characters, unique', () => {
    const used = new Set<string>();
    expect(sheetName('5-А: итоги [год]', used)).toBe('5-А_ итоги _год_');
    expect(sheetName('5-А: итоги [год]', used)).toBe('5-А_ итоги _год_ 2');
    expect(sheetName('x'.repeat(40), used)).toHaveLength(28);
  });
});
