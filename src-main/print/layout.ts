import type { PdfNode } from './types';
import type { TableLayoutName } from './table-layouts';

/*
 * Small builders for the kinds' tables, so that every ledger looks like one family: a header that
 * repeats on every page, rows that never split, marks centred, names left.
 */

export interface CellOptions {
  colSpan?: number;
  rowSpan?: number;
  bold?: boolean;
  fillColor?: string;
}

function cell(text: string, style: string, options: CellOptions = {}): PdfNode {
  return { text, style, ...options };
}

/** A header cell. */
export const th = (text: string, options?: CellOptions) => cell(text, 'tableHeader', options);
/** A text cell (names, topics). */
export const td = (text: string, options?: CellOptions) => cell(text, 'cell', options);
/** A centred cell for a mark or a number. */
export const num = (text: string | number | null | undefined, options?: CellOptions) =>
  cell(text === null || text === undefined ? '' : String(text), 'number', options);

/** The cells a colSpan covers: pdfmake wants them present and empty. */
export function spanned(first: PdfNode, span: number): PdfNode[] {
  return [first, ...Array.from({ length: span - 1 }, () => '')];
}

export interface TableSpec {
  widths: (number | string)[];
  header: PdfNode[][];
  body: PdfNode[][];
  layout?: TableLayoutName;
  margin?: [number, number, number, number];
}

/** A ruled table whose header rows repeat on every page and whose rows are never split. */
export function table(spec: TableSpec): PdfNode {
  return {
    table: {
      headerRows: spec.header.length,
      dontBreakRows: true,
      keepWithHeaderRows: 1,
      widths: spec.widths,
      body: [...spec.header, ...spec.body],
    },
    layout: spec.layout ?? 'ledger',
    ...(spec.margin ? { margin: spec.margin } : {}),
  };
}

/** Splits a list into runs of at most `size`: subjects across several bands of a wide ledger. */
export function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** The width inside the page margins (34 pt each side, see frame.ts), A4. */
export const contentWidth = { portrait: 595 - 68, landscape: 842 - 68 } as const;

/** What a 'ledger' cell adds to its width: padding on both sides and a rule. */
export const ledgerCellExtra = 3 + 0.4;

/**
 * The width of each of `count` equal columns beside fixed ones, so that the whole table fits the
 * page: pdfmake's widths leave out padding and rules, so they are taken off first.
 */
export function fitColumns(
  orientation: keyof typeof contentWidth,
  fixed: number[],
  count: number,
  max: number,
): number {
  const columns = fixed.length + count;
  const free = contentWidth[orientation] - fixed.reduce((a, b) => a + b, 0) - columns * ledgerCellExtra - 1;
  return Math.max(8, Math.min(max, Math.floor((free / Math.max(1, count)) * 10) / 10));
}
