import fs from 'node:fs';
import path from 'node:path';
import { PdfAppender } from './pdf-append';
import type { PdfRenderer } from './render';
import type { RenderAhead } from './render-ahead';
import type { PreparedDocument } from './types';

/*
 * Renders prepared documents to files in a folder: one PDF per document and, for a set, one combined
 * PDF with every document in order (each numbered on its own). The combined file is assembled from
 * the documents' own PDFs as they are made (pdf-append.ts), not laid out a second time. Every file is
 * written under a temporary name and renamed when complete, so a pulled flash drive or a cut leaves
 * no half PDF under a real name.
 */

export interface BatchProgress {
  /** Documents finished, of `total` (the combined file counts as one more). */
  done: number;
  total: number;
  /** Within the document being rendered, 0–1. */
  fraction: number;
  current: string;
}

export interface WrittenFile {
  file: string;
  pages: number;
  code: string | null;
}

export interface BatchResult {
  files: WrittenFile[];
  combined: WrittenFile | null;
}

export interface BatchOptions {
  combinedName?: string;
  onProgress?: (progress: BatchProgress) => void;
  onDocument?: (doc: PreparedDocument, written: WrittenFile) => void;
  /** Checked between documents; the renderer itself is stopped by closing it. */
  cancelled?: () => boolean;
  /** Documents already sent to the renderer while the print was prepared. */
  ahead?: RenderAhead;
}

/** A file name safe on Windows and FAT32 flash drives: no \ / : * ? " < > |, no trailing dot or space. */
export function safeFileName(stem: string): string {
  const cleaned = [...stem]
    .map((ch) => ((ch.codePointAt(0) ?? 0) < 32 ? '_' : ch))
    .join('')
    .replace(/[\\/:*?"<>|]/g, '_')
    .replace(/[. ]+$/, '')
    .trim();
  return withinBytes(cleaned, 160) || 'document';
}

/**
 * The longest start of `text` that fits in `bytes` of UTF-8, whole characters only: a file system
 * limits a name to 255 bytes, and a Cyrillic letter takes two (a long Kyrgyz title once failed a print).
 */
function withinBytes(text: string, bytes: number): string {
  let used = 0;
  let end = 0;
  for (const ch of text) {
    used += Buffer.byteLength(ch, 'utf8');
    if (used > bytes) break;
    end += ch.length;
  }
  return text.slice(0, end).trimEnd();
}

export function writeAtomically(file: string, bytes: Buffer): void {
  const temporary = `${file}.part`;
  const fd = fs.openSync(temporary, 'w');
  try {
    fs.writeSync(fd, bytes);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temporary, file);
}

export class CancelledError extends Error {
  constructor() {
    super('Cancelled');
    this.name = 'CancelledError';
  }
}

export async function renderBatch(
  renderer: PdfRenderer,
  docs: PreparedDocument[],
  folder: string,
  options: BatchOptions = {},
): Promise<BatchResult> {
  fs.mkdirSync(folder, { recursive: true });
  const combinedName = options.combinedName && docs.length > 1 ? options.combinedName : null;
  const total = docs.length + (combinedName ? 1 : 0);
  const used = new Set<string>();
  const files: WrittenFile[] = [];
  const combinedFile = combinedName ? path.join(folder, `${safeFileName(combinedName)}.pdf`) : '';
  const appender = combinedName ? new PdfAppender(`${combinedFile}.part`) : null;
  const render = (i: number) => {
    const doc = docs[i];
    if (!doc) return null;
    const report = (fraction: number) => options.onProgress?.({ done: i, total, fraction, current: doc.fileStem });
    const outcome = options.ahead?.take(doc) ?? renderer.renderDocument(doc, { onProgress: report });
    // Awaited in its turn; a failure while the one before is awaited must not count as unhandled.
    outcome.catch(() => undefined);
    return { doc, report, outcome };
  };
  // One document ahead: the worker draws the next while this thread writes the last one out.
  let next = render(0);
  try {
    next?.report(0);
    for (let i = 0; next; i++) {
      if (options.cancelled?.()) throw new CancelledError();
      const { doc, outcome: rendering } = next;
      const outcome = await rendering;
      next = render(i + 1);
      let name = `${safeFileName(doc.fileStem)}.pdf`;
      for (let n = 2; used.has(name); n++) name = `${safeFileName(doc.fileStem)} (${n}).pdf`;
      used.add(name);
      const file = path.join(folder, name);
      writeAtomically(file, outcome.pdf);
      appender?.append(outcome.pdf);
      const written = { file, pages: outcome.pages, code: doc.code };
      files.push(written);
      options.onDocument?.(doc, written);
      next?.report(0);
    }
    let combined: WrittenFile | null = null;
    if (appender && combinedName) {
      if (options.cancelled?.()) throw new CancelledError();
      options.onProgress?.({ done: docs.length, total, fraction: 0, current: combinedName });
      appender.finish({ title: combinedName, creator: 'Mektep Journal' });
      fs.renameSync(appender.file, combinedFile);
      combined = { file: combinedFile, pages: appender.pages, code: null };
    }
    options.onProgress?.({ done: total, total, fraction: 1, current: '' });
    return { files, combined };
  } catch (error) {
    appender?.abandon();
    throw error;
  }
}
