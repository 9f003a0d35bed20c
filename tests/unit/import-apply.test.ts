import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertClass } from '../../src-main/roster/classes';
import { insertPupil } from '../../src-main/roster/pupils';
import { currentYear } from '../../src-main/school/academic-year';
import {
  auditEntries,
  countRows,
  expectError,
  expectOk,
  openTestApp,
  signIn,
  snapshot,
  staffSchool,
  type Staffed,
  type TestApp,
} from '../helpers/app';

const takenPin = '11111111111111';

/** The messy workbook: titles, merged cells, one sheet per class, every kind of mistake. */
async function messyWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const a = wb.addWorksheet('5-А');
  a.mergeCells('A1:F1');
  a.getCell('A1').value = 'Список учащихся 5-А класса';
  a.mergeCells('A2:F2');
  a.getCell('A2').value = '2025–2026 окуу жылы';
  a.getRow(4).values = ['№', 'Аты-жөнү', 'Туулган күнү', 'ПИН', 'Жынысы', 'Дарек'];
  a.getRow(5).values = [1, 'Асанов  Азамат Бакыт уулу', new Date(Date.UTC(2014, 2, 5)), 20503201401234, 'э', 'Бишкек'];
  a.getCell('C5').numFmt = 'dd.mm.yyyy';
  a.getRow(6).values = [2, 'Өмүрова Айгүл Бакыт кызы', '07.11.2014', '10711201401234', 'к'];
  a.getRow(8).values = [3, 'Нуралиев Бекзат', '2014-1-9', null, 'м'];
  a.getRow(9).values = [4, null, '01.01.2014'];
  a.getRow(10).values = [5, 'Токтогулов Эрмек', '31.02.2015'];
  a.getRow(11).values = [6, 'Сыдыков Адилет', '12.12.2014', '12345'];
  a.getRow(12).values = [7, 'Жумабаев Нурбек', '03.03.2014', '20503201401234'];
  a.getRow(13).values = [8, 'Бөтөн Киши', '04.04.2014', takenPin];
  const b = wb.addWorksheet('5Б');
  b.addRow(['Фамилия', 'Имя', 'Отчество', 'Дата рождения', 'Пол', 'ПИН']);
  b.addRow(['Үсөнов', 'Бакыт', 'Бакытович', new Date(Date.UTC(2014, 5, 1)), 'м', null]);
  b.getCell('D2').numFmt = 'dd.mm.yyyy';
  b.addRow(['Орозова', 'Айпери', null, '15.05.2014', 'ж', null]);
  const c = wb.addWorksheet('Лист3');
  c.addRow(['Фамилия', 'Имя', 'Класс']);
  c.addRow(['Латинов', 'Азамат', '5-A']);
  c.addRow(['Классыз', 'Бек', null]);
  wb.addWorksheet('Пустой').addRow(['эч нерсе']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const row = (sheet: string, r: number, className: string | null, outcome: string, errors: string[] = []) => ({
  sheet,
  row: r,
  className,
  outcome,
  errors,
});

describe('importing a class list', () => {
  let t: TestApp;
  let f: Staffed;
  let file: { fileName: string; contentBase64: string };

  beforeEach(async () => {
    t = openTestApp();
    f = staffSchool(t);
    const year = currentYear(t.db);
    if (!year) throw new Error('no year');
    insertClass(t.db, year.id, { grade: 5, letter: 'А', language: 'ky', classTeacherId: f.teacher.user.staffId });
    insertPupil(t.db, {
      ...{ surname: 'Бар', name: 'Адам', patronymic: null, birthDate: '2013-01-01', sex: null, address: null },
      pin: takenPin,
    });
    file = { fileName: 'классы.xlsx', contentBase64: (await messyWorkbook()).toString('base64') };
  });
  afterEach(() => t.close());

  it('says row by row what it would do, with Excel row numbers and reasons', () => {
    const before = snapshot(t.db);
    const preview = expectOk(t.call('import.preview', file, f.deputy.token));
    expect(snapshot(t.db)).toBe(before);
    expect(preview.format).toBe('xlsx');
    expect(preview.sheets.map((s) => [s.name, s.headerRow])).toEqual([
      ['5-А', 4],
      ['5Б', 1],
      ['Лист3', 1],
      ['Пустой', null],
    ]);
    expect(preview.sheets[0]?.columns.map((c) => c.field)).toEqual([
      null,
      'fullName',
      'birthDate',
      'pin',
      'sex',
      'address',
    ]);
    expect(
      preview.rows.map((r) => ({
        ...row(
          r.sheet,
          r.row,
          r.className,
          r.outcome,
          r.errors.map((e) => e.message),
        ),
      })),
    ).toEqual([
      row('5-А', 5, '5-А', 'new'),
      row('5-А', 6, '5-А', 'new'),
      row('5-А', 8, '5-А', 'new'),
      row('5-А', 9, '5-А', 'error', ['import.error.noSurname', 'import.error.noName']),
      row('5-А', 10, '5-А', 'error', ['import.error.badDate']),
      row('5-А', 11, '5-А', 'error', ['import.error.badPin']),
      row('5-А', 12, '5-А', 'error', ['import.error.pinRepeated']),
      row('5-А', 13, '5-А', 'error', ['import.error.pinTaken']),
      row('5Б', 2, '5-Б', 'new'),
      row('5Б', 3, '5-Б', 'new'),
      row('Лист3', 2, '5-А', 'new'),
      row('Лист3', 3, null, 'error', ['import.error.noClass']),
    ]);
    expect(preview.rows[0]?.pupil).toEqual({
      surname: 'Асанов',
      name: 'Азамат',
      patronymic: 'Бакыт уулу',
      birthDate: '2014-03-05',
      sex: 'm',
      pin: '20503201401234',
      address: 'Бишкек',
    });
    expect(preview.rows[1]?.pupil).toMatchObject({ patronymic: 'Бакыт кызы', birthDate: '2014-11-07', sex: 'f' });
    expect(preview.rows[2]?.pupil.birthDate).toBe('2014-01-09');
    expect(preview.rows[6]?.errors[0]?.params).toEqual({ sheet: '5-А', row: 5 });
    expect(preview.rows[8]?.pupil).toMatchObject({ surname: 'Үсөнов', birthDate: '2014-06-01' });
    expect(preview.newClasses).toEqual(['5-Б']);
    expect(preview.counts).toEqual({ new: 6, update: 0, unchanged: 0, error: 6 });
  });

  it('writes nothing when a row is wrong, unless told to skip the wrong rows', () => {
    const before = snapshot(t.db);
    const refused = expectError(
      t.call('import.apply', { ...file, skipInvalid: false, createClasses: true }, f.deputy.token),
      'IMPORT_HAS_ERRORS',
    );
    expect(refused.params).toEqual({ count: 6 });
    expect(snapshot(t.db)).toBe(before);

    const done = expectOk(t.call('import.apply', { ...file, skipInvalid: true, createClasses: true }, f.deputy.token));
    expect(done).toMatchObject({ students: 6, created: 6, updated: 0, unchanged: 0, createdClasses: ['5-Б'] });
    expect(done.errors.map((e) => [e.sheet, e.row, e.message])).toContainEqual(['Лист3', 3, 'import.error.noClass']);
    expect(countRows(t.db, 'student')).toBe(7);
    const classOf = t.db.sqlite
      .prepare(
        `select s.surname, c.grade || '-' || c.letter as class, e.from_date as fromDate, c.language
           from enrollment e join student s on s.id = e.student_id join class c on c.id = e.class_id order by s.id`,
      )
      .all();
    expect(classOf).toEqual([
      { surname: 'Асанов', class: '5-А', fromDate: '2025-10-06', language: 'ky' },
      { surname: 'Өмүрова', class: '5-А', fromDate: '2025-10-06', language: 'ky' },
      { surname: 'Нуралиев', class: '5-А', fromDate: '2025-10-06', language: 'ky' },
      { surname: 'Үсөнов', class: '5-Б', fromDate: '2025-10-06', language: 'ky' },
      { surname: 'Орозова', class: '5-Б', fromDate: '2025-10-06', language: 'ky' },
      { surname: 'Латинов', class: '5-А', fromDate: '2025-10-06', language: 'ky' },
    ]);
    // The audit entry names the file, not its content.
    const entry = auditEntries(t.db).at(-1);
    expect(entry).toMatchObject({ action: 'import.apply', entity: 'import' });
    expect(entry?.after).not.toContain(file.contentBase64.slice(0, 50));

    // The same file again, a day later: nothing changes but the call's own audit entry.
    t.clock.advance(86_400_000);
    const token = signIn(t, f.deputy.login, f.deputy.password);
    const again = snapshot(t.db);
    const audit = countRows(t.db, 'audit_entry');
    const second = expectOk(t.call('import.apply', { ...file, skipInvalid: true, createClasses: true }, token));
    expect(second).toMatchObject({ students: 0, created: 0, updated: 0, unchanged: 6, createdClasses: [] });
    expect(countRows(t.db, 'audit_entry')).toBe(audit + 1);
    const withoutAudit = (s: string) =>
      JSON.stringify((JSON.parse(s) as [string, unknown][]).filter(([n]) => n !== 'audit_entry' && n !== 'session'));
    expect(withoutAudit(snapshot(t.db))).toBe(withoutAudit(again));
  });

  it('creates the classes the file names only when asked', () => {
    const okFile = { ...file, sheet: '5Б' };
    const before = snapshot(t.db);
    const refused = expectError(
      t.call('import.apply', { ...okFile, skipInvalid: false, createClasses: false }, f.deputy.token),
    );
    expect(refused.code).toBe('IMPORT_HAS_ERRORS');
    expect(snapshot(t.db)).toBe(before);
    const preview = expectOk(t.call('import.preview', okFile, f.deputy.token));
    expect(preview.counts).toEqual({ new: 2, update: 0, unchanged: 0, error: 0 });
    const done = expectOk(
      t.call(
        'import.apply',
        { ...okFile, skipInvalid: false, createClasses: true, language: 'ru' },
        f.administrator.token,
      ),
    );
    expect(done).toMatchObject({ created: 2, createdClasses: ['5-Б'] });
    expect(t.db.sqlite.prepare(`select language from class where letter = 'Б'`).get()).toEqual({ language: 'ru' });
  });

  it('lets a teacher import into their own class only, and the director into none', () => {
    const own = { ...file, sheet: '5-А' };
    const teacher = expectOk(t.call('import.preview', own, f.teacher.token));
    expect(teacher.rows.filter((r) => r.outcome === 'new').length).toBe(3);
    const other = expectOk(t.call('import.preview', { ...file, sheet: '5Б' }, f.teacher.token));
    expect(other.rows.map((r) => r.errors.map((e) => e.message))).toEqual([
      ['import.error.notYourClass'],
      ['import.error.notYourClass'],
    ]);
    // The director reads everything and edits nothing: the router refuses before the file is read.
    const before = snapshot(t.db);
    expectError(t.call('import.preview', own, f.director.token), 'FORBIDDEN');
    expectError(
      t.call('import.apply', { ...own, skipInvalid: true, createClasses: true }, f.director.token),
      'FORBIDDEN',
    );
    expectError(
      t.call('import.apply', { ...file, sheet: '5Б', skipInvalid: false, createClasses: true }, f.teacher.token),
      'IMPORT_HAS_ERRORS',
    );
    expect(snapshot(t.db)).toBe(before);
    const done = expectOk(t.call('import.apply', { ...own, skipInvalid: true, createClasses: false }, f.teacher.token));
    expect(done.created).toBe(3);
  });

  it('refuses an unreadable file as invalid input and writes nothing', async () => {
    const before = snapshot(t.db);
    const xlsx = Buffer.from(file.contentBase64, 'base64');
    const bad = [
      ['import.file.xls', Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(600)])],
      ['import.file.damaged', xlsx.subarray(0, xlsx.length - 30)],
      ['import.file.notSpreadsheet', Buffer.from('89504e470d0a1a0a0000000d4948445200', 'hex')],
    ] as const;
    for (const [reason, bytes] of bad) {
      const error = expectError(
        t.call(
          'import.apply',
          { fileName: 'x.xlsx', contentBase64: bytes.toString('base64'), skipInvalid: true, createClasses: true },
          f.deputy.token,
        ),
        'INVALID_INPUT',
      );
      expect(error.fields).toEqual([{ path: 'contentBase64', message: reason }]);
    }
    expect(snapshot(t.db)).toBe(before);
  });

  it('updates a pupil found by PIN or by name and birth date, and sees one already in another class', () => {
    const first = [
      'Фамилия;Имя;Дата рождения;ПИН;Адрес;Класс',
      'Асанов;Азамат;05.03.2014;20503201401234;;5-А',
      'Орозова;Айпери;15.05.2014;;Ош;5-А',
    ];
    const csv = (lines: string[]) => ({
      fileName: 'list.csv',
      contentBase64: Buffer.from(lines.join('\n')).toString('base64'),
    });
    expectOk(t.call('import.apply', { ...csv(first), skipInvalid: false, createClasses: true }, f.deputy.token));
    const second = [
      'Фамилия;Имя;Дата рождения;ПИН;Адрес;Класс',
      'АСАНОВ;Азамат;05.03.2014;20503201401234;Бишкек;5-А',
      'Орозова;Айпери;15.05.2014;10515201401234;;5-Б',
    ];
    const preview = expectOk(t.call('import.preview', csv(second), f.deputy.token));
    expect(preview.rows.map((r) => [r.outcome, r.errors.map((e) => e.message)])).toEqual([
      ['update', []],
      ['error', ['import.error.inOtherClass']],
    ]);
    expect(preview.rows[0]?.pupil).toMatchObject({ surname: 'АСАНОВ', address: 'Бишкек' });
  });
});
