/**
 * How fast the journal page opens on the server side, at the demo school's size with a full year of
 * data in one class subject. Run: `npm run bench:journal` (prints p50/p95/max; the target is p95 < 20 ms).
 *
 * The demo school holds the first quarter only; this script then gives its largest class subject a lesson
 * on every timetable day of the year, with marks and absences at the demo's density, and times
 * `journal.page` and `periodMarks.sheet` through the router exactly as the screen calls them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRouter } from '../src-main/api/router';
import { closeDatabase, openDatabase, transaction } from '../src-main/db/connection';
import { migrationsFolder } from '../src-main/db/paths';
import { demoCredentials, fillDemoSchool } from '../src-main/demo/demo-school';
import { demoYear } from '../src-main/demo/demo-year';
import { createSchool } from '../src-main/school/setup-service';
import { fillYear, largestClassSubject } from './full-year';

const now = new Date('2026-05-20T06:00:00.000Z');
const runs = 300;
const targetMs = 20;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

function main(): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mektep-bench-'));
  const db = openDatabase(path.join(dir, 'journal.sqlite'), { migrationsFolder: migrationsFolder() });
  try {
    transaction(db, () => {
      createSchool(db, { nameKy: 'Демо мектеп', nameRu: 'Демо школа', year: demoYear(now) }, now);
      fillDemoSchool(db, { now });
    });
    const target = largestClassSubject(db);
    const added = transaction(db, () => fillYear(db, target.classSubjectId));
    const router = createRouter({ db, now: () => now });
    const caller = { token: null as string | null, transport: 'http' as const, address: '127.0.0.1' };
    const signIn = router.dispatch('session.signIn', { login: 'deputy', password: demoCredentials.password }, caller);
    if (signIn.session?.kind !== 'set') throw new Error('The deputy could not sign in');
    caller.token = signIn.session.token;
    const yearPeriod = db.sqlite.prepare(`select id from period where kind = 'year'`).get() as { id: number };

    const time = (name: string, input: unknown) => {
      for (let i = 0; i < 20; i += 1) router.dispatch(name, input, caller);
      const samples: number[] = [];
      for (let i = 0; i < runs; i += 1) {
        const started = performance.now();
        const out = router.dispatch(name, input, caller);
        samples.push(performance.now() - started);
        if (!out.result.ok) throw new Error(`${name} failed: ${JSON.stringify(out.result.error)}`);
      }
      samples.sort((a, b) => a - b);
      const [p50, p95, max] = [percentile(samples, 50), percentile(samples, 95), samples[samples.length - 1] ?? 0];
      console.log(
        `${name.padEnd(18)} p50 ${p50.toFixed(2)} ms  p95 ${p95.toFixed(2)} ms  max ${max.toFixed(2)} ms  (${runs} runs)`,
      );
      return p95;
    };

    console.log(
      `${target.className} ${target.subject}: ${target.pupils} pupils, ${added.lessons} lessons, ` +
        `${added.marks} marks, ${added.absences} absences in the year`,
    );
    const page = time('journal.page', { classSubjectId: target.classSubjectId, periodId: yearPeriod.id });
    const sheet = time('periodMarks.sheet', { classSubjectId: target.classSubjectId, kind: 'year', number: 0 });
    const verdict = page < targetMs && sheet < targetMs;
    console.log(verdict ? `Within the target (p95 < ${targetMs} ms).` : `OVER the target of p95 < ${targetMs} ms.`);
    process.exitCode = verdict ? 0 : 1;
  } finally {
    closeDatabase(db);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main();
