import fs from 'node:fs';
import { readObjects, type SourceObject } from './pdf-objects';

/*
 * A combined PDF assembled from finished ones instead of laid out again: each file's pages, with
 * everything they use (their content, fonts, images), are copied under new object numbers, and one
 * page tree is written over them all at the end. Pages keep their own foot ("page N / M" of their
 * own document) exactly as printed in the class file. One source file is read at a time and
 * written out at once, so the combined file's size never sits in memory.
 */

/** Object 1 is the combined page tree, 2 the catalog; both are written last, as the table allows. */
const pagesNum = 1;
const catalogNum = 2;

/** "Ab" + the file's number in four letters: each file's font subsets keep names of their own. */
function subsetTag(original: string, file: number): string {
  let letters = '';
  for (let k = 0, n = file; k < 4; k++, n = Math.floor(n / 26)) letters = String.fromCharCode(65 + (n % 26)) + letters;
  return original.slice(0, 2) + letters;
}

/** A PDF text string: UTF-16 with its byte-order mark, as hex (any title, any alphabet). */
function pdfString(text: string): string {
  return `<FEFF${Buffer.from(text, 'utf16le').swap16().toString('hex').toUpperCase()}>`;
}

export class PdfAppender {
  private readonly fd: number;
  private offset = 0;
  private readonly offsets: number[] = [];
  private readonly kids: number[] = [];
  private next = 3;
  private files = 0;

  constructor(readonly file: string) {
    this.fd = fs.openSync(file, 'w');
    this.write(Buffer.from('%PDF-1.3\n%\xFF\xFF\xFF\xFF\n', 'latin1'));
  }

  get pages(): number {
    return this.kids.length;
  }

  private write(bytes: Buffer): void {
    fs.writeSync(this.fd, bytes);
    this.offset += bytes.length;
  }

  /** Adds every page of `pdf`, in order, after those already added. */
  append(pdf: Buffer): void {
    const { text, objects, root } = readObjects(pdf);
    const valueOf = (num: number) => {
      const object = objects.get(num);
      if (!object) throw new Error(`The PDF refers to a missing object ${num}`);
      return object;
    };
    /** The references that follow `key` in an object, up to the end of its array or the next key. */
    const refsAfter = (object: SourceObject, key: string, until: string) => {
      const at = text.indexOf(key, object.valueStart);
      if (at < 0 || at > object.valueEnd) return [];
      const end = text.indexOf(until, at + key.length);
      return object.refs.filter((r) => r.start > at && r.start < end).map((r) => r.num);
    };
    // The leaves of the page tree, in order.
    const pages: number[] = [];
    const walk = (num: number) => {
      const node = valueOf(num);
      const value = text.slice(node.valueStart, node.valueEnd);
      if (!/\/Type\s*\/Pages\b/.test(value)) return void pages.push(num);
      // pdfkit writes everything on the pages themselves; an inherited attribute would be lost here.
      if (/\/(Resources|MediaBox|CropBox|Rotate)\b/.test(value)) throw new Error('Inherited page attributes');
      for (const kid of refsAfter(node, '/Kids', ']')) walk(kid);
    };
    const [tree] = refsAfter(valueOf(root), '/Pages', 'R');
    if (tree === undefined) throw new Error('A PDF without pages');
    walk(tree);

    // Everything the pages reach (but their way back up the tree), numbered anew.
    const renumbered = new Map<number, number>();
    const queue = [...pages];
    while (queue.length) {
      const num = queue.shift() ?? 0;
      if (renumbered.has(num)) continue;
      renumbered.set(num, this.next++);
      for (const ref of valueOf(num).refs) if (!ref.parent && !renumbered.has(ref.num)) queue.push(ref.num);
    }
    const file = this.files++;
    const chunks: Buffer[] = [];
    let size = 0;
    for (const [num, fresh] of renumbered) {
      const object = valueOf(num);
      const edits = [
        ...object.refs.map((r) => ({
          start: r.start,
          end: r.end,
          text: `${r.parent ? pagesNum : (renumbered.get(r.num) ?? 0)} 0 R`,
        })),
        ...object.tags.map((t) => ({ start: t, end: t + 6, text: subsetTag(text.slice(t, t + 6), file) })),
      ].sort((a, b) => a.start - b.start);
      let value = '';
      let at = object.valueStart;
      for (const edit of edits) {
        value += text.slice(at, edit.start) + edit.text;
        at = edit.end;
      }
      value += text.slice(at, object.valueEnd);
      const head = Buffer.from(`${fresh} 0 obj\n${value}`, 'latin1');
      const tail = pdf.subarray(object.valueEnd, object.end);
      this.offsets[fresh] = this.offset + size;
      chunks.push(head, tail);
      size += head.length + tail.length;
    }
    this.kids.push(...pages.map((p) => renumbered.get(p) ?? 0));
    this.write(Buffer.concat(chunks, size));
  }

  /** Writes the page tree, the catalog, the document's title and the cross-reference table, and closes. */
  finish(info: { title: string; creator: string }): void {
    const infoNum = this.next++;
    const objects: [number, string][] = [
      [pagesNum, `<< /Type /Pages /Count ${this.kids.length} /Kids [${this.kids.map((k) => `${k} 0 R`).join(' ')}] >>`],
      [catalogNum, `<< /Type /Catalog /Pages ${pagesNum} 0 R >>`],
      [infoNum, `<< /Title ${pdfString(info.title)} /Creator ${pdfString(info.creator)} /Producer (Mektep Journal) >>`],
    ];
    for (const [num, value] of objects) {
      this.offsets[num] = this.offset;
      this.write(Buffer.from(`${num} 0 obj\n${value}\nendobj\n`, 'latin1'));
    }
    const xref = this.offset;
    const rows = ['xref', `0 ${this.next}`, '0000000000 65535 f '];
    for (let num = 1; num < this.next; num++) rows.push(`${String(this.offsets[num] ?? 0).padStart(10, '0')} 00000 n `);
    rows.push('trailer', `<< /Size ${this.next} /Root ${catalogNum} 0 R /Info ${infoNum} 0 R >>`);
    rows.push('startxref', String(xref), '%%EOF', '');
    this.write(Buffer.from(rows.join('\n'), 'latin1'));
    fs.fsyncSync(this.fd);
    fs.closeSync(this.fd);
  }

  /** Closes and removes an unfinished file (the batch was cancelled or failed). */
  abandon(): void {
    try {
      fs.closeSync(this.fd);
    } catch {
      // Already closed by finish().
    }
    fs.rmSync(this.file, { force: true });
  }
}
