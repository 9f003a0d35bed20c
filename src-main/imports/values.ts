import { cellText, type Cell } from './cells';

/** A reason a row cannot be imported: a translation key (`import.error.*`) and its parameters. */
export interface RowIssue {
  message: string;
  params: Record<string, string | number>;
}

export const issue = (message: string, params: Record<string, string | number> = {}): RowIssue => ({
  message: `import.error.${message}`,
  params,
});

function realDate(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || y > 2100 || t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d)
    return null;
  return t.toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` (a time may follow) when it names a real day, else null. */
export function isoDate(text: string): string | null {
  const ymd = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(text);
  return ymd ? realDate(Number(ymd[1]), Number(ymd[2]), Number(ymd[3])) : null;
}

/**
 * A birth date from a date cell, "dd.mm.yyyy", "d.m.yyyy" or "yyyy-mm-dd". A bare number is not a
 * date: a cell Excel formats as a date arrives as one, and "2014" typed in a plain cell is a mistake.
 */
export function parseDate(cell: Cell | undefined): string | RowIssue | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'object') return isoDate(cell.date) ?? issue('badDate', { value: cell.date });
  if (typeof cell === 'number') return issue('badDate', { value: cellText(cell) });
  const text = cellText(cell).replace(/\s*(г|ж)\.?$/i, '');
  if (text === '') return null;
  const dmy = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(text);
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text);
  const date = dmy
    ? realDate(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]))
    : ymd
      ? realDate(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]))
      : null;
  return date ?? issue('badDate', { value: text });
}

/**
 * The 14-digit personal number. Excel turns a long number into "2,01012E+13" in a CSV unless the
 * column is text: with all 14 digits in the mantissa it is exact, otherwise the digits are lost.
 */
export function parsePin(cell: Cell | undefined): string | RowIssue | null {
  const text = cellText(cell).replace(/^'/, '').replace(/[\s-]/g, '');
  if (text === '') return null;
  const sci = /^(\d)[.,](\d+)E\+?(\d+)$/i.exec(text);
  if (sci?.[1] && sci[2] && sci[3]) {
    const digits = sci[1] + sci[2];
    const exponent = Number(sci[3]);
    if (digits.length > exponent + 1) return issue('badPin', { value: text });
    if (exponent !== 13 || digits.length < 14) return issue('pinRounded', { value: text });
    return digits.padEnd(14, '0');
  }
  return /^\d{14}$/.test(text) ? text : issue('badPin', { value: text });
}

const male = new Set(['м', 'муж', 'мужской', 'э', 'эр', 'эркек', 'm', 'male', 'boy']);
const female = new Set(['ж', 'жен', 'женский', 'к', 'кыз', 'f', 'female', 'girl', 'w']);

export function parseSex(cell: Cell | undefined): 'm' | 'f' | RowIssue | null {
  const text = cellText(cell).toLowerCase().replace(/\.$/, '');
  if (text === '') return null;
  if (male.has(text)) return 'm';
  if (female.has(text)) return 'f';
  return issue('badSex', { value: cellText(cell) });
}

const patronymicWords = new Set(['уулу', 'кызы']);

export interface PersonName {
  surname: string;
  name: string;
  patronymic: string | null;
}

/**
 * Splits "Асанов Азамат Бакытович" or "Асанова Айгерим Бакыт кызы" into surname, name and
 * patronymic; "Бакыт уулу" stays together. "Бакыт уулу Азамат" (the father's name as a surname) keeps
 * "Бакыт уулу" as the surname.
 */
export function splitFullName(full: string): PersonName {
  const words = full.split(' ').filter(Boolean);
  const isWord = (i: number) => patronymicWords.has((words[i] ?? '').toLowerCase());
  if (words.length >= 3 && isWord(1)) {
    return { surname: words.slice(0, 2).join(' '), name: words[2] ?? '', patronymic: words.slice(3).join(' ') || null };
  }
  if (words.length >= 4 && isWord(words.length - 1)) {
    return { surname: words[0] ?? '', name: words.slice(1, -2).join(' '), patronymic: words.slice(-2).join(' ') };
  }
  if (words.length === 3 && isWord(2))
    return { surname: words[0] ?? '', name: '', patronymic: words.slice(1).join(' ') };
  return { surname: words[0] ?? '', name: words[1] ?? '', patronymic: words.slice(2).join(' ') || null };
}
