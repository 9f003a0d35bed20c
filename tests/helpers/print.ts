/**
 * Printing in tests: the demo school in a real SQLite file, documents rendered by the real worker,
 * and their text read back with poppler's pdftotext (as a person would read the paper).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, transaction, type Database } from '../../src-main/db/connection';
import { migrationsFolder } from '../../src-main/db/paths';
import { createSchool } from '../../src-main/school/setup-service';
import { fillDemoSchool } from '../../src-main/demo/demo-school';
import { PdfRenderer } from '../../src-main/print/render';
import type { PreparedDocument } from '../../src-main/print/types';

/** After the first quarter of 2026–2027, as the demo is made. */
export const demoNow = new Date('2026-11-23T09:00:00.000Z');

export function demoDatabase(dir: string, name = 'demo'): Database {
  const db = openDatabase(path.join(dir, `${name}.sqlite`), { migrationsFolder: migrationsFolder() });
  transaction(db, () => {
    createSchool(db, { nameKy: 'Демо мектеп', nameRu: 'Демо школа' }, demoNow);
    fillDemoSchool(db, { now: demoNow });
  });
  return db;
}

/** The current year's id and a class's id by its name ("5-А"). */
export function demoIds(db: Database, className: string): { yearId: number; classId: number } {
  const yearId = db.sqlite.prepare('select id from academic_year where is_current = 1').pluck().get() as number;
  const [grade, letter] = className.split('-');
  const classId = db.sqlite
    .prepare('select id from class where year_id = ? and grade = ? and letter = ?')
    .pluck()
    .get(yearId, Number(grade), letter) as number;
  return { yearId, classId };
}

export interface RenderedText {
  pages: number;
  /** The text of each page, in reading order (pdftotext -layout). */
  pageTexts: string[];
  text: string;
  file: string;
}

/** Renders a prepared document to `dir` and reads its text back, page by page. */
export async function renderAndRead(doc: PreparedDocument, dir: string, name = 'doc'): Promise<RenderedText> {
  const renderer = new PdfRenderer();
  try {
    const { pdf, pages } = await renderer.renderDocument(doc);
    const file = path.join(dir, `${name}.pdf`);
    fs.writeFileSync(file, pdf);
    return { pages, ...pdfText(file), file };
  } finally {
    await renderer.close();
  }
}

export function pdfText(file: string): { pageTexts: string[]; text: string } {
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const pageTexts = text.split('\f').filter((page, i, all) => i < all.length - 1 || page.trim() !== '');
  return { pageTexts, text };
}

/** How many times a name stands at the start of a table row ("12  Асанов Айбек"), across all pages. */
export function rowsNaming(text: string, name: string): number {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.split('\n').filter((line) => new RegExp(`^\\s*\\d+\\s+${escaped}(\\s|$)`).test(line)).length;
}
