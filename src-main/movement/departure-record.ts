import { departureKinds, type DepartureKind } from '../api/contract/students';

/**
 * Where a pupil went, as kept in `enrollment.departed_to`. The table has one free-text column for
 * it and one `order_no`, which already holds the arrival's order; so the kind of destination and
 * the departure's own order number travel with the place as a small JSON object. A plain text left
 * by an older writer (an import, say) still reads back, as a place with no kind.
 * TODO(schema): give the departure its own `departure_kind` and `departure_order_no` columns.
 */
export interface DepartureRecord {
  kind: DepartureKind | 'transfer' | null;
  place: string | null;
  orderNo: string | null;
}

const kinds: readonly string[] = [...departureKinds, 'transfer'];

export function encodeDeparture(record: DepartureRecord): string {
  return JSON.stringify({ kind: record.kind, place: record.place, orderNo: record.orderNo });
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

export function decodeDeparture(stored: string | null): DepartureRecord | null {
  if (stored === null) return null;
  try {
    const parsed: unknown = JSON.parse(stored);
    if (parsed && typeof parsed === 'object' && 'kind' in parsed) {
      const { kind, place, orderNo } = parsed as Record<string, unknown>;
      return {
        kind: typeof kind === 'string' && kinds.includes(kind) ? (kind as DepartureRecord['kind']) : null,
        place: text(place),
        orderNo: text(orderNo),
      };
    }
  } catch {
    // Not ours: a place written as plain text.
  }
  return { kind: null, place: stored, orderNo: null };
}
