import type PDFDocument from 'pdfkit';
import type { EmbeddedFont } from 'pdfkit';

/*
 * The grid renderer's fonts: parsed once per worker and shared by every document it draws. pdfkit
 * parses a font anew for each document it is given to (half the time of a small ledger went to
 * reading the same font file's tables again) and shapes each word again; here each document gets
 * its own subset (its own glyph numbers, embedded at its end) over the one parsed font, and the
 * words shaped for one document serve the next.
 */

interface Shared {
  font: object;
  layoutCache: Record<string, unknown>;
  words: number;
  make: EmbeddedFont['constructor'];
}

const shared = new Map<string, Shared>();

/** Past this many shaped words (names add up over a day of printing) a face starts afresh. */
const mostWords = 50_000;

/**
 * The parsed font keeps each glyph it has read with the characters it was first read for, and the
 * PDF's text layer (what pdftotext and a search find) takes a glyph's characters from there. The
 * subset of the document before read some glyphs without characters (the parts of composite
 * letters: Cyrillic С is drawn from Latin C), so a later document's Latin C would extract as
 * nothing: such glyphs are forgotten, and read again from the text that uses them.
 */
function forgetUnnamedGlyphs(font: object): void {
  const glyphs = (font as { _glyphs?: Record<string, { codePoints: number[] } | undefined> })._glyphs ?? {};
  for (const id of Object.keys(glyphs)) if (!glyphs[id]?.codePoints.length) glyphs[id] = undefined;
}

/** The face `name` in `doc`, from `bytes` (the font file) the first time. */
export function embeddedFont(doc: PDFDocument, name: string, bytes: Uint8Array): EmbeddedFont {
  const known = shared.get(name);
  if (!known || known.words > mostWords) {
    const font = doc.registerFont(name, bytes).font(name)._font;
    shared.set(name, { font: font.font, layoutCache: font.layoutCache, words: 0, make: font.constructor });
    return font;
  }
  forgetUnnamedGlyphs(known.font);
  const font = new known.make(doc, known.font, `F${++doc._fontCount}`);
  font.layoutCache = known.layoutCache;
  known.words = Object.keys(known.layoutCache).length;
  // Where pdfkit looks a face up, and finds the fonts to embed when the document ends.
  doc._fontFamilies[name] = font;
  return font;
}
