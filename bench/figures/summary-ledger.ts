/**
 * The whole school's summary ledger of the year, as the deputy prints it: every class's document
 * prepared (read, laid out, recorded) and rendered to PDF on the worker, then the combined file.
 * Pages per second: the school's pages, each once, over the whole time (preparing, drawing the class
 * files, assembling the combined file); the peak is the resident memory high-water mark of a process that does only this.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { Figure, Measured } from '../figure';

interface ChildResult {
  documents: number;
  classPages: number;
  combinedPages: number;
  prepareMs: number;
  perClassMs: number;
  combinedMs: number;
  peakMb: number;
}

const root = path.resolve(__dirname, '..', '..');

export const summaryLedger: Figure = {
  id: 'summary-ledger',
  measure({ file, dir, now }) {
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', path.join(__dirname, 'ledger-child.ts'), file, path.join(dir, 'ledger'), now.toISOString()],
      { cwd: root, encoding: 'utf8', maxBuffer: 1 << 20 },
    );
    const line = child.stdout.trim().split('\n').at(-1) ?? '';
    if (child.status !== 0 || !line.startsWith('{')) throw new Error(`The ledger run failed: ${child.stderr}`);
    const r = JSON.parse(line) as ChildResult;
    const seconds = (r.prepareMs + r.perClassMs + r.combinedMs) / 1000;
    // Each page is counted once: the combined file is the class files' own pages copied, so counting
    // them again would double the rate without drawing anything more.
    const rows: Measured[] = [
      {
        name: `summary ledger PDF, ${r.documents} classes, the whole school (${r.classPages} pages, each counted once)`,
        value: r.classPages / seconds,
        unit: 'pages/s',
        reference: null,
        targets: [{ on: 'value', atLeast: 100 }],
      },
      {
        name: `summary ledger PDF, pages written (the class files and the combined file, ${r.classPages + r.combinedPages})`,
        value: (r.classPages + r.combinedPages) / seconds,
        unit: 'pages/s',
        reference: null,
      },
      {
        name: 'summary ledger PDF, peak memory (VmHWM)',
        value: r.peakMb,
        unit: 'MB',
        reference: null,
        targets: [{ on: 'value', atMost: 500 }],
      },
    ];
    return rows;
  },
};
