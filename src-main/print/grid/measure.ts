import type { Face } from './text';
import type { GridTable } from './types';

/*
 * The geometry of a grid table, measured before anything is drawn: where each column starts, how
 * high each header row and each body row is, and each cell's text broken into lines. The sizes
 * and paddings are those of the pdfmake 'ledger' layout and styles (frame.ts, table-layouts.ts),
 * so a ledger looks as before.
 */

export const sizes = { cell: 8.5, header: 8, caption: 7 } as const;
export const cellPad = { left: 1.5, right: 1.5, top: 1.5, bottom: 1 } as const;
export const ruleWidth = 0.4;

export interface Faces {
  normal: Face;
  bold: Face;
}

/** A cell's text: one line as it is, or the lines it was broken into. */
export type CellLines = string | string[];

export interface MeasuredHeaderCell {
  col: number;
  span: number;
  rowSpan: number;
  size: number;
  lines: string[];
}

export interface MeasuredTable {
  table: GridTable;
  /** The left edge of every column and, last, the table's right edge. */
  edges: number[];
  header: MeasuredHeaderCell[][];
  headerHeights: number[];
  /** The header's height, its top rule included. */
  headerHeight: number;
  rows: CellLines[][];
  notes: CellLines[];
  rowHeights: number[];
}

const inner = (width: number) => width - cellPad.left - cellPad.right - ruleWidth;

/** A word may run into the cell's padding before it is cut. */
const slack = cellPad.left + cellPad.right;

function lines(face: Face, text: string, size: number, width: number): CellLines {
  if (!text || face.width(text, size) <= width) return text;
  return face.wrap(text, size, width, slack);
}

export const count = (cell: CellLines) => (typeof cell === 'string' ? 1 : cell.length);

export function measureTable(table: GridTable, faces: Faces, left: number): MeasuredTable {
  const edges = [left];
  for (const width of table.widths) edges.push((edges.at(-1) ?? left) + width);
  const spanWidth = (col: number, span: number) => (edges[col + span] ?? 0) - (edges[col] ?? 0);

  const header = table.header.map((row) =>
    row.map((cell) => {
      const span = cell.colSpan ?? 1;
      const size = cell.size ?? sizes.header;
      return {
        col: cell.col,
        span,
        rowSpan: cell.rowSpan ?? 1,
        size,
        lines: faces.bold.wrap(cell.text, size, inner(spanWidth(cell.col, span)), slack),
      };
    }),
  );
  const headerHeights = header.map(() => 0);
  // Cells of one row first, then the spanning ones add what they lack to the last row they cover.
  for (const single of [true, false]) {
    header.forEach((row, r) => {
      for (const cell of row) {
        if (single !== (cell.rowSpan === 1)) continue;
        const need = cellPad.top + cell.lines.length * faces.bold.lineHeight(cell.size) + cellPad.bottom + ruleWidth;
        const last = Math.min(r + cell.rowSpan, header.length) - 1;
        const have = headerHeights.slice(r, last + 1).reduce((a, b) => a + b, 0);
        if (need > have) headerHeights[last] = (headerHeights[last] ?? 0) + need - have;
      }
    });
  }

  const cellLine = faces.normal.lineHeight(sizes.cell);
  const noteLine = faces.normal.lineHeight(sizes.caption);
  const noteColumn = table.noteColumn ?? -1;
  const notes: CellLines[] = [];
  const rowHeights: number[] = [];
  const rows = table.rows.map((row, r) => {
    let most = 1;
    const cells = row.map((text, c) => {
      const cell = lines(faces.normal, text, sizes.cell, inner(table.widths[c] ?? 0));
      most = Math.max(most, count(cell));
      return cell;
    });
    const noteText = table.notes?.[r] ?? '';
    const note = noteText ? lines(faces.normal, noteText, sizes.caption, inner(table.widths[noteColumn] ?? 0)) : '';
    notes.push(note);
    const noteHeight = note ? count(note) * noteLine : 0;
    const named = noteColumn >= 0 ? count(cells[noteColumn] ?? '') * cellLine + noteHeight : 0;
    rowHeights.push(cellPad.top + Math.max(most * cellLine, named) + cellPad.bottom + ruleWidth);
    return cells;
  });
  const headerHeight = ruleWidth + headerHeights.reduce((a, b) => a + b, 0);
  return { table, edges, header, headerHeights, headerHeight, rows, notes, rowHeights };
}
