/**
 * Run by figures/summary-ledger.ts in a process of its own, so that the peak memory it reads
 * (VmHWM: the resident-set high-water mark of the process, the PDF worker thread included) is the
 * printing's alone. Prints one JSON line: pages, milliseconds per stage, peak MB.
 */
import fs from 'node:fs';
import path from 'node:path';
import { closeDatabase, openDatabase } from '../../src-main/db/connection';
import { migrationsFolder } from '../../src-main/db/paths';
import { renderBatch } from '../../src-main/print/batch';
import { startPrint } from '../../src-main/print/print-service';
import { PdfRenderer } from '../../src-main/print/render';
import { RenderAhead } from '../../src-main/print/render-ahead';

function peakMb(): number {
  const line = fs.readFileSync('/proc/self/status', 'utf8').match(/^VmHWM:\s+(\d+) kB/m);
  return line ? Number(line[1]) / 1024 : process.memoryUsage().rss / 1024 / 1024;
}

async function main(file: string, folder: string, now: Date): Promise<void> {
  const db = openDatabase(file, { migrationsFolder: migrationsFolder() });
  const renderer = new PdfRenderer();
  try {
    const yearId = db.sqlite.prepare('select id from academic_year where is_current = 1').pluck().get() as number;
    const started = performance.now();
    // As the print job does: each ledger goes to the worker as soon as it is recorded.
    const ahead = new RenderAhead(renderer);
    const recorded = startPrint(
      db,
      { kind: 'summary-ledger', params: { yearId, period: 'year' }, language: 'ky', all: true },
      { userId: null, name: 'bench' },
      now,
      (r) => ahead.add(r.doc),
    );
    const prepared = performance.now();
    let perClass = 0;
    const result = await renderBatch(
      renderer,
      recorded.map((r) => r.doc),
      folder,
      {
        combinedName: 'summary-ledger year',
        ahead,
        onProgress: (p) => {
          if (p.done === recorded.length && perClass === 0) perClass = performance.now();
        },
      },
    );
    const done = performance.now();
    const combined = result.combined;
    const classPages = result.files.filter((f) => f !== combined).reduce((sum, f) => sum + f.pages, 0);
    const out = {
      documents: recorded.length,
      classPages,
      combinedPages: combined?.pages ?? 0,
      prepareMs: prepared - started,
      perClassMs: (perClass || done) - prepared,
      combinedMs: done - (perClass || done),
      peakMb: peakMb(),
    };
    process.stdout.write(`${JSON.stringify(out)}\n`);
  } finally {
    await renderer.close();
    closeDatabase(db);
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

const [file, folder, now] = process.argv.slice(2);
if (!file || !folder || !now) throw new Error('usage: ledger-child.ts FILE FOLDER NOW');
void main(file, path.resolve(folder), new Date(now));
