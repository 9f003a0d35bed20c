/**
 * The forecast's back-test on the demo school (docs/forecast.md): the first quarter forecast from its
 * first half only, compared with the quarter marks the demo's teachers set; then how long the whole
 * school's forecast takes at the server side. Run: `npm run bench:forecast`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closeDatabase, openDatabase, transaction } from '../src-main/db/connection';
import { migrationsFolder } from '../src-main/db/paths';
import { fillDemoSchool } from '../src-main/demo/demo-school';
import { createSchool } from '../src-main/school/setup-service';
import { backtestForecast, type BacktestResult } from '../src-main/control/forecast/backtest';
import { forecastSchool, schoolSummary } from '../src-main/control/forecast/forecast';

/** After the demo's first quarter, as the tests make it (tests/helpers/print.ts `demoNow`). */
const now = new Date('2026-11-23T09:00:00.000Z');
const runs = 10;

export function describeBacktest(r: BacktestResult): string[] {
  return [
    `Back-test of ${r.period.code} (${r.period.startsOn} – ${r.period.endsOn}), forecast as of ${r.period.asOf}`,
    `  pupil × subject pairs with a set mark: ${r.pairs}; forecast made for ${r.forecast}`,
    `  exact match: ${r.exact} (${r.exactPct ?? '—'} %); within one mark: ${r.withinOne} (${r.withinOnePct ?? '—'} %)`,
    `  set 2 or н/а: ${r.bad}; flagged at risk beforehand: ${r.caught} (recall ${r.recallPct ?? '—'} %)`,
    `    of them 2: ${r.twos}, flagged ${r.twosCaught}; н/а: ${r.uncertified}, flagged ${r.uncertifiedCaught}`,
    `  flagged at risk: ${r.flagged}; of them ended 2 or н/а: ${r.flaggedBad} (precision ${r.precisionPct ?? '—'} %)`,
  ];
}

function main(): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mektep-bench-'));
  const db = openDatabase(path.join(dir, 'forecast.sqlite'), { migrationsFolder: migrationsFolder() });
  try {
    transaction(db, () => {
      createSchool(db, { nameKy: 'Демо мектеп', nameRu: 'Демо школа' }, now);
      fillDemoSchool(db, { now });
    });
    const yearId = db.sqlite.prepare('select id from academic_year where is_current = 1').pluck().get() as number;
    const result = backtestForecast(db, { yearId, period: 'q1' });
    if (!result) throw new Error('The demo school has no first quarter');
    for (const line of describeBacktest(result)) console.log(line);

    const times: number[] = [];
    let summary = null;
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const all = forecastSchool(db, { yearId, period: 'q1', asOf: '2026-10-01' });
      if (all) summary = schoolSummary(all);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const s = summary?.school;
    console.log(
      `School forecast of q1 as of 2026-10-01: ${s?.pupils} pupils, ${s?.atRisk} at risk, success ${s?.success} %, quality ${s?.quality} %`,
    );
    console.log(
      `  forecastSchool: median ${times[Math.floor(runs / 2)]?.toFixed(0)} ms, max ${times.at(-1)?.toFixed(0)} ms`,
    );
  } finally {
    closeDatabase(db);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('forecast-backtest.ts')) main();
