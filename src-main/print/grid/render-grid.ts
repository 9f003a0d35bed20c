import PDFDocument from 'pdfkit';
import type { FooterText } from '../types';
import { embeddedFont } from './fonts';
import { closingPart, drawFoot, drawRunningHead, topPart } from './frame-parts';
import { measureTable, ruleWidth, type Faces } from './measure';
import { PageWriter } from './page';
import { paginate } from './plan';
import { drawTableSlice } from './table';
import { Face } from './text';
import type { GridDocument } from './types';

/*
 * The grid renderer: a fixed-geometry document measured, paginated and drawn straight onto pdfkit
 * (the writer pdfmake itself uses), page by page: pdfkit writes each page out when the next one
 * starts, so a document of any length holds one page's drawing at a time.
 */

/** A4 in points, and the margins of frame.ts (left, top, right, bottom). */
const a4 = { short: 595.28, long: 841.89 };
const margins = { left: 34, top: 36, right: 34, bottom: 40 };

export interface GridFonts {
  normal: Uint8Array;
  bold: Uint8Array;
}

export interface GridOutcome {
  pdf: Buffer;
  pages: number;
}

export function renderGrid(grid: GridDocument, footer: FooterText, fonts: GridFonts): Promise<GridOutcome> {
  const landscape = grid.orientation === 'landscape';
  const width = landscape ? a4.long : a4.short;
  const height = landscape ? a4.short : a4.long;
  const doc = new PDFDocument({
    size: [width, height],
    autoFirstPage: false,
    font: null,
    info: { Title: grid.info.title, Author: grid.info.author, Subject: grid.info.subject, Creator: grid.info.creator },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const faces: Faces = {
    normal: new Face(embeddedFont(doc, 'normal', fonts.normal), 'normal'),
    bold: new Face(embeddedFont(doc, 'bold', fonts.bold), 'bold'),
  };
  const area = { left: margins.left, width: width - margins.left - margins.right };
  const tables = grid.tables.map((table) => measureTable(table, faces, margins.left));
  const pages = paginate(topPart(grid, faces, area), tables, closingPart(grid, faces, area), {
    top: margins.top,
    bottom: height - margins.bottom,
  });
  pages.forEach((items, i) => {
    doc.addPage();
    const page = new PageWriter(doc, height);
    if (i > 0) drawRunningHead(page, faces, footer, area);
    for (const item of items) {
      if (item.type === 'part') item.part.draw(page, item.top);
      else drawTableSlice(page, faces, item.table, item);
    }
    drawFoot(page, faces, footer, { page: i + 1, pages: pages.length, top: height - margins.bottom + 12 }, area);
    page.finish(ruleWidth);
  });
  doc.end();
  return done.then((pdf) => ({ pdf, pages: pages.length }));
}
