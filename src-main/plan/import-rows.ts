import { cellText, serialToDate, type Cell, type SheetData } from '../imports/cells';
import { isoDate } from '../imports/values';
import {
  maxPlanTopics,
  maxTopicHours,
  maxTopicSection,
  maxTopicTitle,
  type PlanImportIssue,
  type PlanImportTopic,
} from '../api/contract/plan';
import type { PlanHeader } from './import-columns';

export interface YearDates {
  startsOn: string;
  endsOn: string;
}

const issue = (row: number, message: string, params: Record<string, string | number> = {}): PlanImportIssue => ({
  row,
  message: `plan.import.error.${message}`,
  params,
});

/** "2", 2, "1,5", "2 ч", "2 саат": hours in half steps from more than 0 to 50; null for anything else. */
export function parseHours(cell: Cell): number | null {
  const text = cellText(cell);
  const match = /^(\d+(?:[.,]\d+)?)\s*(?:ч|час|часа|часов|с|саат)?\.?$/i.exec(text);
  const hours = typeof cell === 'number' ? cell : match?.[1] ? Number(match[1].replace(',', '.')) : Number.NaN;
  return Number.isFinite(hours) && hours > 0 && hours <= maxTopicHours && Number.isInteger(hours * 2) ? hours : null;
}

/**
 * A planned date from a date cell, an Excel serial day number (a date column Excel did not format),
 * "dd.mm.yyyy", "yyyy-mm-dd", or "dd.mm" (the year then follows from the school year: September to
 * December in its first calendar year). Null for an empty cell, `false` for what is no date.
 */
export function parsePlannedDate(cell: Cell, year: YearDates): string | null | false {
  if (cell === null) return null;
  if (typeof cell === 'object') return isoDate(cell.date) ?? false;
  if (typeof cell === 'number') return serialToDate(cell) ?? false;
  const text = cellText(cell).replace(/\s*(г|ж)\.?$/i, '');
  if (text === '') return null;
  const full = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(text);
  if (full) return isoDate(`${full[3]}-${full[2]?.padStart(2, '0')}-${full[1]?.padStart(2, '0')}`) ?? false;
  const short = /^(\d{1,2})[./](\d{1,2})$/.exec(text);
  if (short?.[1] && short[2]) {
    const month = Number(short[2]);
    const first = Number(year.startsOn.slice(0, 4));
    const y = month >= Number(year.startsOn.slice(5, 7)) ? first : first + 1;
    return isoDate(`${y}-${short[2].padStart(2, '0')}-${short[1].padStart(2, '0')}`) ?? false;
  }
  return isoDate(text) ?? false;
}

/** "Итого", "Бардыгы": the sum line under the table, not a topic. */
const totalLine = /^(итого|всего|жыйынтыгы|жыйынтык|бардыгы|жалпы|total)(?![\p{L}\p{N}])/iu;

/** "1-бөлүм. Сандар (12 саат)", "Раздел 2": a section heading even with its hours beside it. */
const sectionWord = /^(\d+\s*[-.]?\s*)?(бөлүм|раздел|глава|модуль|бап)(?![\p{L}])/iu;

export interface ParsedRows {
  topics: PlanImportTopic[];
  errors: PlanImportIssue[];
}

/**
 * The topics under the heading line. A line with a topic and nothing else (no number, hours or date) in
 * a table that has an hours column is a section heading ("1-бөлүм. Сандар"), and so is a line merged
 * across the table and an unnumbered line that starts with "бөлүм" or "раздел" (its hours are the
 * section's sum, not a topic's): the topics under it get that section unless they name their own. A cell of a
 * merged area reads as the area's value (a date merged over two topics is both topics' date); a line
 * with nothing but such copies is empty.
 */
export function readPlanRows(sheet: SheetData, header: PlanHeader, year: YearDates): ParsedRows {
  const { columns } = header;
  const topics: PlanImportTopic[] = [];
  const errors: PlanImportIssue[] = [];
  let section: string | null = null;
  for (let r = header.row + 1; r < sheet.rows.length; r += 1) {
    const cells = sheet.rows[r] ?? [];
    const copies = sheet.merged?.get(r) ?? new Set<number>();
    if (cells.every((c, i) => c === null || copies.has(i))) continue;
    const at = (index: number | undefined): Cell => (index === undefined ? null : (cells[index] ?? null));
    const row = r + 1;
    const title = cellText(at(columns.topic));
    const [hours, date, number] = [at(columns.hours), at(columns.date), at(columns.number)].map(cellText);
    const across =
      columns.topic !== undefined &&
      copies.has(columns.topic) &&
      cells.some((c, i) => i !== columns.topic && !copies.has(i) && cellText(c) === title);
    const bare = columns.hours !== undefined && hours === '' && date === '' && number === '';
    const named = number === '' && columns.number !== undefined && sectionWord.test(title);
    if (title !== '' && (across || bare || named)) {
      section = title.slice(0, maxTopicSection);
      continue;
    }
    if (title === '' || totalLine.test(title)) {
      if (title === '' && date !== '') errors.push(issue(row, 'noTopic'));
      continue;
    }
    if (topics.length === maxPlanTopics) {
      errors.push(issue(row, 'tooManyTopics', { max: maxPlanTopics }));
      break;
    }
    const topic = readTopic(row, title, at, columns, year);
    errors.push(...topic.errors);
    topics.push({ ...topic.topic, section: topic.topic.section ?? section });
  }
  return { topics, errors };
}

function readTopic(
  row: number,
  title: string,
  at: (index: number | undefined) => Cell,
  columns: PlanHeader['columns'],
  year: YearDates,
): { topic: PlanImportTopic; errors: PlanImportIssue[] } {
  const errors: PlanImportIssue[] = [];
  if (title.length > maxTopicTitle) errors.push(issue(row, 'titleTooLong', { max: maxTopicTitle }));
  const hoursText = cellText(at(columns.hours));
  const hours = columns.hours === undefined ? 1 : parseHours(at(columns.hours));
  if (hours === null) errors.push(issue(row, hoursText === '' ? 'noHours' : 'badHours', { value: hoursText }));
  const plannedDate = parsePlannedDate(at(columns.date), year);
  if (plannedDate === false) errors.push(issue(row, 'badDate', { value: cellText(at(columns.date)) }));
  else if (plannedDate !== null && (plannedDate < year.startsOn || plannedDate > year.endsOn))
    errors.push(issue(row, 'outsideYear', { value: plannedDate, from: year.startsOn, to: year.endsOn }));
  const section = cellText(at(columns.section));
  if (section.length > maxTopicSection) errors.push(issue(row, 'sectionTooLong', { max: maxTopicSection }));
  return {
    topic: {
      row,
      title: title.slice(0, maxTopicTitle),
      hours: hours ?? 0,
      plannedDate: plannedDate || null,
      section: section || null,
    },
    errors,
  };
}
