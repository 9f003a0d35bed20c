/**
 * `npm run bench`: every figure of issue 8 on the large school, each next to its reference measured
 * in the same run, as a ratio, with its target; writes bench/results.json and prints the table.
 * Targets are reported as pass or MISS, never enforced (the exit code is 0 either way).
 *
 *   npm run bench -- [--size large|small] [--runs N] [--seed N] [--out FILE] [--only id,id]
 *
 * The school is generated on the first run (a few minutes) and kept in bench/.cache/.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runBench } from './harness';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'large' },
    runs: { type: 'string', default: '100' },
    seed: { type: 'string' },
    out: { type: 'string' },
    only: { type: 'string' },
  },
});
const size = values.size === 'small' ? 'small' : 'large';
if (values.size !== size) throw new Error('--size is large or small');
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number');

void runBench({
  size,
  runs,
  ...(values.seed ? { seed: Number(values.seed) } : {}),
  // A small run is a check of the harness: it writes its results elsewhere unless told.
  out: values.out ?? (size === 'large' ? path.join(__dirname, 'results.json') : null),
  ...(values.only ? { only: values.only.split(',') } : {}),
}).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
