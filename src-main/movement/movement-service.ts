import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { enrollment } from '../db/schema';
import type { CallContext } from '../api/context';
import type { PupilDetails, studentsCalls } from '../api/contract/students';
import { classTitle } from '../roster/classes';
import { enrol, enrolmentOn } from '../roster/pupils';
import { assertInYear, assertYearOpen, requireClass } from '../students/class-access';
import { addDays } from '../students/dates';
import { pupilDetails, requirePupil } from '../students/pupil-details';
import { assertFreeFrom, linesOf, openLineOn, refuse, type BookLine } from './book-lines';
import { departureColumns } from './departure-record';

type Input<K extends keyof typeof studentsCalls> = z.output<(typeof studentsCalls)[K]['input']>;

/**
 * The movement book, in which nothing is ever deleted: an arrival opens a line, a departure or a
 * transfer closes one. A closed line's `to_date` is the last day the pupil belongs to the class, so
 * the class lists (`pupilsOfClass`: from ≤ day ≤ to) show a pupil who left on 10 February up to and
 * including 10 February, and their marks stay where they were given.
 */

function closeLine(ctx: CallContext, line: BookLine, set: Partial<BookLine>): void {
  const after = ctx.app.db.orm.update(enrollment).set(set).where(eq(enrollment.id, line.id)).returning().get();
  ctx.audit({ entity: 'enrollment', entityId: line.id, before: line, after });
}

function openLine(ctx: CallContext, studentId: number, line: Parameters<typeof enrol>[2]): void {
  const db = ctx.app.db;
  enrol(db, studentId, line);
  const after = enrolmentOn(db, studentId, line.fromDate);
  ctx.audit({ entity: 'enrollment', entityId: after?.id ?? null, after });
}

type Arrival = Input<'movement.enrol'>;

function arrive(ctx: CallContext, input: Arrival, check: (lines: BookLine[]) => void): PupilDetails {
  const db = ctx.app.db;
  requirePupil(db, input.studentId);
  const target = requireClass(db, input.classId, 'classId');
  assertYearOpen(target);
  assertInYear(target, input.date, 'date');
  check(linesOf(db, input.studentId));
  assertFreeFrom(db, input.studentId, input.date);
  openLine(ctx, input.studentId, {
    classId: input.classId,
    fromDate: input.date,
    arrivedFrom: input.arrivedFrom ?? null,
    arrivalReason: input.reason ?? null,
    orderNo: input.orderNo ?? null,
  });
  return pupilDetails(ctx, input.studentId);
}

/** A pupil whose card exists starts in a class from a date. */
export function enrolPupil(ctx: CallContext, input: Arrival): PupilDetails {
  return arrive(ctx, input, () => undefined);
}

/** A pupil who left the school comes back: refused for a pupil who never left (nothing to return from). */
export function returnPupil(ctx: CallContext, input: Input<'movement.return'>): PupilDetails {
  return arrive(ctx, input, (lines) => {
    if (!lines.some((l) => l.toDate !== null)) refuse('studentId', 'movement.neverLeft');
  });
}

/** To another class of the school from `date`; the old line ends the day before. */
export function transferPupil(ctx: CallContext, input: Input<'movement.transfer'>): PupilDetails {
  const db = ctx.app.db;
  requirePupil(db, input.studentId);
  const open = openLineOn(db, input.studentId, input.date);
  // The old line must keep at least one day; a pupil put in the wrong class on its first day is
  // moved by a transfer from the next day, so the book still shows where they were.
  if (input.date <= open.fromDate) refuse('date', 'movement.notAfterStart', { from: open.fromDate });
  if (open.classId === input.toClassId) refuse('toClassId', 'movement.sameClass');
  const target = requireClass(db, input.toClassId, 'toClassId');
  assertYearOpen(target);
  assertInYear(target, input.date, 'date');
  const source = requireClass(db, open.classId, 'studentId');
  assertYearOpen(source);
  closeLine(ctx, open, {
    toDate: addDays(input.date, -1),
    ...departureColumns({ kind: 'transfer', place: classTitle(target.record), orderNo: input.orderNo ?? null }),
    departureReason: input.reason ?? null,
  });
  openLine(ctx, input.studentId, {
    classId: input.toClassId,
    fromDate: input.date,
    arrivedFrom: classTitle(source.record),
    arrivalReason: input.reason ?? null,
    orderNo: input.orderNo ?? null,
  });
  return pupilDetails(ctx, input.studentId);
}

/** Leaves the school; `date` is the last day in the class. */
export function departPupil(ctx: CallContext, input: Input<'movement.depart'>): PupilDetails {
  const db = ctx.app.db;
  requirePupil(db, input.studentId);
  const open = openLineOn(db, input.studentId, input.date);
  assertYearOpen(requireClass(db, open.classId, 'studentId'));
  closeLine(ctx, open, {
    toDate: input.date,
    ...departureColumns({ kind: input.destination, place: input.departedTo, orderNo: input.orderNo }),
    departureReason: input.reason,
  });
  return pupilDetails(ctx, input.studentId);
}
