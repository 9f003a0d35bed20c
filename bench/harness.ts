/**
 * The bench itself, apart from its command line: takes the cached school (see school.ts), copies it
 * to a scratch folder, runs every registered figure on the copy, and writes results.json.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closeDatabase, openDatabase } from '../src-main/db/connection';
import { migrationsFolder } from '../src-main/db/paths';
import { defaultDemoSeed } from '../src-main/demo/demo-school';
import type { Figure, ResultRow } from './figure';
import { figures as allFigures } from './figures';
import { toRow, table } from './results';
import { benchNow, cachedSchool, defaultCacheFolder } from './school';

export interface BenchOptions {
  size: 'large' | 'small';
  runs: number;
  seed?: number;
  cacheFolder?: string;
  /** Where results.json goes; null writes none. */
  out: string | null;
  /** Only the figures whose id is listed (all when absent). */
  only?: string[];
  figures?: Figure[];
  say?: (line: string) => void;
}

export interface BenchResults {
  figures: ResultRow[];
}

export async function runBench(options: BenchOptions): Promise<BenchResults> {
  const say = options.say ?? ((line: string) => console.log(line));
  const seed = options.seed ?? defaultDemoSeed;
  const cached = cachedSchool(options.size, seed, options.cacheFolder ?? defaultCacheFolder, say);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mektep-bench-'));
  const file = path.join(dir, 'journal.sqlite');
  fs.copyFileSync(cached, file);
  const db = openDatabase(file, { migrationsFolder: migrationsFolder() });
  const rows: ResultRow[] = [];
  try {
    const chosen = (options.figures ?? allFigures).filter((f) => !options.only || options.only.includes(f.id));
    for (const figure of chosen) {
      say(`measuring ${figure.id} …`);
      const measured = await figure.measure({ file, dir, db, runs: options.runs, size: options.size, now: benchNow });
      for (const m of measured) rows.push(toRow(m));
    }
  } finally {
    closeDatabase(db);
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const results = { figures: rows };
  if (options.out) fs.writeFileSync(options.out, `${JSON.stringify(results, null, 2)}\n`);
  say('');
  say(table(rows));
  return results;
}
