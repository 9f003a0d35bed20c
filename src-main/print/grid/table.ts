import { ink, type PageWriter } from './page';
import { cellPad, count, ruleWidth, sizes, type CellLines, type Faces, type MeasuredTable } from './measure';

/*
 * Draws the rows `from`–`to` of a measured table at `top`, under its header (repeated on every
 * page the table runs onto). Rules: the table's top and left edges, then each cell's bottom and
 * right edge; body columns are ruled top to bottom in one stroke each.
 */

const linesOf = (cell: CellLines): string[] => (typeof cell === 'string' ? [cell] : cell);

export function drawTableSlice(
  page: PageWriter,
  faces: Faces,
  m: MeasuredTable,
  slice: { from: number; to: number; top: number },
): number {
  const { edges, table } = m;
  // Each rule is stroked half its width inside the edge it marks, so the table keeps its measured size.
  const half = ruleWidth / 2;
  const left = edges[0] ?? 0;
  const right = edges.at(-1) ?? left;
  const rowTops = [slice.top + ruleWidth];
  for (const h of m.headerHeights) rowTops.push((rowTops.at(-1) ?? 0) + h);
  const headerBottom = rowTops.at(-1) ?? slice.top;
  page.rule(left, slice.top + half, right, slice.top + half);

  m.header.forEach((row, r) => {
    for (const cell of row) {
      const x1 = edges[cell.col] ?? left;
      const x2 = edges[cell.col + cell.span] ?? right;
      const y1 = rowTops[r] ?? headerBottom;
      const y2 = rowTops[Math.min(r + cell.rowSpan, m.header.length)] ?? headerBottom;
      page.rule(x1, y2 - half, x2, y2 - half);
      page.rule(x2 - half, y1 - ruleWidth, x2 - half, y2);
      // Centred both ways: a spanned cell's name stands in the middle of what it covers.
      const line = faces.bold.lineHeight(cell.size);
      let y = y1 + cellPad.top + (y2 - y1 - cellPad.top - cellPad.bottom - ruleWidth - cell.lines.length * line) / 2;
      for (const text of cell.lines) {
        page.text(faces.bold, cell.size, (x1 + x2 - ruleWidth - faces.bold.width(text, cell.size)) / 2, y, text);
        y += line;
      }
    }
  });

  const cellLine = faces.normal.lineHeight(sizes.cell);
  const noteLine = faces.normal.lineHeight(sizes.caption);
  let y = headerBottom;
  for (let r = slice.from; r < slice.to; r++) {
    const cells = m.rows[r] ?? [];
    const height = m.rowHeights[r] ?? 0;
    cells.forEach((cell, c) => {
      const x1 = edges[c] ?? left;
      const x2 = edges[c + 1] ?? right;
      const lines = linesOf(cell);
      lines.forEach((text, i) => {
        if (!text) return;
        const x =
          table.align[c] === 'center'
            ? (x1 + x2 - ruleWidth - faces.normal.width(text, sizes.cell)) / 2
            : x1 + cellPad.left;
        page.text(faces.normal, sizes.cell, x, y + cellPad.top + i * cellLine, text);
      });
      if (c === table.noteColumn && m.notes[r]) {
        const below = y + cellPad.top + count(cell) * cellLine;
        linesOf(m.notes[r] ?? '').forEach((text, i) =>
          page.text(faces.normal, sizes.caption, x1 + cellPad.left, below + i * noteLine, text, ink.caption),
        );
      }
    });
    y += height;
    page.rule(left, y - half, right, y - half);
  }
  page.rule(left + half, slice.top, left + half, y);
  for (const x of edges.slice(1)) page.rule(x - half, headerBottom, x - half, y);
  return y;
}
