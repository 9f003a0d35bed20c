import fs from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import pdfmake from 'pdfmake';
import { fontFamily } from './frame';
import { fontTable } from './fonts';
import { renderGrid, type GridFonts } from './grid/render-grid';
import type { GridDocument } from './grid/types';
import { sectionPage, type Section } from './sections';
import { tableLayouts } from './table-layouts';
import type { FooterText, PdfDefinition } from './types';

/*
 * The render worker: pdfmake lays pages out on this thread, so the window and the API stay
 * responsive while a hundred pages are set. It reads nothing but its fonts and writes nothing: it
 * gets definitions and gives back PDF bytes.
 */

export interface RenderRequest {
  id: number;
  /** pdfmake's definition, or a fixed-geometry document for the grid renderer. */
  definition?: PdfDefinition;
  grid?: GridDocument;
  footer: FooterText;
  /** The documents a combined file holds: pages are numbered, and footed, within each. */
  sections?: Section[];
}

export type WorkerReply =
  | { type: 'progress'; id: number; fraction: number }
  | { type: 'done'; id: number; pdf: Uint8Array; pages: number }
  | { type: 'failed'; id: number; message: string };

const port = parentPort;
if (!port) throw new Error('pdf-worker runs only as a worker thread');

const fonts = fontTable((workerData as { fontsFolder: string }).fontsFolder);
const fontFiles = new Set(Object.values(fonts).flatMap((faces) => Object.values(faces)));
pdfmake.addFonts(fonts);
pdfmake.addTableLayouts(tableLayouts);
// Documents are built from the database only: no images from the network, no file but the fonts.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((file) => fontFiles.has(file));
const faces = fonts[fontFamily] ?? {};
// The grid renderer's faces, read once for every document this worker draws.
const gridFonts: GridFonts = {
  normal: fs.readFileSync(faces.normal ?? ''),
  bold: fs.readFileSync(faces.bold ?? ''),
};

async function render(request: RenderRequest): Promise<WorkerReply> {
  if (request.grid) {
    const { pdf, pages } = await renderGrid(request.grid, request.footer, gridFonts);
    return { type: 'done', id: request.id, pdf: copied(pdf), pages };
  }
  if (!request.definition) throw new Error('Nothing to render');
  const { footer, sections } = request;
  let pages = 0;
  const margin = request.definition.pageMargins;
  const definition = {
    ...request.definition,
    header: (current: number, total: number) => {
      const local = sectionPage(current, total, sections);
      if (local.page === 1) return null;
      const own = sections?.[local.index]?.footer ?? footer;
      return { text: own.runningHead, fontSize: 7, color: '#555555', margin: [margin[0], 18, margin[2], 0] };
    },
    footer: (current: number, total: number) => {
      pages = Math.max(pages, total);
      const local = sectionPage(current, total, sections);
      const own = sections?.[local.index]?.footer ?? footer;
      const label = own.pageLabel.replace('{page}', String(local.page)).replace('{pages}', String(local.pages));
      return {
        margin: [margin[0], 12, margin[2], 0],
        columns: [
          { text: own.left, fontSize: 7, color: '#333333' },
          { text: label, fontSize: 8, bold: true, alignment: 'right', width: 'auto' },
        ],
      };
    },
  };
  pdfmake.setProgressCallback((fraction) => port?.postMessage({ type: 'progress', id: request.id, fraction }));
  const buffer = await pdfmake.createPdf(definition).getBuffer();
  return { type: 'done', id: request.id, pdf: copied(buffer), pages };
}

/** A copy of its own, so that handing it over moves no memory the thread still uses. */
function copied(buffer: Buffer): Uint8Array {
  const pdf = new Uint8Array(buffer.byteLength);
  pdf.set(buffer);
  return pdf;
}

port.on('message', (request: RenderRequest) => {
  render(request).then(
    (reply) => port.postMessage(reply, reply.type === 'done' ? [reply.pdf.buffer as ArrayBuffer] : []),
    (error: unknown) =>
      port.postMessage({
        type: 'failed',
        id: request.id,
        message: error instanceof Error ? error.message : String(error),
      } satisfies WorkerReply),
  );
});
