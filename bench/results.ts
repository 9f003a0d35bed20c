import type { Measured, ResultRow, Target } from './figure';

function describe(target: Target, unit: string): string {
  if (target.on === 'ratio') return `ratio ≤ ${target.atMost}`;
  return 'atMost' in target ? `≤ ${target.atMost} ${unit}` : `≥ ${target.atLeast} ${unit}`;
}

function met(target: Target, value: number, ratio: number | null): boolean {
  if (target.on === 'ratio') return ratio !== null && ratio <= target.atMost;
  return 'atMost' in target ? value <= target.atMost : value >= target.atLeast;
}

const round = (n: number) => (Math.abs(n) >= 100 ? Math.round(n * 10) / 10 : Math.round(n * 1000) / 1000);

/** A measured figure as a row of results.json: its ratio to the reference and whether its targets are met. */
export function toRow(m: Measured): ResultRow {
  const ratio = m.reference !== null && m.reference > 0 ? m.value / m.reference : null;
  const targets = m.targets ?? [];
  return {
    name: m.name,
    value: round(m.value),
    unit: m.unit,
    reference: m.reference === null ? null : round(m.reference),
    ratio: ratio === null ? null : Math.round(ratio * 100) / 100,
    target: targets.length ? targets.map((t) => describe(t, m.unit)).join(', ') : null,
    pass: targets.length ? targets.every((t) => met(t, m.value, ratio)) : null,
  };
}

/** The rows as a table for the terminal. */
export function table(rows: readonly ResultRow[]): string {
  const head = ['figure', 'value', 'reference', 'ratio', 'target', ''];
  const lines = rows.map((r) => [
    r.name,
    `${r.value} ${r.unit}`,
    r.reference === null ? '—' : `${r.reference} ${r.unit}`,
    r.ratio === null ? '—' : `${r.ratio}×`,
    r.target ?? '—',
    r.pass === null ? '' : r.pass ? 'pass' : 'MISS',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const format = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [format(head), widths.map((w) => '─'.repeat(w)).join('  '), ...lines.map(format)].join('\n');
}
