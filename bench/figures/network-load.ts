/**
 * Teachers at their own desks (issue 10): `bench/network-load.ts` run as a child process — a real
 * server with network access on, 80 desks each a client over HTTPS with its own session — on the demo
 * school on a school day (the bench's own school is a year already over, where nobody may write). The reference is the
 * same writes by one teacher alone in the same run. Target: p95 under 150 ms, no error, no lost write.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Figure } from '../figure';

interface LoadResult {
  desks: number;
  teachers: number;
  thinkMs: number;
  requests: number;
  p50: number;
  p95: number;
  referenceP95: number;
  errors: number;
  lost: number;
}

export const networkLoad: Figure = {
  id: 'network-load',
  measure({ dir, size }) {
    const out = path.join(dir, 'network-load.json');
    // 80 desks at once, each a lesson of one of the demo school's teachers, a write every ~250 ms each.
    const desks = size === 'small' ? '10' : '80';
    const args = ['bench/network-load.ts', '--desks', desks, '--think-ms', '250', '--json', out];
    execFileSync(path.resolve('node_modules/.bin/tsx'), args, { stdio: ['ignore', 'ignore', 'inherit'] });
    const r = JSON.parse(fs.readFileSync(out, 'utf8')) as LoadResult;
    const who = `${r.desks} desks of ${r.teachers} teachers over HTTPS, a write every ~${r.thinkMs} ms each`;
    return [
      { name: `network load: ${who}, p50`, value: r.p50, unit: 'ms', reference: null },
      {
        name: `network load: ${who}, p95`,
        value: r.p95,
        unit: 'ms',
        reference: r.referenceP95,
        referenceIs: 'one teacher alone, the same writes, p95',
        targets: [{ on: 'value', atMost: 150 }],
      },
      {
        name: 'network load: errors',
        value: r.errors,
        unit: 'requests',
        reference: null,
        targets: [{ on: 'value', atMost: 0 }],
      },
      {
        name: 'network load: writes lost',
        value: r.lost,
        unit: 'writes',
        reference: null,
        targets: [{ on: 'value', atMost: 0 }],
      },
    ];
  },
};
