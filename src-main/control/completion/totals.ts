import type { CompletionLine, CompletionTotals } from '../../api/contract/control-completion';

const round = (n: number) => Math.round(n * 100) / 100;

export function emptyTotals(): CompletionTotals {
  return { lines: 0, plannedToDate: 0, delivered: 0, lag: 0, periodPlanned: 0, untaught: 0, behind: 0 };
}

/** Sums lines into a total; a line counts as behind when it lags more than one lesson. */
export function totalsOf(lines: readonly CompletionLine[]): CompletionTotals {
  const t = emptyTotals();
  for (const l of lines) {
    t.lines += 1;
    t.plannedToDate += l.plannedToDate;
    t.delivered += l.delivered;
    t.lag += l.lag;
    t.periodPlanned += l.periodPlanned;
    t.untaught += l.untaught.length;
    if (l.lag > 1) t.behind += 1;
  }
  return { ...t, plannedToDate: round(t.plannedToDate), lag: round(t.lag), periodPlanned: round(t.periodPlanned) };
}

/** Lines grouped by a key, in the order each group first appears, with the group's first line and totals. */
export function totalsBy<K>(
  lines: readonly CompletionLine[],
  key: (line: CompletionLine) => K,
): [CompletionLine, CompletionTotals][] {
  const groups = new Map<K, CompletionLine[]>();
  for (const l of lines) {
    const k = key(l);
    const list = groups.get(k);
    if (list) list.push(l);
    else groups.set(k, [l]);
  }
  return [...groups.values()].map((list) => [list[0] as CompletionLine, totalsOf(list)]);
}
