import type { Fact } from './types';

/** One difference between what was printed and what the data says now. */
export interface FactChange {
  label: string;
  /** As printed; '' when the paper showed nothing there. */
  before: string;
  /** As the data is now; '' when it is gone. */
  after: string;
}

/**
 * What changed between two sets of facts, in the printed order of the labels. A label printed twice
 * is compared occurrence by occurrence.
 */
export function diffFacts(printed: readonly Fact[], now: readonly Fact[]): FactChange[] {
  const group = (facts: readonly Fact[]) => {
    const map = new Map<string, string[]>();
    for (const [label, value] of facts) map.set(label, [...(map.get(label) ?? []), value]);
    return map;
  };
  const before = group(printed);
  const after = group(now);
  const labels = [...new Set([...printed.map(([l]) => l), ...now.map(([l]) => l)])];
  const changes: FactChange[] = [];
  for (const label of labels) {
    const a = before.get(label) ?? [];
    const b = after.get(label) ?? [];
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const was = a[i] ?? '';
      const is = b[i] ?? '';
      if (was !== is) changes.push({ label, before: was, after: is });
    }
  }
  return changes;
}

/** A fact's label from its parts: "Асанов Айбек · Математика · I". */
export function factLabel(...parts: (string | number)[]): string {
  return parts.map(String).join(' · ');
}
