import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBench, type BenchResults } from '../../bench/harness';
import { figures } from '../../bench/figures';
import { toRow } from '../../bench/results';
import { cachedName, cachedSchool } from '../../bench/school';
import { makeTempDir, removeDir } from '../helpers/app';

describe('a bench figure as a row of results.json', () => {
  it('is its value over its reference, and passes when every target is met', () => {
    const base = { name: 'x', unit: 'ms' };
    expect(toRow({ ...base, value: 6, reference: 2, targets: [{ on: 'ratio', atMost: 3 }] })).toEqual({
      name: 'x',
      value: 6,
      unit: 'ms',
      reference: 2,
      ratio: 3,
      target: 'ratio ≤ 3',
      pass: true,
    });
    const slow = toRow({
      ...base,
      value: 21,
      reference: 6,
      targets: [
        { on: 'ratio', atMost: 4 },
        { on: 'value', atMost: 20 },
      ],
    });
    expect([slow.ratio, slow.target, slow.pass]).toEqual([3.5, 'ratio ≤ 4, ≤ 20 ms', false]);
    const pages = toRow({
      name: 'pdf',
      unit: 'pages/s',
      value: 99.5,
      reference: null,
      targets: [{ on: 'value', atLeast: 100 }],
    });
    expect([pages.ratio, pages.target, pages.pass]).toEqual([null, '≥ 100 pages/s', false]);
    expect(toRow({ ...base, value: 3, reference: null })).toMatchObject({ ratio: null, target: null, pass: null });
    // A ratio target without a reference cannot be met.
    expect(toRow({ ...base, value: 1, reference: null, targets: [{ on: 'ratio', atMost: 3 }] }).pass).toBe(false);
  });
});

describe('npm run bench on a small school', () => {
  let dir: string;
  let results: BenchResults;
  let written: unknown;
  const lines: string[] = [];

  beforeAll(async () => {
    dir = makeTempDir('mektep-bench-test-');
    const out = path.join(dir, 'results.json');
    // Every figure but the network load: that one starts browser mode in a child process, which serves
    // the built screens (built only for the end-to-end stage); `npm run bench:load` is its own check.
    const chosen = figures.filter((f) => f.id !== 'network-load');
    results = await runBench({
      size: 'small',
      runs: 2,
      cacheFolder: dir,
      out,
      figures: chosen,
      say: (l) => lines.push(l),
    });
    written = JSON.parse(fs.readFileSync(out, 'utf8'));
  }, 600_000);
  afterAll(() => removeDir(dir));

  it('writes every figure of the issue in the issue’s shape', () => {
    expect(written).toEqual(results);
    const rows = results.figures;
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(['name', 'value', 'unit', 'reference', 'ratio', 'target', 'pass']);
      expect(Number.isFinite(row.value)).toBe(true);
      if (row.reference === null) expect(row.ratio).toBeNull();
      else expect(row.ratio).toBeCloseTo(row.value / row.reference, 1);
      expect(row.pass === null).toBe(row.target === null);
    }
    const names = rows.map((r) => r.name).join('\n');
    for (const expected of [
      'journal page, quarter, p50',
      'journal page, quarter, p95',
      'journal page, year, p50',
      'journal page, year, p95',
      'one mark entered, p50',
      'one mark entered, p95',
      'period-mark proposals, whole school',
      'pupil workbook',
      'summary ledger PDF',
      'peak memory',
      'verified encrypted backup',
      'start-up',
      'per pupil-year',
    ])
      expect(names).toContain(expected);
  });

  it('measures real work: references take time, the ledger has pages, memory is a process’s', () => {
    const row = (part: string) => results.figures.find((r) => r.name.includes(part));
    expect(row('journal page, year, p50')?.reference).toBeGreaterThan(0);
    expect(row('summary ledger PDF, 3 classes')?.value).toBeGreaterThan(0);
    expect(row('peak memory')?.value).toBeGreaterThan(20);
    expect(row('import of a')?.name).toMatch(/import of a \d{2,}-pupil workbook/);
  });

  it('prints the table and keeps the school in its cache, named by size, seed, schema and generator', () => {
    expect(lines.join('\n')).toMatch(/figure\s+value\s+reference\s+ratio\s+target/);
    const file = path.join(dir, cachedName('small', 12));
    expect(fs.existsSync(file)).toBe(true);
    const again: string[] = [];
    expect(cachedSchool('small', 12, dir, (l) => again.push(l))).toBe(file);
    expect(again).toEqual([]);
  });
});
