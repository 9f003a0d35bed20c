import type { Database } from '../src-main/db/connection';

/** A goal for one figure: on the ratio to its reference, or on the value itself. */
export type Target =
  { on: 'ratio'; atMost: number } | { on: 'value'; atMost: number } | { on: 'value'; atLeast: number };

/** One measured figure, as a figure module returns it. */
export interface Measured {
  name: string;
  value: number;
  unit: string;
  /** The same work done the plainest way, measured in the same run and in the same unit; null when none applies. */
  reference: number | null;
  /** What the reference is, for the table. */
  referenceIs?: string;
  targets?: Target[];
}

/** One row of `bench/results.json`, in the shape. */
export interface ResultRow {
  name: string;
  value: number;
  unit: string;
  reference: number | null;
  ratio: number | null;
  /** The targets as text ("ratio ≤ 3, value ≤ 20 ms"), or null where the issue sets none. */
  target: string | null;
  /** Every target met; null where there is no target. Never enforced by a test. */
  pass: boolean | null;
}

/** What a figure gets: the school (a working copy of the cached file, free to change) and the run's size. */
export interface BenchContext {
  /** The working copy of the school's database. */
  file: string;
  /** A scratch folder of this run. */
  dir: string;
  /** How many timed repetitions of a quick step (journal page, one mark). */
  runs: number;
  size: 'large' | 'small';
  /** The clock the figures run at: a day just after the school's year (see bench/school.ts). */
  now: Date;
  /** The working copy, open (figures that need the file closed close nothing: they open their own). */
  db: Database;
}

/** One module per figure (or pair of figures measured together), registered in bench/figures/index.ts. */
export interface Figure {
  id: string;
  measure(ctx: BenchContext): Promise<Measured[]> | Measured[];
}
