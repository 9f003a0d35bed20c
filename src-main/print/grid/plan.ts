import type { Part } from './frame-parts';

/*
 * Pagination of a grid document, from heights alone: the top on the first page, each table's rows
 * as far as they fit (a row is never split; a table never starts at the foot of a page without
 * its header and first row), and the closing block kept whole. The page count is known before the
 * first page is drawn, so every foot can say "N / M".
 */

/** What pagination needs of a measured table (measure.ts). */
export interface TableHeights {
  table: { gapBefore?: number };
  headerHeight: number;
  rowHeights: number[];
}

export type PlannedItem<T extends TableHeights> =
  { type: 'part'; part: Part; top: number } | { type: 'rows'; table: T; from: number; to: number; top: number };

export interface PageBox {
  top: number;
  bottom: number;
}

export function paginate<T extends TableHeights>(
  top: Part,
  tables: T[],
  closing: Part,
  box: PageBox,
): PlannedItem<T>[][] {
  const pages: PlannedItem<T>[][] = [[]];
  let y = box.top;
  const place = (item: PlannedItem<T>) => pages[pages.length - 1]?.push(item);
  const newPage = () => {
    pages.push([]);
    y = box.top;
  };
  const fits = (height: number) => y + height <= box.bottom || y === box.top;

  place({ type: 'part', part: top, top: y });
  y += top.height;
  for (const table of tables) {
    const gap = table.table.gapBefore ?? 0;
    if (y > box.top) y += gap;
    let r = 0;
    do {
      if (!fits(table.headerHeight + (table.rowHeights[r] ?? 0))) newPage();
      const from = r;
      const start = y;
      y += table.headerHeight;
      // The first row always goes with the header: it fits, or the page is fresh and it fits nowhere better.
      while (r < table.rowHeights.length && (r === from || y + (table.rowHeights[r] ?? 0) <= box.bottom)) {
        y += table.rowHeights[r] ?? 0;
        r++;
      }
      place({ type: 'rows', table, from, to: r, top: start });
      if (r < table.rowHeights.length) newPage();
    } while (r < table.rowHeights.length);
  }
  if (!fits(closing.height)) newPage();
  place({ type: 'part', part: closing, top: y });
  return pages;
}
