/**
 * Importing the whole school's class lists from one workbook (a sheet per class, as offices keep
 * them) through `import.apply` into an empty school, creating the classes; against exceljs only
 * reading the same file into memory. Every run imports into a fresh database.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { insertAccount } from '../../src-main/accounts/users-service';
import { closeDatabase, openDatabase, transaction, type Database } from '../../src-main/db/connection';
import { migrationsFolder } from '../../src-main/db/paths';
import { demoCredentials } from '../../src-main/demo/demo-school';
import { largeSchoolYear } from '../../src-main/demo/large-school';
import { createSchool } from '../../src-main/school/setup-service';
import type { Figure } from '../figure';
import { signedIn } from '../session';
import { median, sampleAsync } from '../stats';

/** The school's pupils as an .xlsx: one sheet per class, the headings of the template. */
async function classListWorkbook(db: Database): Promise<{ content: Buffer; pupils: number }> {
  const rows = db.sqlite
    .prepare(
      `select c.grade || '-' || c.letter as cls, st.surname, st.name, st.patronymic, st.birth_date as birthDate,
              st.sex, st.pin
         from enrollment e join student st on st.id = e.student_id join class c on c.id = e.class_id
        order by c.grade, c.letter, st.id`,
    )
    .all() as {
    cls: string;
    surname: string;
    name: string;
    patronymic: string | null;
    birthDate: string;
    sex: string;
    pin: string | null;
  }[];
  const book = new ExcelJS.Workbook();
  const sheets = new Map<string, ExcelJS.Worksheet>();
  for (const r of rows) {
    let sheet = sheets.get(r.cls);
    if (!sheet) {
      sheet = book.addWorksheet(r.cls);
      sheet.addRow(['Фамилия', 'Имя', 'Отчество', 'Дата рождения', 'Пол', 'ПИН']);
      sheets.set(r.cls, sheet);
    }
    sheet.addRow([
      r.surname,
      r.name,
      r.patronymic,
      new Date(`${r.birthDate}T00:00:00.000Z`),
      r.sex === 'm' ? 'м' : 'ж',
      r.pin,
    ]);
  }
  return { content: Buffer.from(await book.xlsx.writeBuffer()), pupils: rows.length };
}

/** Before the year starts, when offices load their lists. */
const importDay = new Date('2025-08-25T06:00:00.000Z');

function emptySchool(file: string, now: Date): Database {
  const db = openDatabase(file, { migrationsFolder: migrationsFolder() });
  transaction(db, () => {
    createSchool(db, { nameKy: 'Мектеп', nameRu: 'Школа', year: largeSchoolYear(now) }, importDay);
    insertAccount(
      db,
      {
        surname: 'Орунбасар',
        name: 'Директор',
        patronymic: undefined,
        position: 'окуу иштери боюнча орун басар',
        role: 'deputy',
        login: 'deputy',
      },
      demoCredentials.password,
      false,
      importDay,
    );
  });
  return db;
}

export const importWorkbook: Figure = {
  id: 'import',
  async measure({ db, dir, runs, now }) {
    const { content, pupils } = await classListWorkbook(db);
    fs.writeFileSync(path.join(dir, 'class-lists.xlsx'), content);
    const repeat = Math.max(1, Math.min(3, runs));
    const input = {
      fileName: 'class-lists.xlsx',
      contentBase64: content.toString('base64'),
      skipInvalid: false,
      createClasses: true,
    };
    // Only the call is timed, not making the empty school it imports into.
    const imported: number[] = [];
    for (let i = 0; i < repeat; i += 1) {
      const target = emptySchool(path.join(dir, `import-${i}.sqlite`), now);
      try {
        const deputy = signedIn(target, 'deputy', () => importDay);
        const started = performance.now();
        const result = deputy.call('import.apply', input) as { created: number };
        imported.push(performance.now() - started);
        if (result.created !== pupils) throw new Error(`Imported ${result.created} of ${pupils} pupils`);
      } finally {
        closeDatabase(target);
      }
    }
    const read = await sampleAsync(repeat, async () => {
      await new ExcelJS.Workbook().xlsx.load(content as unknown as ArrayBuffer);
    });
    return [
      {
        name: `import of a ${pupils}-pupil workbook`,
        value: median(imported),
        unit: 'ms',
        reference: median(read),
        referenceIs: 'exceljs reading the same file',
        targets: [{ on: 'ratio', atMost: 2 }],
      },
    ];
  },
};
