import { asc, eq } from 'drizzle-orm';
import type { Database } from '../db/connection';
import { enrollment, schoolClass, student } from '../db/schema';
import { ApiError } from '../api/api-error';
import type { CallContext } from '../api/context';
import type { MovementLine, PupilCard, PupilDetails } from '../api/contract/students';
import { classTitle } from '../roster/classes';
import { guardiansOf, type PupilRecord } from '../roster/pupils';
import { departureOf } from '../movement/departure-record';
import { isOwnClass } from './class-access';
import { schoolDay } from '../calendar/school-day';

export function requirePupil(db: Database, studentId: number): PupilRecord {
  const row = db.orm.select().from(student).where(eq(student.id, studentId)).get();
  if (!row) throw new ApiError('NOT_FOUND', undefined, [{ path: 'studentId', message: 'validation.pupilNotFound' }]);
  return row;
}

export function cardOf(p: PupilRecord): PupilCard {
  return {
    surname: p.surname,
    name: p.name,
    patronymic: p.patronymic,
    birthDate: p.birthDate,
    sex: p.sex,
    pin: p.pin,
    address: p.address,
  };
}

/** Every line of a pupil's movement book, oldest first: nothing is ever deleted from it. */
export function movementOf(db: Database, studentId: number): MovementLine[] {
  return db.orm
    .select({ line: enrollment, grade: schoolClass.grade, letter: schoolClass.letter })
    .from(enrollment)
    .innerJoin(schoolClass, eq(schoolClass.id, enrollment.classId))
    .where(eq(enrollment.studentId, studentId))
    .orderBy(asc(enrollment.fromDate), asc(enrollment.id))
    .all()
    .map(({ line, grade, letter }) => {
      const where = departureOf(line);
      const closed = line.toDate !== null;
      return {
        enrollmentId: line.id,
        classId: line.classId,
        className: classTitle({ grade, letter }),
        fromDate: line.fromDate,
        toDate: line.toDate,
        arrivedFrom: line.arrivedFrom,
        arrivalReason: line.arrivalReason,
        orderNo: line.orderNo,
        departure:
          closed || where
            ? {
                kind: where?.kind ?? null,
                place: where?.place ?? null,
                reason: line.departureReason,
                orderNo: where?.orderNo ?? null,
              }
            : null,
      };
    });
}

/** The card, the guardians, the movement book and today's class, as the pupil's screen shows them. */
export function pupilDetails(ctx: CallContext, studentId: number): PupilDetails {
  const db = ctx.app.db;
  const pupil = requirePupil(db, studentId);
  const movement = movementOf(db, studentId);
  const today = schoolDay(ctx.now);
  const now = movement.find((m) => m.fromDate <= today && (m.toDate === null || m.toDate >= today));
  const current = now
    ? (() => {
        const c = db.orm
          .select({ classTeacherId: schoolClass.classTeacherId })
          .from(schoolClass)
          .where(eq(schoolClass.id, now.classId))
          .get();
        return {
          classId: now.classId,
          className: now.className,
          fromDate: now.fromDate,
          mine: c ? isOwnClass(ctx, c) : false,
        };
      })()
    : null;
  return { studentId, card: cardOf(pupil), guardians: guardiansOf(db, studentId), movement, current };
}
