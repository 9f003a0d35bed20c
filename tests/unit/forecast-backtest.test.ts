import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backtestForecast, type BacktestResult } from '../../src-main/control/forecast/backtest';
import { closeDatabase, type Database } from '../../src-main/db/connection';
import { makeTempDir, removeDir } from '../helpers/app';
import { demoDatabase } from '../helpers/print';

/*
 * The back-test on the demo school (docs/forecast.md, "How good is it"): the first quarter forecast
 * from its first half, against the quarter marks the demo's teachers set. The floors are the ones the
 * document states and justifies; the demo is seeded, so the figures move only when the method or the
 * demo changes, and a change that makes the forecast worse than these must be argued in the document.
 */

describe('the back-test on the demo school', () => {
  let dir: string;
  let db: Database;
  let r: BacktestResult;
  let majority: number;

  beforeAll(() => {
    dir = makeTempDir('mektep-forecast-');
    db = demoDatabase(dir);
    const yearId = db.sqlite.prepare('select id from academic_year where is_current = 1').pluck().get() as number;
    r = backtestForecast(db, { yearId, period: 'q1' }) as BacktestResult;
    // The baseline a forecast must beat: always saying the most common quarter mark.
    const counts = db.sqlite
      .prepare(`select count(*) from period_mark where kind = 'quarter' and number = 1 group by value`)
      .pluck()
      .all() as number[];
    majority = (100 * Math.max(...counts)) / counts.reduce((a, b) => a + b, 0);
  }, 120_000);
  afterAll(() => {
    closeDatabase(db);
    removeDir(dir);
  });

  it('forecasts from the midpoint of the quarter, for nearly every pair with a set mark', () => {
    expect(r.period).toMatchObject({ code: 'q1', startsOn: '2026-09-01', endsOn: '2026-10-31', asOf: '2026-10-01' });
    expect(r.pairs).toBeGreaterThan(5000);
    expect(r.forecast / r.pairs).toBeGreaterThanOrEqual(0.9);
  });

  it('beats always saying the most common mark by ten points, and is within one mark almost always', () => {
    expect(majority).toBeGreaterThan(50);
    expect(r.exactPct).toBeGreaterThanOrEqual(70);
    expect(r.exactPct as number).toBeGreaterThanOrEqual(majority + 10);
    expect(r.withinOnePct).toBeGreaterThanOrEqual(95);
  });

  it('flagged at least half of the 2s and of the "н/а" half a quarter ahead', () => {
    expect(r.twos).toBeGreaterThan(0);
    expect(r.uncertified).toBeGreaterThan(0);
    expect(r.twosCaught / r.twos).toBeGreaterThanOrEqual(0.5);
    expect(r.uncertifiedCaught / r.uncertified).toBeGreaterThanOrEqual(0.5);
    // Every number is consistent with its parts.
    expect(r.caught).toBe(r.twosCaught + r.uncertifiedCaught);
    expect(r.exactPct).toBe(Math.round((1000 * r.exact) / r.forecast) / 10);
  });
});
