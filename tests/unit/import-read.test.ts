import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readSpreadsheet } from '../../src-main/imports/read-file';
import { fieldOfHeading, findHeaderRow } from '../../src-main/imports/headers';
import { parseDate, parsePin, parseSex, splitFullName } from '../../src-main/imports/values';
import { ImportFileError } from '../../src-main/imports/cells';

/** Windows-1251 bytes of a text, from the decoder's own table (1251 has no Ң Ө Ү). */
export function encode1251(text: string): Buffer {
  const decoder = new TextDecoder('windows-1251');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b += 1) table.set(decoder.decode(Uint8Array.of(b)), b);
  return Buffer.from([...text].map((ch) => table.get(ch) ?? 0x3f));
}

const csv =
  'Список класса;;;\r\nФамилия;Имя;Дата рождения;ПИН\r\nИванов;Иван;01.09.2014;2.0101201501234E13\r\n"Петрова";"Анна; ""Маша""";2014-02-03;\r\n';

describe('reading a file', () => {
  it.each([
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv)])],
    ['UTF-8 without a BOM', Buffer.from(csv)],
    ['Windows-1251', encode1251(csv)],
  ])('reads a semicolon CSV in %s, with quoted fields', (_, bytes) => {
    const book = readSpreadsheet(bytes, 'C:\\lists\\5-А.csv');
    expect(book.format).toBe('csv');
    expect(book.sheets).toEqual([
      {
        name: '5-А',
        rows: [
          ['Список класса', null, null, null],
          ['Фамилия', 'Имя', 'Дата рождения', 'ПИН'],
          ['Иванов', 'Иван', '01.09.2014', '2.0101201501234E13'],
          ['Петрова', 'Анна; "Маша"', '2014-02-03', null],
        ],
      },
    ]);
  });

  it('takes a comma or a tab when the lines have no semicolon', () => {
    expect(readSpreadsheet(Buffer.from('Фамилия,Имя\nА,Б\n'), 'x.csv').sheets[0]?.rows[1]).toEqual(['А', 'Б']);
    expect(readSpreadsheet(Buffer.from('Фамилия\tИмя\nА\tБ\n'), 'x.csv').sheets[0]?.rows[1]).toEqual(['А', 'Б']);
  });

  it('refuses an old .xls, a damaged .xlsx, a PNG and random bytes with a clear reason', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('5-А').addRow(['Фамилия', 'Имя']);
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const random = Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 37 + 11) % 256));
    const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(500)]);
    const reason = (bytes: Buffer) => {
      try {
        readSpreadsheet(bytes, 'list.xlsx');
        return 'read';
      } catch (error) {
        return error instanceof ImportFileError ? error.message : String(error);
      }
    };
    expect(reason(xls)).toBe('import.file.xls');
    expect(reason(xlsx.subarray(0, xlsx.length - 100))).toBe('import.file.damaged');
    expect(reason(xlsx.subarray(0, 2000))).toBe('import.file.damaged');
    expect(reason(png)).toBe('import.file.notSpreadsheet');
    expect(reason(random)).toBe('import.file.notSpreadsheet');
    expect(reason(Buffer.alloc(0))).toBe('import.file.empty');
  });

  it('reads merged, rich-text, formula, hyperlink, date and number cells from an .xlsx', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('5-А');
    ws.mergeCells('A1:C1');
    ws.getCell('A1').value = 'Тизме';
    ws.getRow(2).values = [
      { richText: [{ text: 'Өмүр' }, { text: 'ова', font: { bold: true } }] },
      { formula: 'CONCAT("Ай","гүл")', result: 'Айгүл' },
      { hyperlink: 'https://example.org', text: 'сайт' },
      new Date(Date.UTC(2014, 2, 5)),
      20503201401234,
      '007',
    ];
    ws.getCell('D2').numFmt = 'dd.mm.yyyy';
    const sheet = readSpreadsheet(Buffer.from(await wb.xlsx.writeBuffer()), 'x.xlsx').sheets[0];
    expect(sheet?.rows).toEqual([
      ['Тизме', 'Тизме', 'Тизме'],
      ['Өмүрова', 'Айгүл', 'сайт', { date: '2014-03-05' }, 20503201401234, '007'],
    ]);
  });
});

describe('headings and values', () => {
  it('knows column headings in Kyrgyz, Russian and English and ignores numbering', () => {
    const cases: [string, string | null][] = [
      ['Фамилиясы', 'surname'],
      ['ФАМИЛИЯ:', 'surname'],
      ['Surname', 'surname'],
      ['Аты', 'name'],
      ['Атасынын аты', 'patronymic'],
      ['Аты-жөнү', 'fullName'],
      ['Ф.И.О.', 'fullName'],
      ['Туулган күнү', 'birthDate'],
      ['Дата рождения', 'birthDate'],
      ['Жынысы', 'sex'],
      ['ПИН', 'pin'],
      ['Персональный номер', 'pin'],
      ['Дарек / Адрес', 'address'],
      ['Фамилиясы\nФамилия', 'surname'],
      ['Класс', 'className'],
      ['Ата-энеси', 'guardian'],
      ['Телефон', 'phone'],
      ['№', null],
      ['№ п/п', null],
      ['Туулган датасы', null],
    ];
    for (const [heading, field] of cases) expect(fieldOfHeading(heading), heading).toBe(field);
  });

  it('finds the header row under title rows', () => {
    expect(findHeaderRow([['Список 5-А', 'Список 5-А'], [], ['№', 'ФИО', 'Пол'], ['1', 'Асанов Азамат', 'м']])).toBe(2);
    expect(findHeaderRow([['Тизме'], ['Асанов', 'Азамат']])).toBeNull();
  });

  it('splits full names, keeping "уулу" and "кызы" with the father\'s name', () => {
    expect(splitFullName('Асанов Азамат Бакыт уулу')).toEqual({
      surname: 'Асанов',
      name: 'Азамат',
      patronymic: 'Бакыт уулу',
    });
    expect(splitFullName('Бакыт кызы Айгерим')).toEqual({ surname: 'Бакыт кызы', name: 'Айгерим', patronymic: null });
    expect(splitFullName('Иванова Анна Петровна')).toEqual({
      surname: 'Иванова',
      name: 'Анна',
      patronymic: 'Петровна',
    });
    expect(splitFullName('Ли Ан')).toEqual({ surname: 'Ли', name: 'Ан', patronymic: null });
  });

  it('reads dates, PINs and sexes, and names what is wrong', () => {
    expect(parseDate('05.03.2014')).toBe('2014-03-05');
    expect(parseDate('5.3.2014 г.')).toBe('2014-03-05');
    expect(parseDate('2014-03-05')).toBe('2014-03-05');
    // A bare number is no date: a date-formatted cell reaches parseDate as { date }.
    expect(parseDate(41703)).toEqual({ message: 'import.error.badDate', params: { value: '41703' } });
    expect(parseDate({ date: '2014-03-05' })).toBe('2014-03-05');
    expect(parseDate('31.02.2015')).toEqual({ message: 'import.error.badDate', params: { value: '31.02.2015' } });
    expect(parseDate('')).toBeNull();
    expect(parsePin(20503201401234)).toBe('20503201401234');
    expect(parsePin(' 2050 3201 401234 ')).toBe('20503201401234');
    expect(parsePin('2.0101201501234E13')).toBe('20101201501234');
    expect(parsePin('2,01012E+13')).toMatchObject({ message: 'import.error.pinRounded' });
    expect(parsePin('12345')).toEqual({ message: 'import.error.badPin', params: { value: '12345' } });
    expect([parseSex('э'), parseSex('К'), parseSex('муж.'), parseSex('F'), parseSex('')]).toEqual([
      'm',
      'f',
      'm',
      'f',
      null,
    ]);
    expect(parseSex('?')).toMatchObject({ message: 'import.error.badSex' });
  });
});
