import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertClass } from '../../src-main/roster/classes';
import { enrol, guardiansOf, insertPupil, updatePupil, type PupilFields } from '../../src-main/roster/pupils';
import { currentYear } from '../../src-main/school/academic-year';
import { serialToDate } from '../../src-main/imports/cells';
import { chooseDelimiter } from '../../src-main/imports/csv';
import { readSpreadsheet } from '../../src-main/imports/read-file';
import { readXlsx } from '../../src-main/imports/xlsx-read';
import { readZip, writeZip } from '../../src-main/imports/zip';
import {
  auditEntries,
  countRows,
  expectError,
  expectOk,
  FakeClock,
  openTestApp,
  snapshot,
  staffSchool,
  type Staffed,
  type TestApp,
} from '../helpers/app';

// The reviewer's reproductions of the importer's defects, each kept as a regression test.

const csv = (text: string, fileName = '5-А.csv') => ({
  fileName,
  contentBase64: Buffer.from(text, 'utf8').toString('base64'),
});
const xlsx = (buf: Buffer, fileName = 'list.xlsx') => ({ fileName, contentBase64: buf.toString('base64') });
const card = (fields: Partial<PupilFields> & Pick<PupilFields, 'surname' | 'name'>): PupilFields => ({
  patronymic: null,
  birthDate: null,
  sex: null,
  pin: null,
  address: null,
  ...fields,
});

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const workbookXml = `<workbook ${NS} ${R}><sheets><sheet name="5-А" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const relsXml = (targets: string[]) =>
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${targets
    .map((t, i) => `<Relationship Id="rId${i + 1}" Type="worksheet" Target="${t}"/>`)
    .join('')}</Relationships>`;
const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const sheetXml = (rows: string, extra = '') => `<worksheet ${NS}><sheetData>${rows}</sheetData>${extra}</worksheet>`;
const headerAndOne = `<row r="1">${inline('A1', 'Фамилия')}${inline('B1', 'Имя')}</row><row r="2">${inline(
  'A2',
  'Асанов',
)}${inline('B2', 'Азамат')}</row>`;

/** A minimal .xlsx: a workbook, its relationships and the sheet. */
function book(sheet: string, workbook = workbookXml, more: { name: string; data: Buffer }[] = []): Buffer {
  return writeZip([
    { name: 'xl/workbook.xml', data: Buffer.from(workbook) },
    { name: 'xl/_rels/workbook.xml.rels', data: Buffer.from(relsXml(['worksheets/sheet1.xml'])) },
    { name: 'xl/worksheets/sheet1.xml', data: Buffer.from(sheet) },
    ...more,
  ]);
}

/** Sets the size one file of a ZIP made by writeZip declares, in its local header and directory entry. */
function declareSize(zip: Buffer, name: string, size: number): Buffer {
  const out = Buffer.from(zip);
  for (let i = 0; i < out.length - 4; i += 1) {
    const sig = out.readUInt32LE(i);
    if (sig === 0x04034b50 && out.toString('utf8', i + 30, i + 30 + out.readUInt16LE(i + 26)) === name)
      out.writeUInt32LE(size, i + 22);
    if (sig === 0x02014b50 && out.toString('utf8', i + 46, i + 46 + out.readUInt16LE(i + 28)) === name)
      out.writeUInt32LE(size, i + 24);
  }
  return out;
}

const lines = (t: TestApp, studentId: number) =>
  t.db.sqlite
    .prepare(
      'select class_id as classId, from_date as fromDate, to_date as toDate from enrollment where student_id = ? order by id',
    )
    .all(studentId);
const messages = (rows: { row: number; outcome: string; errors: { message: string }[] }[]) =>
  rows.map((r) => [r.row, r.outcome, r.errors.map((e) => e.message)]);

describe('the importer after review', () => {
  let t: TestApp;
  let f: Staffed;
  let yearId: number;
  let classA: number;
  let classB: number;

  const setup = (clock?: FakeClock) => {
    t = openTestApp(clock ? { clock } : {});
    f = staffSchool(t);
    const year = currentYear(t.db);
    if (!year) throw new Error('no year');
    yearId = year.id;
    classA = insertClass(t.db, yearId, {
      grade: 5,
      letter: 'А',
      language: 'ky',
      classTeacherId: f.teacher.user.staffId,
    }).id;
    classB = insertClass(t.db, yearId, { grade: 5, letter: 'Б', language: 'ky' }).id;
  };
  const apply = (file: { fileName: string; contentBase64: string }, token: string, more: object = {}) =>
    t.call('import.apply', { ...file, skipInvalid: false, createClasses: false, ...more }, token);
  const pastClass = () => {
    t.db.sqlite
      .prepare(
        "insert into academic_year (title, starts_on, ends_on, is_current, state) values ('2024–2025', '2024-09-02', '2025-05-31', 0, 'closed')",
      )
      .run();
    const old = t.db.sqlite.prepare("select id from academic_year where title = '2024–2025'").get() as { id: number };
    return insertClass(t.db, old.id, { grade: 4, letter: 'А', language: 'ky' }).id;
  };

  afterEach(() => t.close());

  describe('finding pupils (1)', () => {
    beforeEach(() => setup());

    it('matches by name and birth date a pupil whose card has since been given a PIN', () => {
      const file = csv('Фамилия;Имя;Дата рождения\nАсанов;Азамат;05.03.2014\n');
      expect(expectOk(apply(file, f.deputy.token)).created).toBe(1);
      const id = (t.db.sqlite.prepare('select id from student').get() as { id: number }).id;
      const pin = '20503201401234';
      updatePupil(t.db, id, card({ surname: 'Асанов', name: 'Азамат', birthDate: '2014-03-05', pin }), t.clock.now());
      expect(expectOk(apply(file, f.deputy.token))).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
      expect(countRows(t.db, 'student')).toBe(1);
      expect(countRows(t.db, 'enrollment')).toBe(1);
      expect(t.db.sqlite.prepare('select pin from student').all()).toEqual([{ pin }]);
    });

    it('refuses a row that names two pupils of the same name and birth date', () => {
      for (const pin of [null, '20503201401235'])
        insertPupil(t.db, card({ surname: 'Асанов', name: 'Азамат', birthDate: '2014-03-05', pin }));
      const file = csv('Фамилия;Имя;Дата рождения\nасанов;азамат;05.03.2014\n');
      const preview = expectOk(t.call('import.preview', file, f.deputy.token));
      expect(preview.rows.map((r) => [r.row, r.outcome, r.errors])).toEqual([
        [2, 'error', [{ message: 'import.error.ambiguous', params: { count: 2 } }]],
      ]);
      const before = snapshot(t.db);
      expectError(apply(file, f.deputy.token), 'IMPORT_HAS_ERRORS');
      expect(snapshot(t.db)).toBe(before);
    });

    it('takes the same child twice in one file once, the later row an error', () => {
      const file = csv('Фамилия;Имя;Дата рождения\nБеков;Бек;01.01.2014\nбеков;БЕК;01.01.2014\n');
      const preview = expectOk(t.call('import.preview', file, f.deputy.token));
      expect(preview.rows.map((r) => [r.row, r.outcome, r.errors])).toEqual([
        [2, 'new', []],
        [3, 'error', [{ message: 'import.error.sameAsRow', params: { sheet: '5-А', row: 2 } }]],
      ]);
      const before = snapshot(t.db);
      expectError(apply(file, f.deputy.token), 'IMPORT_HAS_ERRORS');
      expect(snapshot(t.db)).toBe(before);
      expect(expectOk(apply(file, f.deputy.token, { skipInvalid: true })).created).toBe(1);
      expect(expectOk(apply(file, f.deputy.token, { skipInvalid: true }))).toMatchObject({ created: 0, unchanged: 1 });
      expect(countRows(t.db, 'student')).toBe(1);
    });
  });

  describe('placing pupils (2, 3)', () => {
    beforeEach(() => setup());

    it('refuses a pupil of another class enrolled there from a later date, writing nothing', () => {
      const id = insertPupil(t.db, card({ surname: 'Бөтөн', name: 'Бала', pin: '20101201412345' })).id;
      enrol(t.db, id, { classId: classB, fromDate: '2025-10-20' });
      const file = csv('Фамилия;Имя;ПИН;Адрес\nБөтөн;Бала;20101201412345;Жаңы дарек\n');
      for (const token of [f.teacher.token, f.deputy.token]) {
        const preview = expectOk(t.call('import.preview', file, token));
        expect(preview.rows.map((r) => r.errors)).toEqual([
          [{ message: 'import.error.inOtherClass', params: { className: '5-Б' } }],
        ]);
        const before = snapshot(t.db);
        expectError(apply(file, token), 'IMPORT_HAS_ERRORS');
        expect(snapshot(t.db)).toBe(before);
      }
      expect(lines(t, id)).toEqual([{ classId: classB, fromDate: '2025-10-20', toDate: null }]);
    });

    it("lets a class teacher change only pupils already on their class's list", () => {
      const own = insertPupil(t.db, card({ surname: 'Өз', name: 'Бала', pin: '20101201412341' })).id;
      enrol(t.db, own, { classId: classA, fromDate: '2025-09-01' });
      const loose = insertPupil(t.db, card({ surname: 'Эч', name: 'Жерде', pin: '20101201412342' })).id;
      const file = csv('Фамилия;Имя;ПИН;Адрес\nӨз;Бала;20101201412341;Ош\nЭч;Жерде;20101201412342;Ош\n');
      const preview = expectOk(t.call('import.preview', file, f.teacher.token));
      expect(messages(preview.rows)).toEqual([
        [2, 'update', []],
        [3, 'error', ['import.error.notYourPupil']],
      ]);
      const before = snapshot(t.db);
      expectError(apply(file, f.teacher.token), 'IMPORT_HAS_ERRORS');
      expect(snapshot(t.db)).toBe(before);
      expect(expectOk(apply(file, f.deputy.token))).toMatchObject({ updated: 2 });
      expect(lines(t, loose)).toEqual([{ classId: classA, fromDate: '2025-10-06', toDate: null }]);
    });

    it('does not bring back a pupil who left the school', () => {
      const id = insertPupil(t.db, card({ surname: 'Кеткен', name: 'Бала', pin: '20101201412346' })).id;
      enrol(t.db, id, { classId: classB, fromDate: '2025-09-01' });
      t.db.sqlite
        .prepare("update enrollment set to_date = '2025-10-01', departure_kind = 'country' where student_id = ?")
        .run(id);
      const file = csv('Фамилия;Имя;ПИН;Адрес\nКеткен;Бала;20101201412346;Teacher wrote this\n');
      for (const token of [f.teacher.token, f.deputy.token]) {
        expect(messages(expectOk(t.call('import.preview', file, token)).rows)).toEqual([
          [2, 'error', ['import.error.departed']],
        ]);
        const before = snapshot(t.db);
        expectError(apply(file, token), 'IMPORT_HAS_ERRORS');
        expect(snapshot(t.db)).toBe(before);
      }
    });

    it("closes a past year's open line at that year's end when the pupil joins this year's class", () => {
      const old = pastClass();
      const id = insertPupil(t.db, card({ surname: 'Өткөн', name: 'Жыл', pin: '20101201412347' })).id;
      enrol(t.db, id, { classId: old, fromDate: '2024-09-02' });
      const file = csv('Фамилия;Имя;ПИН\nӨткөн;Жыл;20101201412347\n');
      expect(expectOk(apply(file, f.deputy.token))).toMatchObject({ updated: 1 });
      expect(lines(t, id)).toEqual([
        { classId: old, fromDate: '2024-09-02', toDate: '2025-05-31' },
        { classId: classA, fromDate: '2025-10-06', toDate: null },
      ]);
      expect(t.db.sqlite.prepare('select count(*) as n from enrollment where to_date is null').get()).toEqual({ n: 1 });
    });
  });

  describe('dates (5, 6, 11)', () => {
    it("enrols on and checks against the school's day in Bishkek, not UTC's", () => {
      setup(new FakeClock(Date.parse('2025-10-06T20:00:00Z')));
      const id = insertPupil(t.db, card({ surname: 'Бүгүн', name: 'Келди', pin: '20503201401235' })).id;
      enrol(t.db, id, { classId: classB, fromDate: '2025-10-07' });
      const taken = csv('Фамилия;Имя;ПИН\nБүгүн;Келди;20503201401235\n');
      expect(messages(expectOk(t.call('import.preview', taken, f.deputy.token)).rows)).toEqual([
        [2, 'error', ['import.error.inOtherClass']],
      ]);
      expectOk(apply(csv('Фамилия;Имя\nЖаңы;Бала\n'), f.deputy.token));
      expect(t.db.sqlite.prepare('select from_date as d from enrollment where class_id = ?').all(classA)).toEqual([
        { d: '2025-10-07' },
      ]);
    });

    it('refuses an enrolment date outside the current year, writing nothing', () => {
      setup();
      const before = snapshot(t.db);
      for (const fromDate of ['1999-01-01', '2025-08-31', '2026-06-01']) {
        const error = expectError(
          apply(csv('Фамилия;Имя\nЭски;Бала\n'), f.deputy.token, { fromDate }),
          'INVALID_INPUT',
        );
        expect(error.fields).toEqual([
          { path: 'fromDate', message: 'validation.outsideYear', params: { from: '2025-09-01', to: '2026-05-31' } },
        ]);
      }
      expect(snapshot(t.db)).toBe(before);
      expect(expectOk(apply(csv('Фамилия;Имя\nЧек;Бала\n'), f.deputy.token, { fromDate: '2026-05-31' })).created).toBe(
        1,
      );
    });

    it('refuses to import into a closed year', () => {
      setup();
      t.db.sqlite.prepare("update academic_year set state = 'closed' where id = ?").run(yearId);
      const before = snapshot(t.db);
      expectError(apply(csv('Фамилия;Имя\nЖабык;Жыл\n'), f.deputy.token), 'YEAR_CLOSED');
      expect(snapshot(t.db)).toBe(before);
    });
  });

  describe('guardians and the audit (4)', () => {
    beforeEach(() => setup());

    it('adds only guardians the card lacks, never removes one, and audits each pupil', () => {
      const pin = '20503201401234';
      const id = insertPupil(t.db, card({ surname: 'Асанов', name: 'Азамат', pin }), [
        { fullName: 'Асанова Гүлнара', relation: 'апасы', phone: '+996 555 123456' },
        { fullName: 'Асанов Бакыт', relation: 'атасы', phone: '+996 700 654321' },
      ]).id;
      enrol(t.db, id, { classId: classA, fromDate: '2025-09-01' });
      const known = guardiansOf(t.db, id);
      // The same name (in any case and spacing) or the same phone is a guardian the card has.
      const first = csv(`Фамилия;Имя;ПИН;Ата-энеси\nАсанов;Азамат;${pin};асанова  гүлнара\n`);
      expect(expectOk(apply(first, f.deputy.token))).toMatchObject({ unchanged: 1, updated: 0 });
      const byPhone = csv(`Фамилия;Имя;ПИН;Ата-энеси;Телефон\nАсанов;Азамат;${pin};Башка Ат;+996 555 123456\n`);
      expect(expectOk(apply(byPhone, f.deputy.token))).toMatchObject({ unchanged: 1, updated: 0 });
      expect(guardiansOf(t.db, id)).toEqual(known);

      const added = csv(`Фамилия;Имя;ПИН;Ата-энеси;Телефон\nАсанов;Азамат;${pin};Асанова Айгүл;+996 777 000111\n`);
      const entriesBefore = auditEntries(t.db).length;
      expect(expectOk(apply(added, f.deputy.token))).toMatchObject({ updated: 1 });
      expect(guardiansOf(t.db, id)).toEqual([
        ...known,
        { fullName: 'Асанова Айгүл', relation: null, phone: '+996 777 000111' },
      ]);
      const entries = auditEntries(t.db).slice(entriesBefore);
      expect(entries.map((e) => [e.action, e.entity, e.entityId])).toEqual([
        ['import.apply', 'student', String(id)],
        ['import.apply', 'import', null],
      ]);
      const pupilEntry = entries[0];
      expect(JSON.parse(pupilEntry?.before ?? 'null')).toMatchObject({ guardians: known });
      expect(JSON.parse(pupilEntry?.after ?? 'null')).toMatchObject({
        card: { surname: 'Асанов', pin },
        guardians: [...known, { fullName: 'Асанова Айгүл', relation: null, phone: '+996 777 000111' }],
      });
    });

    it('audits every pupil created', () => {
      const entriesBefore = auditEntries(t.db).length;
      expectOk(apply(csv('Фамилия;Имя\nБир;Бала\nЭки;Бала\n'), f.deputy.token));
      const entries = auditEntries(t.db).slice(entriesBefore);
      expect(entries.map((e) => e.entity)).toEqual(['student', 'student', 'import']);
      expect(JSON.parse(entries[0]?.after ?? 'null')).toMatchObject({
        card: { surname: 'Бир', name: 'Бала' },
        enrolment: { classId: classA, className: '5-А', fromDate: '2025-10-06' },
      });
    });
  });

  describe('reading workbooks (7, 8, 9, 10, 12)', () => {
    beforeEach(() => setup());

    it('reads a workbook whose elements carry a namespace prefix', () => {
      const x = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
      const wb = `<x:workbook ${x} ${R}><x:sheets><x:sheet name="5-А" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`;
      const cell = (ref: string, text: string) => `<x:c r="${ref}" t="inlineStr"><x:is><x:t>${text}</x:t></x:is></x:c>`;
      const sh = `<x:worksheet ${x}><x:sheetData><x:row r="1">${cell('A1', 'Фамилия')}${cell('B1', 'Имя')}</x:row><x:row r="2">${cell(
        'A2',
        'Асанов',
      )}${cell('B2', 'Азамат')}</x:row></x:sheetData></x:worksheet>`;
      const sst = `<x:sst ${x}><x:si><x:t>Фамилия</x:t></x:si></x:sst>`;
      const buf = book(sh, wb, [{ name: 'xl/sharedStrings.xml', data: Buffer.from(sst) }]);
      expect(readSpreadsheet(buf, 'p.xlsx').sheets).toEqual([
        {
          name: '5-А',
          rows: [
            ['Фамилия', 'Имя'],
            ['Асанов', 'Азамат'],
          ],
          merged: new Map(),
        },
      ]);
      expect(expectOk(apply(xlsx(buf), f.deputy.token))).toMatchObject({ created: 1 });
    });

    it('refuses a file in which no sheet has a heading line, writing nothing', () => {
      const before = snapshot(t.db);
      const noHeading = book(sheetXml(`<row r="1">${inline('A1', 'Асанов')}${inline('B1', 'Азамат')}</row>`));
      for (const file of [xlsx(noHeading), csv('Асанов;Азамат\nБеков;Бек\n')]) {
        for (const result of [t.call('import.preview', file, f.deputy.token), apply(file, f.deputy.token)])
          expect(expectError(result, 'INVALID_INPUT').fields).toEqual([
            { path: 'contentBase64', message: 'import.file.noHeader' },
          ]);
      }
      expect(snapshot(t.db)).toBe(before);
    });

    it('refuses rows and columns past Excel’s limits', () => {
      const at = (ref: string, r: number) => book(sheetXml(`<row r="${r}"><c r="${ref}"><v>1</v></c></row>`));
      expect(readSpreadsheet(at('A1048576', 1048576), 'a.xlsx').sheets[0]?.rows.length).toBe(1048576);
      expect(() => readSpreadsheet(at('A100000000', 100000000), 'a.xlsx')).toThrow('import.file.outOfRange');
      expect(() => readSpreadsheet(at('XFE1', 1), 'a.xlsx')).toThrow('import.file.outOfRange');
      expect(readSpreadsheet(at('XFD1', 1), 'a.xlsx').sheets[0]?.rows[0]?.length).toBe(16384);
    });

    it('clips a merged area to the cells that hold data', () => {
      const sh = sheetXml(
        `${headerAndOne.replace('</row><row r="2">', '</row><row r="2"><c r="C2"><v>7</v></c>')}<row r="3"><c r="A3"/></row>`,
        '<mergeCells count="2"><mergeCell ref="B2:B1048576"/><mergeCell ref="C2:XFD1048576"/></mergeCells>',
      );
      const started = Date.now();
      const sheet = readSpreadsheet(book(sh), 'a.xlsx').sheets[0];
      expect(Date.now() - started).toBeLessThan(1000);
      expect(sheet?.rows).toEqual([
        ['Фамилия', 'Имя'],
        ['Асанов', 'Азамат', 7],
      ]);
    });

    it('refuses an archive that would inflate past the limits, and inflates a part once', () => {
      const normal = book(sheetXml(headerAndOne));
      const huge = declareSize(normal, 'xl/worksheets/sheet1.xml', 600 * 1024 * 1024);
      expect(() => readSpreadsheet(huge, 'a.xlsx')).toThrow('import.file.tooLarge');
      expect(expectError(t.call('import.preview', xlsx(huge), f.deputy.token), 'INVALID_INPUT').fields).toEqual([
        { path: 'contentBase64', message: 'import.file.tooLarge' },
      ]);
      // A part that holds more than it declares is damaged: inflating stops at the declared size.
      const bomb = writeZip([
        { name: 'xl/workbook.xml', data: Buffer.from(workbookXml) },
        { name: 'xl/_rels/workbook.xml.rels', data: Buffer.from(relsXml(['worksheets/sheet1.xml'])) },
        { name: 'xl/worksheets/sheet1.xml', data: Buffer.from(sheetXml(headerAndOne)) },
        { name: 'xl/styles.xml', data: Buffer.alloc(4 * 1024 * 1024, 0x20) },
      ]);
      expect(() => readSpreadsheet(declareSize(bomb, 'xl/styles.xml', 10), 'a.xlsx')).toThrow('import.file.damaged');
      // The total: small limits stand for the real ones (50 MB a part, 100 MB in all).
      expect(readXlsx(bomb, { maxEntry: 5_000_000, maxTotal: 5_000_000 })).toHaveLength(1);
      expect(() => readXlsx(bomb, { maxEntry: 5_000_000, maxTotal: 4_000_000 })).toThrow('import.file.tooLarge');
      expect(() => readXlsx(bomb, { maxEntry: 4_000_000, maxTotal: 9_000_000 })).toThrow('import.file.tooLarge');
      // Two sheets on one part: inflated and counted once.
      const twice = writeZip([
        {
          name: 'xl/workbook.xml',
          data: Buffer.from(
            `<workbook ${NS} ${R}><sheets><sheet name="5-А" r:id="rId1"/><sheet name="5-Б" r:id="rId2"/></sheets></workbook>`,
          ),
        },
        {
          name: 'xl/_rels/workbook.xml.rels',
          data: Buffer.from(relsXml(['worksheets/sheet1.xml', 'worksheets/sheet1.xml'])),
        },
        { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(3 * 1024 * 1024, 0x20) },
      ]);
      expect(readXlsx(twice, { maxTotal: 3_200_000 }).map((s) => s.name)).toEqual(['5-А', '5-Б']);
      const files = readZip(twice);
      const part = files.get('xl/worksheets/sheet1.xml');
      expect(part?.()).toBe(part?.());
    });

    it('skips rows whose only values come from a merged area', async () => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Лист1');
      ws.addRow(['№', 'Фамилия', 'Имя', 'Класс']);
      ws.addRow([1, 'Асанов', 'Азамат', '5-А']);
      ws.addRow([2, 'Бекова', 'Айгүл', null]);
      ws.addRow([3, 'Токтогулов', 'Эрмек', null]);
      ws.getCell('D10').value = ' ';
      ws.mergeCells('D2:D10');
      ws.getCell('A12').value = 'Барлыгы';
      ws.mergeCells('A12:D12');
      const file = xlsx(Buffer.from(await wb.xlsx.writeBuffer()));
      const preview = expectOk(t.call('import.preview', file, f.deputy.token));
      expect(preview.counts).toEqual({ new: 3, update: 0, unchanged: 0, error: 0 });
      expect(preview.rows.map((r) => [r.row, r.className, r.outcome])).toEqual([
        [2, '5-А', 'new'],
        [3, '5-А', 'new'],
        [4, '5-А', 'new'],
      ]);
    });

    it('takes birth dates only from date cells and text, real, past and after 1990', async () => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('5-А');
      ws.addRow(['Фамилия', 'Имя', 'Дата рождения']);
      ws.addRow(['А', 'Б', 2014]);
      ws.addRow(['В', 'Г', 41703]);
      ws.addRow(['Д', 'Е', 60]);
      ws.addRow(['Ж', 'З', new Date(Date.UTC(2014, 2, 5))]);
      ws.addRow(['И', 'К', '01.01.2030']);
      ws.addRow(['Л', 'М', '31.12.1989']);
      ws.addRow(['Н', 'О', '07.10.2025']);
      ws.addRow(['П', 'Р', '06.10.2025']);
      for (const ref of ['C4', 'C5']) ws.getCell(ref).numFmt = 'dd.mm.yyyy';
      const preview = expectOk(
        t.call('import.preview', xlsx(Buffer.from(await wb.xlsx.writeBuffer())), f.deputy.token),
      );
      expect(preview.rows.map((r) => [r.row, r.pupil.birthDate, r.errors])).toEqual([
        [2, null, [{ message: 'import.error.badDate', params: { value: '2014' } }]],
        [3, null, [{ message: 'import.error.badDate', params: { value: '41703' } }]],
        [4, null, [{ message: 'import.error.badDate', params: { value: '60' } }]],
        [5, '2014-03-05', []],
        [6, '2030-01-01', [{ message: 'import.error.bornInFuture', params: { value: '2030-01-01' } }]],
        [7, '1989-12-31', [{ message: 'import.error.bornTooEarly', params: { value: '1989-12-31' } }]],
        [8, '2025-10-07', [{ message: 'import.error.bornInFuture', params: { value: '2025-10-07' } }]],
        [9, '2025-10-06', []],
      ]);
      expect([serialToDate(59), serialToDate(60), serialToDate(61), serialToDate(41703)]).toEqual([
        '1900-02-28',
        null,
        '1900-03-01',
        '2014-03-05',
      ]);
      expect(serialToDate(60, true)).toBe('1904-03-01');
    });

    it('checks ISO date cells (t="d")', () => {
      const row = (r: number, value: string) =>
        `<row r="${r}">${inline(`A${r}`, 'Асанов')}${inline(`B${r}`, 'Азамат')}<c r="C${r}" t="d"><v>${value}</v></c></row>`;
      const sh = sheetXml(
        `<row r="1">${inline('A1', 'Фамилия')}${inline('B1', 'Имя')}${inline('C1', 'Дата рождения')}</row>${row(
          2,
          '2014-03-05T00:00:00',
        )}${row(3, '2014-02-30')}${row(4, 'вчера')}`,
      );
      const rows = readSpreadsheet(book(sh), 'a.xlsx').sheets[0]?.rows.map((r) => r[2]);
      expect(rows).toEqual(['Дата рождения', { date: '2014-03-05' }, '2014-02-30', 'вчера']);
    });

    it('chooses the CSV delimiter from the heading line, outside quotes', () => {
      expect(chooseDelimiter('Surname,Name,Address\nAsanov,Azamat,"Lenin st 5; apt 3"\n')).toBe(',');
      expect(chooseDelimiter('"Список; 5-А"\nФамилия,Имя,Адрес\n')).toBe(',');
      expect(chooseDelimiter('Список 5-А класса, 2025\nФамилия;Имя;Адрес\nА;Б;"ул. 1, кв. 2"\n')).toBe(';');
      expect(chooseDelimiter('Фамилия\tИмя\tАдрес\n')).toBe('\t');
      const rows = readSpreadsheet(Buffer.from('Surname,Name,Address\nAsanov,Azamat,"Lenin st 5; apt 3"\n'), 'a.csv')
        .sheets[0]?.rows;
      expect(rows).toEqual([
        ['Surname', 'Name', 'Address'],
        ['Asanov', 'Azamat', 'Lenin st 5; apt 3'],
      ]);
    });
  });
});
