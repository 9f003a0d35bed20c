import { ImportFileError, type SheetData } from './cells';

/**
 * CSV as Excel saves it: "CSV (разделители — запятые)" writes semicolons in Russian and Kyrgyz
 * Windows, in Windows-1251 unless the user picked "CSV UTF-8"; "Unicode text" is UTF-16 with tabs.
 */
export function decodeText(buf: Buffer): string {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return buf.toString('utf8', 3);
  if (buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le').decode(buf.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return new TextDecoder('windows-1251').decode(buf);
  }
}

/** Control bytes other than tab, line feed and carriage return do not occur in a text file. */
export function looksBinary(buf: Buffer): boolean {
  if (buf[0] === 0xff && buf[1] === 0xfe) return false;
  const sample = buf.subarray(0, 4096);
  return sample.some((b) => b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b));
}

const delimiters = [';', '\t', ','] as const;

/**
 * The delimiter of the heading line: of the first lines, the one with the most separators outside
 * quotes (a title above it has few or none), and of its separators the most frequent (ties: semicolon,
 * tab, comma). A comma or semicolon inside a quoted address does not count.
 */
export function chooseDelimiter(text: string): string {
  let best: Record<string, number> = {};
  let bestTotal = 0;
  let counts: Record<string, number> = {};
  let total = 0;
  let quoted = false;
  let lines = 0;
  const endLine = () => {
    if (total > bestTotal) [best, bestTotal] = [counts, total];
    counts = {};
    total = 0;
    lines += 1;
  };
  for (let i = 0; i < text.length && lines < 15; i += 1) {
    const ch = text[i] ?? '';
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === '\n') endLine();
    else if ((delimiters as readonly string[]).includes(ch)) {
      counts[ch] = (counts[ch] ?? 0) + 1;
      total += 1;
    }
  }
  endLine();
  let chosen: string = ';';
  for (const d of delimiters) if ((best[d] ?? 0) > (best[chosen] ?? 0)) chosen = d;
  return bestTotal === 0 ? ';' : chosen;
}

/** Splits CSV text into rows of fields; quoted fields may hold the delimiter, quotes ("") and line breaks. */
export function parseCsv(text: string, delimiter = chooseDelimiter(text)): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** A CSV file as one sheet named after the file (a file "5-А.csv" names its class). */
export function readCsv(buf: Buffer, fileName: string): SheetData {
  if (looksBinary(buf)) throw new ImportFileError('import.file.notSpreadsheet');
  const rows = parseCsv(decodeText(buf)).map((r) => r.map((f) => (f.trim() === '' ? null : f)));
  const name = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  return { name, rows };
}
