import ExcelJS from 'exceljs';
import type { SheetTable } from './kinds';

/*
 * A document's tables as an .xlsx workbook, for ledgers and reports where the table is the point
 * (the office sums and filters them in Excel). One sheet per table; the title lines above; header
 * cells that repeat their text across a row, or stand empty under a cell, are merged; marks and
 * counts are numbers, "н/а" stays text. Not a signed copy: the PDF is the document.
 */

export interface WorkbookTitle {
  school: string;
  title: string;
  heading: string[];
}

/** Excel's sheet names: at most 31 characters, none of \ / ? * [ ] :, unique in the book. */
export function sheetName(name: string, used: Set<string>): string {
  const base =
    name
      .replace(/[\\/?*[\]:]/g, '_')
      .slice(0, 28)
      .trim() || 'Sheet';
  let candidate = base;
  for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${base} ${n}`;
  used.add(candidate.toLowerCase());
  return candidate;
}

function cellValue(value: string | number | null): string | number | null {
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value);
  return value;
}

/** Merges header runs: equal text across a row, and empty cells under a filled one. */
function mergeHeader(sheet: ExcelJS.Worksheet, header: string[][], firstRow: number): void {
  const taken = new Set<string>();
  header.forEach((row, r) => {
    let c = 0;
    while (c < row.length) {
      const text = row[c] ?? '';
      let end = c;
      while (text !== '' && end + 1 < row.length && row[end + 1] === text) end++;
      let bottom = r;
      while (text !== '' && bottom + 1 < header.length && (header[bottom + 1]?.[c] ?? '') === '' && end === c) bottom++;
      if ((end > c || bottom > r) && !taken.has(`${r}:${c}`)) {
        sheet.mergeCells(firstRow + r, c + 1, firstRow + bottom, end + 1);
        for (let rr = r; rr <= bottom; rr++) for (let cc = c; cc <= end; cc++) taken.add(`${rr}:${cc}`);
      }
      c = end + 1;
    }
  });
}

export async function tablesToXlsx(tables: SheetTable[], title: WorkbookTitle): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Mektep Journal';
  const used = new Set<string>();
  for (const t of tables) {
    const sheet = book.addWorksheet(sheetName(t.name, used));
    const lines = [title.school, title.title, ...title.heading].filter(Boolean);
    lines.forEach((line, i) => {
      const row = sheet.addRow([line]);
      row.font = { bold: i < 2, size: i === 1 ? 13 : 11 };
    });
    sheet.addRow([]);
    const headerStart = lines.length + 2;
    for (const h of t.header) {
      const row = sheet.addRow(h);
      row.font = { bold: true };
      row.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    }
    mergeHeader(sheet, t.header, headerStart);
    for (const r of t.rows) sheet.addRow(r.map(cellValue));
    const width = Math.max(...t.header.map((h) => h.length), ...t.rows.map((r) => r.length), 1);
    for (let c = 1; c <= width; c++) {
      const longest = Math.max(
        4,
        ...t.rows.map((r) => String(r[c - 1] ?? '').length),
        // The lowest header row names the column; a spanning label above is merged across many.
        Math.min(14, (t.header.at(-1)?.[c - 1] ?? '').length),
      );
      sheet.getColumn(c).width = Math.min(40, longest + 2);
    }
    sheet.views = [{ state: 'frozen', ySplit: headerStart + t.header.length - 1, xSplit: Math.min(2, width) }];
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
