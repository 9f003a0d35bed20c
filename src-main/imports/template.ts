import { eq } from 'drizzle-orm';
import type { Database } from '../db/connection';
import { schoolClass } from '../db/schema';
import { ApiError } from '../api/api-error';
import { guardiansOf, pupilsOfClass } from '../roster/pupils';
import { formatClassName } from '../text/class-names';
import { writeXlsx, type SheetToWrite } from './xlsx-write';

/** The class list's columns, headed in Kyrgyz and Russian; the importer recognises either half. */
const columns = [
  { heading: '№', width: 5 },
  { heading: 'Фамилиясы / Фамилия', width: 22 },
  { heading: 'Аты / Имя', width: 18 },
  { heading: 'Атасынын аты / Отчество', width: 22 },
  { heading: 'Туулган күнү / Дата рождения', width: 16 },
  { heading: 'Жынысы / Пол (э/к, м/ж)', width: 12 },
  { heading: 'ПИН', width: 17 },
  { heading: 'Дарек / Адрес', width: 30 },
  { heading: 'Класс', width: 8 },
  { heading: 'Ата-энеси / Родитель', width: 28 },
  { heading: 'Телефон', width: 16 },
];
const pinColumn = 6;
const templateTitle = 'Класстын тизмеси / Список класса';

function sheet(name: string, title: string, rows: (string | null)[][]): SheetToWrite {
  return {
    name,
    title,
    headings: columns.map((c) => c.heading),
    rows,
    widths: columns.map((c) => c.width),
    textColumns: [pinColumn],
  };
}

/** The empty class list offered for download: 40 bordered lines to fill in. */
export function templateXlsx(): Buffer {
  return writeXlsx(sheet('Класс', templateTitle, []), 40);
}

export const templateFileName = 'class-list.xlsx';

const dmy = (iso: string | null) => (iso ? iso.split('-').reverse().join('.') : null);

/** A class's pupils on a date as an .xlsx in the template's columns, in Kyrgyz alphabetical order. */
export function classListXlsx(db: Database, classId: number, date: string): { fileName: string; content: Buffer } {
  const found = db.orm.select().from(schoolClass).where(eq(schoolClass.id, classId)).get();
  if (!found) throw new ApiError('NOT_FOUND');
  const title = formatClassName(found.grade, found.letter);
  const rows = pupilsOfClass(db, classId, date).map((p, i) => {
    const guardian = guardiansOf(db, p.id)[0];
    return [
      String(i + 1),
      p.surname,
      p.name,
      p.patronymic,
      dmy(p.birthDate),
      p.sex === 'm' ? 'м' : p.sex === 'f' ? 'ж' : null,
      p.pin,
      p.address,
      title,
      guardian && guardian.fullName !== '—' ? guardian.fullName : null,
      guardian?.phone ?? null,
    ];
  });
  const content = writeXlsx(sheet(title, `${title} классынын тизмеси / Список ${title} класса`, rows));
  return { fileName: `${title}.xlsx`, content };
}
