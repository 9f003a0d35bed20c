/*
 * Fixed-geometry documents: ledgers whose tables have column widths and row heights known before a
 * page is drawn. A kind describes rows and columns (plain data, cheap to send to the render
 * worker); the grid renderer (`render-grid.ts`) paginates and draws them with pdfkit directly,
 * without pdfmake's general layout.
 */

export type GridAlign = 'left' | 'center';

/** A header cell: its text over `colSpan` columns from column `col`, down `rowSpan` header rows. */
export interface GridHeaderCell {
  col: number;
  text: string;
  colSpan?: number;
  rowSpan?: number;
  /** The font size, when smaller than the header's own (labels under a spanned name). */
  size?: number;
}

/** One ruled table: a header repeated on every page it runs onto, and rows that are never split. */
export interface GridTable {
  /** Each column's width in points, rule to rule. */
  widths: number[];
  align: GridAlign[];
  header: GridHeaderCell[][];
  /** One text per column in each row. */
  rows: string[][];
  /** A small second line under the text of column `noteColumn`, per row ('' for none). */
  notes?: string[];
  noteColumn?: number;
  /** Space above the table, in points. */
  gapBefore?: number;
}

/** What a kind hands the engine for a fixed-geometry document: its tables, one after another. */
export interface GridBody {
  tables: GridTable[];
}

export interface GridSignatory {
  position: string;
  name: string;
}

/** Everything drawn: the frame's texts (the same as `frame.ts` gives pdfmake) and the tables. */
export interface GridDocument {
  orientation: 'portrait' | 'landscape';
  info: { title: string; author: string; subject: string; creator: string };
  top: { school: string; title: string; heading: string[] };
  tables: GridTable[];
  closing: {
    signatories: GridSignatory[];
    /** "(кол коюу)" under each signature line. */
    signature: string;
    seal: string;
    codeLabel: string;
    code: string;
    codeHint: string;
    qr: string;
  };
}
