import { between, eq, or } from 'drizzle-orm';
import type { Database } from '../db/connection';
import { academicYear, enrollment, schoolClass, student } from '../db/schema';
import {
  departureKinds,
  type DepartureKind,
  type MovementReport,
  type MovementReportLine,
  type Sex,
  type SexCounts,
} from '../api/contract/students';
import { classTitle } from '../roster/classes';
import { addDays } from '../students/dates';
import { compareKyrgyz } from '../text/kyrgyz-order';
import { departureOf } from './departure-record';

const noOne = (): SexCounts => ({ m: 0, f: 0, unknown: 0, total: 0 });

function count(into: SexCounts, sex: Sex | null): void {
  into[sex ?? 'unknown'] += 1;
  into.total += 1;
}

const isDestination = (kind: string | null): kind is DepartureKind =>
  kind !== null && (departureKinds as readonly string[]).includes(kind);

/**
 * Who arrived in and who left the school in a period (both dates included), by class and sex, with
 * the lines behind the numbers. What is and is not movement:
 * - a line starting on its year's first day is the list the class began the year with, not an arrival;
 * - a line closed on its year's last day with no destination is the year ending, not a departure;
 * - a transfer between two classes of the school is shown per class, never in the school's totals.
 */
export function movementReport(db: Database, from: string, to: string): MovementReport {
  const rows = db.orm
    .select({
      line: enrollment,
      pupil: student,
      c: schoolClass,
      yearStart: academicYear.startsOn,
      yearEnd: academicYear.endsOn,
    })
    .from(enrollment)
    .innerJoin(student, eq(student.id, enrollment.studentId))
    .innerJoin(schoolClass, eq(schoolClass.id, enrollment.classId))
    .innerJoin(academicYear, eq(academicYear.id, schoolClass.yearId))
    // The day before `from` too: a transfer on `from` closes the old line then.
    .where(or(between(enrollment.fromDate, from, to), between(enrollment.toDate, addDays(from, -1), to)))
    .all();
  // The line that a transfer closed the day before another began: that other line is no arrival.
  const transferredOut = new Set(
    rows
      .filter((r) => r.line.toDate !== null && departureOf(r.line)?.kind === 'transfer')
      .map((r) => `${r.line.studentId}|${r.line.toDate}`),
  );

  const lines: MovementReportLine[] = [];
  for (const { line, pupil, c, yearStart, yearEnd } of rows) {
    const base = {
      studentId: pupil.id,
      fullName: [pupil.surname, pupil.name, pupil.patronymic].filter(Boolean).join(' '),
      sex: pupil.sex,
      classId: c.id,
      className: classTitle(c),
    };
    if (line.fromDate >= from && line.fromDate <= to && line.fromDate > yearStart) {
      const transfer = transferredOut.has(`${line.studentId}|${addDays(line.fromDate, -1)}`);
      lines.push({
        ...base,
        kind: transfer ? 'transferIn' : 'arrival',
        date: line.fromDate,
        place: line.arrivedFrom,
        destination: null,
        orderNo: line.orderNo,
        reason: line.arrivalReason,
      });
    }
    if (line.toDate !== null) {
      const where = departureOf(line);
      const transfer = where?.kind === 'transfer';
      // A departure is dated by the last day in the class, a transfer by the first day in the new one.
      const date = transfer ? addDays(line.toDate, 1) : line.toDate;
      const yearEnded = line.toDate >= yearEnd && where === null;
      if (date < from || date > to || yearEnded) continue;
      lines.push({
        ...base,
        kind: transfer ? 'transferOut' : 'departure',
        date,
        place: where?.place ?? null,
        destination: isDestination(where?.kind ?? null) ? (where?.kind as DepartureKind) : null,
        orderNo: where?.orderNo ?? null,
        reason: line.departureReason,
      });
    }
  }

  const byClass = new Map<number, MovementReport['byClass'][number] & { grade: number; letter: string }>();
  const totals = { arrived: noOne(), left: noOne() };
  for (const l of lines) {
    const row = rows.find((r) => r.c.id === l.classId);
    let entry = byClass.get(l.classId);
    if (!entry) {
      entry = {
        classId: l.classId,
        className: l.className,
        grade: row?.c.grade ?? 0,
        letter: row?.c.letter ?? '',
        arrived: noOne(),
        left: noOne(),
        transferredIn: 0,
        transferredOut: 0,
      };
      byClass.set(l.classId, entry);
    }
    if (l.kind === 'arrival') {
      count(entry.arrived, l.sex);
      count(totals.arrived, l.sex);
    } else if (l.kind === 'departure') {
      count(entry.left, l.sex);
      count(totals.left, l.sex);
    } else if (l.kind === 'transferIn') entry.transferredIn += 1;
    else entry.transferredOut += 1;
  }

  return {
    from,
    to,
    byClass: [...byClass.values()]
      .sort((a, b) => a.grade - b.grade || compareKyrgyz(a.letter, b.letter))
      .map(({ grade: _grade, letter: _letter, ...rest }) => rest),
    totals,
    lines: lines.sort(
      (a, b) =>
        a.date.localeCompare(b.date) ||
        compareClassNames(a.className, b.className) ||
        compareKyrgyz(a.fullName, b.fullName),
    ),
  };
}

/** "5-А" before "10-А": the grade as a number, then the letter in Kyrgyz order. */
function compareClassNames(a: string, b: string): number {
  return Number.parseInt(a, 10) - Number.parseInt(b, 10) || compareKyrgyz(a, b);
}
