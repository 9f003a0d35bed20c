import { eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/connection';
import { academicYear, enrollment, student } from '../../db/schema';
import type { DepartureKind, MovementReportLine } from '../../api/contract/students';
import { departureOf } from '../../movement/departure-record';
import { movementReport } from '../../movement/movement-report';
import { addDays } from '../../students/dates';
import { classesOfYear } from './class-data';

/*
 * The movement book of a period: every arrival, departure and transfer between classes, and the
 * count of each class at the period's start and end. The lines are the movement report's (its rules
 * say what is and is not movement); the counts are taken from the book's lines on their own, so that
 * "start + arrived − left = end" is a check on paper, not an identity.
 */

export interface MovementBookLine {
  kind: 'arrival' | 'departure' | 'transfer';
  date: string;
  studentId: number;
  fullName: string;
  birthDate: string | null;
  /** The class; for a transfer "5-А → 5-Б". */
  className: string;
  /** Where from (arrivals) or where to (departures); null for a transfer. */
  place: string | null;
  destination: DepartureKind | null;
  reason: string | null;
  orderNo: string | null;
}

export interface ClassMovement {
  classId: number;
  className: string;
  atStart: number;
  arrived: number;
  left: number;
  transferredIn: number;
  transferredOut: number;
  atEnd: number;
}

/** One line per event: a transfer's two halves (out of one class, into another) become one. */
function bookLines(lines: MovementReportLine[]): Omit<MovementBookLine, 'birthDate'>[] {
  const into = new Map(lines.filter((l) => l.kind === 'transferIn').map((l) => [`${l.studentId}|${l.date}`, l]));
  const paired = new Set<MovementReportLine>();
  const out: Omit<MovementBookLine, 'birthDate'>[] = [];
  for (const l of lines) {
    if (paired.has(l)) continue;
    const base = { date: l.date, studentId: l.studentId, fullName: l.fullName, reason: l.reason, orderNo: l.orderNo };
    if (l.kind === 'arrival' || l.kind === 'departure') {
      out.push({ ...base, kind: l.kind, className: l.className, place: l.place, destination: l.destination });
      continue;
    }
    const other = l.kind === 'transferOut' ? into.get(`${l.studentId}|${l.date}`) : undefined;
    if (other) paired.add(other);
    const [from, to] = l.kind === 'transferOut' ? [l.className, other?.className ?? l.place] : [l.place, l.className];
    out.push({
      ...base,
      orderNo: l.orderNo ?? other?.orderNo ?? null,
      kind: 'transfer',
      className: `${from ?? '?'} → ${to ?? '?'}`,
      place: null,
      destination: null,
    });
  }
  return out;
}

/**
 * How many pupils each class of the year had at the start (on its first day, arrivals of that day
 * not yet counted) and at the end (on its last day, that day's departures already gone) of a period.
 */
function headcounts(db: Database, yearId: number, from: string, to: string) {
  const year = db.orm.select().from(academicYear).where(eq(academicYear.id, yearId)).get();
  const classIds = classesOfYear(db, yearId).map((c) => c.id);
  const atStart = new Map<number, number>();
  const atEnd = new Map<number, number>();
  if (!year || !classIds.length) return { atStart, atEnd };
  const add = (map: Map<number, number>, id: number) => map.set(id, (map.get(id) ?? 0) + 1);
  for (const line of db.orm.select().from(enrollment).where(inArray(enrollment.classId, classIds)).all()) {
    const where = departureOf(line);
    // The day the pupil's leaving is dated, as the movement report dates it (a transfer by the first
    // day in the new class); none while the line is open or when only the year's end closed it.
    const yearEnded = line.toDate !== null && where === null && line.toDate >= year.endsOn;
    const departs =
      line.toDate === null || yearEnded ? null : where?.kind === 'transfer' ? addDays(line.toDate, 1) : line.toDate;
    // The list the year began with is there at its start; anyone else from the day they arrived.
    const startedBefore = line.fromDate < from || line.fromDate === year.startsOn;
    if (startedBefore && (departs === null || departs >= from)) add(atStart, line.classId);
    if (line.fromDate <= to && (departs === null || departs > to)) add(atEnd, line.classId);
  }
  return { atStart, atEnd };
}

export function movementBook(db: Database, yearId: number, from: string, to: string) {
  const report = movementReport(db, from, to);
  const lines = bookLines(report.lines);
  const ids = [...new Set(lines.map((l) => l.studentId))];
  const births = new Map(
    ids.length
      ? db.orm
          .select({ id: student.id, birthDate: student.birthDate })
          .from(student)
          .where(inArray(student.id, ids))
          .all()
          .map((s) => [s.id, s.birthDate])
      : [],
  );
  const { atStart, atEnd } = headcounts(db, yearId, from, to);
  const moved = new Map(report.byClass.map((c) => [c.classId, c]));
  const byClass: ClassMovement[] = classesOfYear(db, yearId).map((c) => {
    const m = moved.get(c.id);
    return {
      classId: c.id,
      className: c.title,
      atStart: atStart.get(c.id) ?? 0,
      arrived: m?.arrived.total ?? 0,
      left: m?.left.total ?? 0,
      transferredIn: m?.transferredIn ?? 0,
      transferredOut: m?.transferredOut ?? 0,
      atEnd: atEnd.get(c.id) ?? 0,
    };
  });
  return { lines: lines.map((l) => ({ ...l, birthDate: births.get(l.studentId) ?? null })), byClass };
}
