/**
 * A cell as the importer sees it, whatever file it came from: text, a number, a calendar date
 * (`YYYY-MM-DD`, from a cell Excel formats as a date) or nothing.
 */
export type Cell = string | number | { date: string } | null;

export interface SheetData {
  name: string;
  /** `rows[i]` is the row Excel numbers `i + 1`. */
  rows: Cell[][];
  /** Row index → the columns whose value was copied in from a merged area (not typed in that row). */
  merged?: Map<number, Set<number>>;
}

export type FileFormat = 'xlsx' | 'csv';

export interface Workbook {
  format: FileFormat;
  sheets: SheetData[];
}

/** A file the importer cannot read; `message` is a translation key (`import.file.*`). */
export class ImportFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportFileError';
  }
}

/** A cell as trimmed text with single spaces; dates as `YYYY-MM-DD`, whole numbers without exponent. */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isInteger(cell) && Math.abs(cell) < 1e21 ? cell.toFixed(0) : String(cell);
  if (typeof cell === 'object') return cell.date;
  return cell.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** The date of an Excel serial day number (the 1900 system, or 1904 when the workbook says so). */
export function serialToDate(serial: number, date1904 = false): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  // Day 60 of the 1900 system is 29 February 1900, a day that never was (Lotus 1-2-3's leap-year
  // mistake, kept by Excel); the days before it are one less than the count from 30 December 1899.
  if (!date1904 && Math.floor(serial) === 60) return null;
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, serial < 60 ? 31 : 30);
  return new Date(epoch + Math.floor(serial) * 86_400_000).toISOString().slice(0, 10);
}
