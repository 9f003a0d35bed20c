/**
 * The part of pdfkit 0.19 (pdfmake's own PDF writer, no types shipped) that the grid renderer uses.
 * The members with an underscore, the font's `encode`, `font` and `layoutCache` are pdfkit's
 * internals: the grid renderer writes its text operators itself (one per cell, cached per string)
 * instead of going through `text()`'s per-call option handling, and shares one parsed font and its
 * shaped words between documents (grid/fonts.ts). They are declared here, in one place, against
 * the pinned version; the grid renderer's tests draw and read back real documents through them.
 */
declare module 'pdfkit' {
  export interface EmbeddedFont {
    /** The resource name on the page ("F1"). */
    id: string;
    /** The parsed font (fontkit's), read-only once parsed. */
    font: object;
    /** Shaped words by their text: the same in every document set in the font. */
    layoutCache: Record<string, unknown>;
    constructor: new (document: PDFDocument, font: object, id: string) => EmbeddedFont;
    ascender: number;
    descender: number;
    ref(): unknown;
    /** Glyph ids of this document's subset (4 hex digits each) and their positions, in 1/1000 em. */
    encode(text: string): [string[], { xAdvance: number; advanceWidth: number }[]];
    widthOfString(text: string, size: number): number;
  }
  export interface PdfPage {
    width: number;
    height: number;
    fonts: Record<string, unknown>;
  }
  export interface Options {
    size: [number, number];
    autoFirstPage: false;
    font: null;
    compress?: boolean;
    info?: Record<string, string>;
    margin?: number;
  }
  class PDFDocument {
    constructor(options: Options);
    page: PdfPage;
    _font: EmbeddedFont;
    _fontCount: number;
    _fontFamilies: Record<string, EmbeddedFont>;
    registerFont(name: string, src: Uint8Array): this;
    font(name: string): this;
    addPage(): this;
    addContent(operators: string): this;
    on(event: 'data', listener: (chunk: Buffer) => void): this;
    on(event: 'end' | 'error', listener: (error?: Error) => void): this;
    end(): void;
  }
  export default PDFDocument;
}
