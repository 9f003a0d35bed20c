import type { z } from 'zod';
import { ApiError } from '../api/api-error';
import type { CallContext } from '../api/context';
import type { PupilDetails, studentsCalls } from '../api/contract/students';
import { classTitle } from '../roster/classes';
import { enrol, enrolmentOn, guardiansOf, insertPupil, updatePupil } from '../roster/pupils';
import { assertInYear, assertOwnClass, assertYearOpen, requireClass } from './class-access';
import { checkCard, toGuardianFields, toPupilFields } from './card-checks';
import { schoolDay } from '../calendar/school-day';
import { cardOf, pupilDetails, requirePupil } from './pupil-details';

type NewPupil = z.output<(typeof studentsCalls)['students.create']['input']>;
type PupilEdit = z.output<(typeof studentsCalls)['students.update']['input']>;

/** Any class (deputy, administrator), or only the caller's own class (a class teacher). */
export type Scope = 'anyClass' | 'ownClass';

/** A new pupil's card and guardians, and the first line of their movement book. */
export function createPupil(ctx: CallContext, input: NewPupil, scope: Scope): PupilDetails {
  const db = ctx.app.db;
  const target = requireClass(db, input.classId, 'classId');
  if (scope === 'ownClass') assertOwnClass(ctx, target.record);
  assertYearOpen(target);
  // Entered without a date, the pupil is on the list the class started the year with.
  const fromDate = input.fromDate ?? target.yearStartsOn;
  assertInYear(target, fromDate, 'fromDate');
  checkCard(db, input.card, ctx.now, null);

  const fields = toPupilFields(input.card);
  const guardians = toGuardianFields(input.guardians);
  const pupil = insertPupil(db, fields, guardians);
  const line = {
    classId: target.record.id,
    fromDate,
    arrivedFrom: input.arrivedFrom ?? null,
    arrivalReason: input.reason ?? null,
    orderNo: input.orderNo ?? null,
  };
  enrol(db, pupil.id, line);
  ctx.audit({ entity: 'student', entityId: pupil.id, after: { card: fields, guardians } });
  ctx.audit({
    entity: 'enrollment',
    entityId: pupil.id,
    after: { ...line, className: classTitle(target.record) },
  });
  return pupilDetails(ctx, pupil.id);
}

/** Rewrites a card and its guardians. A class teacher may do so while the pupil is in their class. */
export function updatePupilCard(ctx: CallContext, input: PupilEdit, scope: Scope): PupilDetails {
  const db = ctx.app.db;
  const pupil = requirePupil(db, input.studentId);
  if (scope === 'ownClass') {
    const line = enrolmentOn(db, pupil.id, schoolDay(ctx.now));
    if (!line) throw new ApiError('FORBIDDEN');
    assertOwnClass(ctx, requireClass(db, line.classId, 'studentId').record);
  }
  checkCard(db, input.card, ctx.now, pupil.id);
  const before = { card: cardOf(pupil), guardians: guardiansOf(db, pupil.id) };
  const fields = toPupilFields(input.card);
  const guardians = toGuardianFields(input.guardians);
  updatePupil(db, pupil.id, fields, ctx.now, guardians);
  ctx.audit({ entity: 'student', entityId: pupil.id, before, after: { card: fields, guardians } });
  return pupilDetails(ctx, pupil.id);
}
