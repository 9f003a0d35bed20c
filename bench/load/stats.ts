/** The p-th percentile (nearest rank) of a list of milliseconds, to 0.1 ms; 0 for an empty list. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return Number((sorted[rank - 1] ?? 0).toFixed(1));
}
