import path from 'node:path/posix';
import { ImportFileError, serialToDate, type Cell, type SheetData } from './cells';
import { attr, decodeXml, elements, firstElement, tags, textRuns } from './xml';
import { isoDate } from './values';
import { readZip, ZipError, ZipLimitError, type ZipLimits } from './zip';

/** Built-in number formats that Excel shows as dates (ECMA-376 §18.8.30). */
const builtInDates = new Set([14, 15, 16, 17, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

/** A custom format is a date when it has d, m or y outside quotes, brackets and escapes. */
function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[dmy]/i.test(bare) && !/[#0?]/.test(bare.replace(/[dmyhs]+/gi, ''));
}

function dateStyles(styles: string | undefined): boolean[] {
  if (!styles) return [];
  const custom = new Map<number, string>();
  for (const tag of tags(styles, 'numFmt')) custom.set(Number(attr(tag, 'numFmtId')), attr(tag, 'formatCode') ?? '');
  const xfs = firstElement(styles, 'cellXfs') ?? '';
  return tags(xfs, 'xf').map((tag) => {
    const id = Number(attr(tag, 'numFmtId') ?? 0);
    const code = custom.get(id);
    return code === undefined ? builtInDates.has(id) : isDateFormat(code);
  });
}

function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  return elements(xml, 'si').map((m) => textRuns(m.body));
}

/** Excel's own limits (XFD1048576): a reference past them is not from a real worksheet. */
export const maxRows = 1_048_576;
export const maxColumns = 16_384;

function checkRow(row: number): number {
  if (!Number.isInteger(row) || row < 0 || row >= maxRows) throw new ImportFileError('import.file.outOfRange');
  return row;
}

function checkColumn(col: number): number {
  if (col < 0 || col >= maxColumns) throw new ImportFileError('import.file.outOfRange');
  return col;
}

/** "C12" → [11, 2] (0-based row and column). */
function position(ref: string): [number, number] | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref);
  if (!m?.[1] || !m[2]) return null;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return [checkRow(Number(m[2]) - 1), checkColumn(col - 1)];
}

interface Parts {
  strings: string[];
  dates: boolean[];
  date1904: boolean;
}

function cellValue(open: string, body: string, parts: Parts): Cell {
  const type = attr(open, 't');
  const v = firstElement(body, 'v');
  if (type === 'inlineStr') return textRuns(firstElement(body, 'is') ?? '');
  if (v === undefined) return null;
  if (type === 's') return parts.strings[Number(v)] ?? null;
  if (type === 'str') return decodeXml(v);
  if (type === 'b') return v === '1' ? 'TRUE' : 'FALSE';
  if (type === 'e') return null;
  // An ISO 8601 date cell: a real day, or the text as written (which then fails as a date).
  if (type === 'd') return isoDate(decodeXml(v).trim()) ? { date: decodeXml(v).trim().slice(0, 10) } : decodeXml(v);
  const n = Number(v);
  if (!Number.isFinite(n)) return decodeXml(v);
  if (parts.dates[Number(attr(open, 's') ?? 0)]) {
    const date = serialToDate(n, parts.date1904);
    if (date) return { date };
  }
  return n;
}

function readSheet(name: string, xml: string, parts: Parts): SheetData {
  const rows: Cell[][] = [];
  const data = firstElement(xml, 'sheetData') ?? '';
  let nextRow = 0;
  let lastRow = -1;
  let lastCol = -1;
  for (const row of elements(data, 'row')) {
    const r = checkRow(Number(attr(row.open, 'r') ?? nextRow + 1) - 1);
    nextRow = r + 1;
    const cells: Cell[] = [];
    let nextCol = 0;
    for (const c of elements(row.body, 'c')) {
      const col = checkColumn(position(attr(c.open, 'r') ?? '')?.[1] ?? nextCol);
      nextCol = col + 1;
      const value = cellValue(c.open, c.body, parts);
      cells[col] = value;
      if (value !== null) [lastRow, lastCol] = [Math.max(lastRow, r), Math.max(lastCol, col)];
    }
    rows[r] = Array.from(cells, (cell) => cell ?? null);
  }
  // Excel keeps a merged area's value in its top-left cell only; every cell of the area shows it. An
  // area is clipped to the rows and columns that hold data (a whole column merged is a million rows),
  // and the copies are noted: a row with nothing but copies is an empty row.
  rows.length = lastRow + 1;
  const merged = new Map<number, Set<number>>();
  for (const tag of tags(xml, 'mergeCell')) {
    const [from, to] = (attr(tag, 'ref') ?? '').split(':').map(position);
    if (!from || !to) continue;
    const master = rows[from[0]]?.[from[1]] ?? null;
    if (master === null) continue;
    for (let r = from[0]; r <= Math.min(to[0], lastRow); r += 1)
      for (let c = from[1]; c <= Math.min(to[1], lastCol); c += 1) {
        if (r === from[0] && c === from[1]) continue;
        (rows[r] ??= [])[c] = master;
        let copies = merged.get(r);
        if (!copies) merged.set(r, (copies = new Set()));
        copies.add(c);
      }
  }
  return { name, rows: Array.from(rows, (r) => Array.from(r ?? [], (cell) => cell ?? null)), merged };
}

/** Reads every worksheet of an .xlsx file. A damaged archive or one that holds no workbook is refused. */
export function readXlsx(buf: Buffer, limits?: Partial<ZipLimits>): SheetData[] {
  try {
    const files = readZip(buf, limits);
    const text = (name: string) => files.get(name)?.().toString('utf8');
    const workbook = text('xl/workbook.xml');
    if (workbook === undefined) throw new ImportFileError('import.file.notSpreadsheet');
    const rels = new Map(
      tags(text('xl/_rels/workbook.xml.rels') ?? '', 'Relationship').map((t) => [attr(t, 'Id'), attr(t, 'Target')]),
    );
    const parts: Parts = {
      strings: sharedStrings(text('xl/sharedStrings.xml')),
      dates: dateStyles(text('xl/styles.xml')),
      date1904: /date1904\s*=\s*["'](1|true)["']/.test(workbook),
    };
    return tags(workbook, 'sheet').flatMap((tag) => {
      const target = rels.get(attr(tag, 'r:id'));
      if (!target) return [];
      const file = target.startsWith('/') ? target.slice(1) : path.normalize(`xl/${target}`);
      const xml = text(file);
      return xml === undefined ? [] : [readSheet(attr(tag, 'name') ?? '', xml, parts)];
    });
  } catch (error) {
    if (error instanceof ZipLimitError) throw new ImportFileError('import.file.tooLarge');
    if (error instanceof ZipError) throw new ImportFileError('import.file.damaged');
    throw error;
  }
}
