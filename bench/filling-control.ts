/**
 * How fast filling control is on the server side at the demo school's size: the whole school's first
 * quarter up to the demo's today, through `fillingControl` (no router), as the Control screen asks for
 * it. Run: `npm run bench:filling` (prints p50/p95/max; the target is well under a second).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fillingControl } from '../src-main/control/filling/report';
import { closeDatabase, openDatabase, transaction } from '../src-main/db/connection';
import { migrationsFolder } from '../src-main/db/paths';
import { fillDemoSchool } from '../src-main/demo/demo-school';
import { demoYear } from '../src-main/demo/demo-year';
import { createSchool } from '../src-main/school/setup-service';

const now = new Date('2026-10-30T06:00:00.000Z');
const runs = 20;

function main(): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mektep-bench-filling-'));
  const db = openDatabase(path.join(dir, 'journal.sqlite'), { migrationsFolder: migrationsFolder() });
  try {
    transaction(db, () => {
      createSchool(db, { nameKy: 'Демо мектеп', nameRu: 'Демо школа', year: demoYear(now) }, now);
      fillDemoSchool(db, { now });
    });
    const quarter = db.sqlite
      .prepare(`select starts_on as startsOn, ends_on as endsOn from period where kind = 'quarter' and number = 1`)
      .get() as { startsOn: string; endsOn: string };
    const query = { from: quarter.startsOn, to: quarter.endsOn };
    const samples: number[] = [];
    let lines = 0;
    for (let i = 0; i < runs; i += 1) {
      const started = performance.now();
      lines = fillingControl(db, query, now)?.lines.length ?? 0;
      samples.push(performance.now() - started);
    }
    samples.sort((a, b) => a - b);
    const at = (p: number) => samples[Math.min(samples.length - 1, Math.ceil((p / 100) * samples.length) - 1)] ?? 0;
    console.log(
      `control.filling (${lines} lines): p50 ${at(50).toFixed(1)} ms  p95 ${at(95).toFixed(1)} ms  max ${at(100).toFixed(1)} ms`,
    );
  } finally {
    closeDatabase(db);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main();
