import type { EmbeddedFont } from 'pdfkit';

/*
 * Text of the grid renderer: widths measured once per string (they are the font's, the same in
 * every document, so they are kept across documents), and each string's text operator encoded once
 * per document (glyph ids are the document's own font subset). A ledger repeats the same few marks
 * thousands of times; each is measured and encoded once.
 */

/** pdfmake's line height for the documents' default style (frame.ts: lineHeight 1.1). */
const leading = 1.1;

const sharedWidths = new Map<string, Map<string, number>>();

/** "12.3456" → "12.35": two decimals are a 1/7200 inch, well under what a printer can show. */
export function pt(n: number): string {
  return String(Math.round(n * 100) / 100);
}

export class Face {
  private readonly widths: Map<string, number>;
  private readonly shows = new Map<string, string>();

  constructor(
    private readonly font: EmbeddedFont,
    /** The face's name, so that widths measured in one document serve the next. */
    face: string,
  ) {
    let widths = sharedWidths.get(face);
    // Names and their wrapped pieces add up over a day of printing: start afresh past a bound.
    if (!widths || widths.size > 100_000) sharedWidths.set(face, (widths = new Map()));
    this.widths = widths;
  }

  get id(): string {
    return this.font.id;
  }

  /** The page resource the face's text needs (once per page that uses it). */
  ref(): unknown {
    return this.font.ref();
  }

  /** The height of one line of text at `size`, as pdfmake sets it. */
  lineHeight(size: number): number {
    return ((this.font.ascender - this.font.descender) / 1000) * size * leading;
  }

  /** From the top of a line to its baseline. */
  ascent(size: number): number {
    return (this.font.ascender / 1000) * size;
  }

  width(text: string, size: number): number {
    let width = this.widths.get(text);
    if (width === undefined) {
      width = this.font.widthOfString(text, 1);
      this.widths.set(text, width);
    }
    return width * size;
  }

  /** The text as a TJ operator: this document's glyph ids, the font's kerning between them. */
  show(text: string): string {
    let shown = this.shows.get(text);
    if (shown !== undefined) return shown;
    const [glyphs, positions] = this.font.encode(text);
    const parts: string[] = [];
    let run = '';
    glyphs.forEach((glyph, i) => {
      run += glyph;
      const position = positions[i];
      const kern = position ? position.xAdvance - position.advanceWidth : 0;
      if (kern !== 0) {
        parts.push(`<${run}> ${pt(-kern)}`);
        run = '';
      }
    });
    if (run) parts.push(`<${run}>`);
    shown = `[${parts.join(' ')}] TJ`;
    this.shows.set(text, shown);
    return shown;
  }

  /**
   * The text broken into lines no wider than `width`: at spaces, and inside a word only when the
   * word alone is wider than the line and its `slack` (a cell's padding: a long name in a narrow
   * column is cut, never drawn over its neighbour; "Жыйн" a hair too wide is not).
   */
  wrap(text: string, size: number, width: number, slack = 0): string[] {
    if (this.width(text, size) <= width) return [text];
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(' ')) {
      const candidate = line ? `${line} ${word}` : word;
      if (this.width(candidate, size) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = '';
      let rest = word;
      while (this.width(rest, size) > width + slack && rest.length > 1) {
        let cut = rest.length - 1;
        while (cut > 1 && this.width(rest.slice(0, cut), size) > width) cut--;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    if (line) lines.push(line);
    return lines;
  }
}
