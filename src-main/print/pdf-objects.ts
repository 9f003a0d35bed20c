/*
 * Reading the objects of a finished PDF, as pdfkit writes them (pdfmake's files and the grid
 * renderer's alike): a classic cross-reference table, objects one after another, no object
 * streams, no encryption. For assembling a combined file from class files (pdf-append.ts).
 */

/** A reference inside an object's value: where "12 0 R" stands and what it points to. */
export interface Reference {
  start: number;
  end: number;
  num: number;
  /** Follows /Parent: the page tree's back link, which a combined file redraws. */
  parent: boolean;
}

export interface SourceObject {
  num: number;
  /** The value, from after "N 0 obj" to "stream" or "endobj" (positions in the file). */
  valueStart: number;
  valueEnd: number;
  /** Up to the next object: "stream … endstream endobj" or "endobj", copied as it is. */
  end: number;
  refs: Reference[];
  /** Where a font's six-letter subset tag stands ("/BZZZZZ+DejaVu…"), to be renamed per file. */
  tags: number[];
}

const delimiters = new Set(['(', ')', '<', '>', '[', ']', '{', '}', '/', '%']);
const isSpace = (c: string) => c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\f' || c === '\0';

/** Tokens of a value from `from`, until "stream" or "endobj" at its top level. */
export function scanValue(text: string, from: number): Pick<SourceObject, 'valueEnd' | 'refs' | 'tags'> {
  const refs: Reference[] = [];
  const tags: number[] = [];
  // The two tokens before the current one, for "num gen R", and the last name, for /Parent.
  let previous: { text: string; start: number } | null = null;
  let before: { text: string; start: number } | null = null;
  let lastName = '';
  let i = from;
  const n = text.length;
  while (i < n) {
    const c = text.charAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    if (c === '%') {
      while (i < n && text.charAt(i) !== '\n' && text.charAt(i) !== '\r') i++;
      continue;
    }
    if (c === '(') {
      let depth = 0;
      for (; i < n; i++) {
        const s = text.charAt(i);
        if (s === '\\') i++;
        else if (s === '(') depth++;
        else if (s === ')' && --depth === 0) break;
      }
      i++;
    } else if (c === '<' && text.charAt(i + 1) !== '<') {
      const close = text.indexOf('>', i);
      if (close < 0) break;
      i = close + 1;
    } else if ((c === '<' || c === '>') && text.charAt(i + 1) === c) {
      i += 2;
    } else if (c === '[' || c === ']' || c === '{' || c === '}') {
      i++;
    } else {
      i++;
      while (i < n && !isSpace(text.charAt(i)) && !delimiters.has(text.charAt(i))) i++;
    }
    const token = text.slice(start, i);
    if (token === 'stream' || token === 'endobj') return { valueEnd: start, refs, tags };
    if (token === 'R' && previous && before && /^\d+$/.test(previous.text) && /^\d+$/.test(before.text)) {
      refs.push({ start: before.start, end: i, num: Number(before.text), parent: lastName === '/Parent' });
    }
    if (c === '/') {
      lastName = token;
      if (/^\/[A-Z]{6}\+/.test(token)) tags.push(start + 1);
    }
    before = previous;
    previous = { text: token, start };
  }
  throw new Error('A PDF object without its end');
}

/** The objects of a PDF by number, and the number of its catalog. */
export function readObjects(pdf: Buffer): { text: string; objects: Map<number, SourceObject>; root: number } {
  const text = pdf.toString('latin1');
  const tail = text.slice(-1024);
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!startxref) throw new Error('Not a PDF: no cross-reference table');
  const xref = Number(startxref[1]);
  const offsets: [number, number][] = [];
  let pos = xref + 'xref'.length;
  const section = /\s*(\d+) (\d+)\s*\n/y;
  const entry = /(\d{10}) (\d{5}) ([nf])\s*\r?\n?/y;
  for (;;) {
    section.lastIndex = pos;
    const head = section.exec(text);
    if (!head) break;
    pos = section.lastIndex;
    for (let k = 0; k < Number(head[2]); k++) {
      entry.lastIndex = pos;
      const e = entry.exec(text);
      if (!e) throw new Error('A broken cross-reference table');
      pos = entry.lastIndex;
      if (e[3] === 'n') offsets.push([Number(head[1]) + k, Number(e[1])]);
    }
  }
  const root = /\/Root\s+(\d+)\s+\d+\s+R/.exec(text.slice(pos));
  if (!root) throw new Error('A PDF without its catalog');
  offsets.sort((a, b) => a[1] - b[1]);
  const objects = new Map<number, SourceObject>();
  offsets.forEach(([num, offset], k) => {
    const header = /\d+\s+\d+\s+obj/y;
    header.lastIndex = offset;
    if (!header.exec(text)) throw new Error(`Object ${num} is not where the table says`);
    const valueStart = header.lastIndex;
    const end = offsets[k + 1]?.[1] ?? xref;
    objects.set(num, { num, valueStart, end, ...scanValue(text, valueStart) });
  });
  return { text, objects, root: Number(root[1]) };
}
