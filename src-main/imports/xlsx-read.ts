import path from 'node:path/posix';
import { ImportFileError, serialToDate, type Cell, type SheetData } from './cells';
import { attr, decodeXml, tags, textRuns } from './xml';
import { readZip, ZipError } from './zip';

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
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '';
  return tags(xfs, 'xf').map((tag) => {
    const id = Number(attr(tag, 'numFmtId') ?? 0);
    const code = custom.get(id);
    return code === undefined ? builtInDates.has(id) : isDateFormat(code);
  });
}

function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => textRuns(m[1] ?? ''));
}

/** "C12" → [11, 2] (0-based row and column). */
function position(ref: string): [number, number] | null {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(ref);
  if (!m?.[1] || !m[2]) return null;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]) - 1, col - 1];
}

interface Parts {
  strings: string[];
  dates: boolean[];
  date1904: boolean;
}

function cellValue(open: string, body: string, parts: Parts): Cell {
  const type = attr(open, 't');
  const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
  if (type === 'inlineStr') return textRuns(/<is>([\s\S]*?)<\/is>/.exec(body)?.[1] ?? '');
  if (v === undefined) return null;
  if (type === 's') return parts.strings[Number(v)] ?? null;
  if (type === 'str') return decodeXml(v);
  if (type === 'b') return v === '1' ? 'TRUE' : 'FALSE';
  if (type === 'e') return null;
  if (type === 'd') return { date: v.slice(0, 10) };
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
  const data = /<sheetData\b[^>]*>([\s\S]*?)<\/sheetData>/.exec(xml)?.[1] ?? '';
  let nextRow = 0;
  for (const row of data.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const r = Number(attr(row[0], 'r') ?? nextRow + 1) - 1;
    nextRow = r + 1;
    const cells: Cell[] = [];
    let nextCol = 0;
    for (const c of (row[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const open = `<c${c[1] ?? ''}>`;
      const col = position(attr(open, 'r') ?? '')?.[1] ?? nextCol;
      nextCol = col + 1;
      cells[col] = cellValue(open, c[2] ?? '', parts);
    }
    rows[r] = Array.from(cells, (cell) => cell ?? null);
  }
  // Excel keeps a merged area's value in its top-left cell only; every cell of the area shows it.
  for (const tag of tags(xml, 'mergeCell')) {
    const [from, to] = (attr(tag, 'ref') ?? '').split(':').map(position);
    if (!from || !to) continue;
    const master = rows[from[0]]?.[from[1]] ?? null;
    for (let r = from[0]; r <= to[0]; r += 1)
      for (let c = from[1]; c <= to[1]; c += 1) if (r !== from[0] || c !== from[1]) (rows[r] ??= [])[c] = master;
  }
  return { name, rows: Array.from(rows, (r) => Array.from(r ?? [], (cell) => cell ?? null)) };
}

/** Reads every worksheet of an .xlsx file. A damaged archive or one that holds no workbook is refused. */
export function readXlsx(buf: Buffer): SheetData[] {
  try {
    const files = readZip(buf);
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
    if (error instanceof ZipError) throw new ImportFileError('import.file.damaged');
    throw error;
  }
}
