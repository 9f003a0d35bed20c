import type { enrollment } from '../db/schema';
import type { DepartureKind } from '../api/contract/students';

/** Where a pupil went from a line of the movement book: its own columns, read and written together. */
export interface DepartureRecord {
  kind: DepartureKind | 'transfer' | null;
  place: string | null;
  orderNo: string | null;
}

type Line = typeof enrollment.$inferSelect;

/** The columns of a closing line that say where the pupil went. */
export function departureColumns(record: DepartureRecord) {
  return { departureKind: record.kind, departedTo: record.place, departureOrderNo: record.orderNo };
}

/** Where the pupil went, or null when the line records no departure (still open, or the year ended). */
export function departureOf(line: Line): DepartureRecord | null {
  if (line.departureKind === null && line.departedTo === null && line.departureOrderNo === null) return null;
  return { kind: line.departureKind, place: line.departedTo, orderNo: line.departureOrderNo };
}
