/** The p-th percentile (nearest rank) of the samples. */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

export const median = (samples: readonly number[]) => percentile(samples, 50);

/** Times `work` `runs` times after `warmup` untimed calls; milliseconds per call. */
export function sample(runs: number, work: (i: number) => void, warmup = Math.min(5, runs)): number[] {
  for (let i = 0; i < warmup; i += 1) work(-1 - i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    work(i);
    samples.push(performance.now() - started);
  }
  return samples;
}

export async function sampleAsync(runs: number, work: (i: number) => Promise<void>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await work(i);
    samples.push(performance.now() - started);
  }
  return samples;
}
