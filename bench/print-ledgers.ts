/**
 * Benchmark: the whole school's summary ledger, as the deputy prints it at the end of the year.
 * Builds the demo school, then times the two steps apart: preparing every class's document (the
 * database read, the layout, the fingerprints, the records; one transaction) and rendering them on
 * the worker (one PDF per class, then the combined file). Prints pages per second. Not a test: run
 * it with `npm run bench:print` on the machine you want to know about.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closeDatabase, openDatabase, transaction } from '../src-main/db/connection';
import { migrationsFolder } from '../src-main/db/paths';
import { fillDemoSchool } from '../src-main/demo/demo-school';
import { demoYear } from '../src-main/demo/demo-year';
import { createSchool } from '../src-main/school/setup-service';
import { renderBatch } from '../src-main/print/batch';
import { startPrint } from '../src-main/print/print-service';
import { PdfRenderer } from '../src-main/print/render';

const now = new Date('2026-11-23T09:00:00.000Z');

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mektep-bench-print-'));
  const db = openDatabase(path.join(dir, 'journal.sqlite'), { migrationsFolder: migrationsFolder() });
  const renderer = new PdfRenderer();
  try {
    transaction(db, () => {
      createSchool(db, { nameKy: 'Демо мектеп', nameRu: 'Демо школа', year: demoYear(now) }, now);
      fillDemoSchool(db, { now });
    });
    const yearId = db.sqlite.prepare('select id from academic_year where is_current = 1').pluck().get() as number;
    const by = { userId: null, name: 'bench' };

    const prepared = performance.now();
    const recorded = startPrint(
      db,
      { kind: 'summary-ledger', params: { yearId, period: 'year' }, language: 'ky', all: true },
      by,
      now,
    );
    const prepareMs = performance.now() - prepared;

    const rendered = performance.now();
    let perClassMs = 0;
    const result = await renderBatch(
      renderer,
      recorded.map((r) => r.doc),
      path.join(dir, 'out'),
      {
        combinedName: 'summary-ledger year',
        onProgress: (p) => {
          if (p.done === recorded.length && perClassMs === 0) perClassMs = performance.now() - rendered;
        },
      },
    );
    const renderMs = performance.now() - rendered;
    const pages = result.files.reduce((sum, f) => sum + f.pages, 0);
    const combinedMs = renderMs - perClassMs;
    const heapMb = process.memoryUsage().heapUsed / 1024 / 1024;

    console.log(`Summary ledger, every class: ${recorded.length} documents, ${pages} pages`);
    console.log(`  prepare (read, lay out, fingerprint, record): ${prepareMs.toFixed(0)} ms`);
    console.log(
      `  render, one file per class: ${(perClassMs / 1000).toFixed(1)} s, ${(pages / (perClassMs / 1000)).toFixed(1)} pages/s`,
    );
    console.log(
      `  render, the combined file:  ${(combinedMs / 1000).toFixed(1)} s, ${(pages / (combinedMs / 1000)).toFixed(1)} pages/s`,
    );
    console.log(`  main thread heap after: ${heapMb.toFixed(0)} MB (the worker's is its own)`);
  } finally {
    await renderer.close();
    closeDatabase(db);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main();
