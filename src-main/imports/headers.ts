import { cellText, type Cell } from './cells';
import type { ColumnMapping, ImportField } from './fields';

/** Column headings people write, in Kyrgyz, Russian and English, compared after `normalize`. */
const synonyms: Record<ImportField, string[]> = {
  fullName: [
    'аты жөнү',
    'окуучунун аты жөнү',
    'фамилиясы аты',
    'фамилиясы аты атасынын аты',
    'фио',
    'ф и о',
    'фио ученика',
    'фио учащегося',
    'фио обучающегося',
    'фамилия имя отчество',
    'фамилия имя',
    'фамилия имя отчество ученика',
    'full name',
    'name surname',
    'pupil',
    'student',
  ],
  surname: ['фамилиясы', 'фамилия', 'surname', 'last name', 'family name'],
  name: ['аты', 'окуучунун аты', 'имя', 'name', 'first name', 'given name'],
  patronymic: ['атасынын аты', 'отчество', 'patronymic', 'middle name'],
  birthDate: [
    'туулган күнү',
    'туулган күнү айы жылы',
    'туулган жылы айы күнү',
    'дата рождения',
    'число месяц год рождения',
    'birth date',
    'date of birth',
    'birthday',
    'dob',
  ],
  sex: ['жынысы', 'пол', 'sex', 'gender'],
  pin: [
    'пин',
    'инн',
    'пин инн',
    'pin',
    'персональный номер',
    'персоналдык номер',
    'жеке номер',
    'персональный идентификационный номер',
    'персоналдык идентификациялык номер',
  ],
  address: ['дарек', 'дареги', 'жашаган дареги', 'үй дареги', 'адрес', 'домашний адрес', 'address', 'home address'],
  className: ['класс', 'классы', 'class', 'grade', 'form'],
  guardian: [
    'ата энеси',
    'ата энесинин аты жөнү',
    'мыйзамдуу өкүлү',
    'родитель',
    'родители',
    'фио родителя',
    'законный представитель',
    'guardian',
    'parent',
    'parents',
  ],
  phone: ['телефон', 'тел', 'телефону', 'байланыш телефону', 'телефон родителя', 'phone', 'telephone', 'mobile'],
};

/** Lower case, ё as е, punctuation as spaces, single spaces. */
export function normalizeHeading(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const lookup = new Map<string, ImportField>(
  Object.entries(synonyms).flatMap(([field, words]) => words.map((w) => [normalizeHeading(w), field as ImportField])),
);

/**
 * The field a heading names, or null. "Фамилиясы / Фамилия" (a bilingual heading) and a heading on
 * two lines match by either part; "№", "№ п/п" and other headings match nothing.
 */
export function fieldOfHeading(heading: string): ImportField | null {
  // A number written as text (a PIN) names nothing: no heading has a digit. Saves folding its case.
  if (/^\d*$/.test(heading)) return null;
  const whole = lookup.get(normalizeHeading(heading));
  if (whole) return whole;
  const parts = heading.split(/[/\n|]/);
  if (parts.length === 1) return null;
  for (const part of parts) {
    const found = lookup.get(normalizeHeading(part));
    if (found) return found;
  }
  return null;
}

/**
 * `fieldOfHeading` keeping its answers, for one file: every row of a list is checked for a second
 * heading line, so every name in it is looked up, and names repeat (451 different texts in the
 * 15,000 text cells of a 3,000-pupil file) while folding Cyrillic case is slow.
 */
export function headingReader(): (heading: string) => ImportField | null {
  const known = new Map<string, ImportField | null>();
  return (heading) => {
    let field = known.get(heading);
    if (field === undefined) known.set(heading, (field = fieldOfHeading(heading)));
    return field;
  };
}

/** How many distinct fields a row's headings name: the header row is the one naming the most. */
export function headingScore(row: Cell[] | undefined, fieldOf = fieldOfHeading): number {
  const found = new Set((row ?? []).map((cell) => (typeof cell === 'string' ? fieldOf(cell) : null)));
  found.delete(null);
  return found.size;
}

export const headerScanRows = 15;

/**
 * The header row among the sheet's first rows (0-based), skipping titles above it; null when no row
 * names at least two fields, one of them a name.
 */
export function findHeaderRow(rows: Cell[][], fieldOf = fieldOfHeading): number | null {
  let best: number | null = null;
  let bestScore = 1;
  for (let r = 0; r < Math.min(rows.length, headerScanRows); r += 1) {
    const row = rows[r] ?? [];
    const fields = new Set(row.map((cell) => (typeof cell === 'string' ? fieldOf(cell) : null)));
    const score = headingScore(row, fieldOf);
    if (score > bestScore && (fields.has('surname') || fields.has('fullName') || fields.has('name'))) {
      best = r;
      bestScore = score;
    }
  }
  return best;
}

export interface Column {
  index: number;
  header: string;
  field: ImportField | null;
}

/**
 * The header row's columns with the field each one is proposed for; the user's mapping wins. A field
 * is proposed for its first column only (a merged title repeated across columns does not count twice).
 */
export function proposeColumns(header: Cell[], mapping: ColumnMapping | undefined): Column[] {
  const taken = new Set<ImportField>();
  const width = Math.max(header.length, ...Object.keys(mapping ?? {}).map((k) => Number(k) + 1));
  const columns: Column[] = [];
  for (let index = 0; index < width; index += 1) {
    const heading = cellText(header[index]);
    let field = fieldOfHeading(heading);
    if (field && taken.has(field)) field = null;
    if (mapping && Object.hasOwn(mapping, index)) field = mapping[index] ?? null;
    if (field) taken.add(field);
    if (heading !== '' || field) columns.push({ index, header: heading, field });
  }
  return columns;
}
