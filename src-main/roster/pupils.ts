import { and, eq, gte, isNull, lte, or } from 'drizzle-orm';
import type { Database } from '../db/connection';
import { enrollment, guardian, student } from '../db/schema';
import { comparePeople } from '../text/kyrgyz-order';

export type PupilRecord = typeof student.$inferSelect;

/** A pupil's card as services write it; dates `YYYY-MM-DD`, the PIN as 14 digits. */
export interface PupilFields {
  surname: string;
  name: string;
  patronymic: string | null;
  birthDate: string | null;
  sex: 'm' | 'f' | null;
  pin: string | null;
  address: string | null;
}

export interface GuardianFields {
  fullName: string;
  relation: string | null;
  phone: string | null;
}

export function insertPupil(db: Database, fields: PupilFields, guardians: GuardianFields[] = []): PupilRecord {
  const row = db.orm.insert(student).values(fields).returning().get();
  if (guardians.length)
    db.orm
      .insert(guardian)
      .values(guardians.map((g) => ({ ...g, studentId: row.id })))
      .run();
  return row;
}

/** Rewrites the card; guardians are replaced only when a list is given. */
export function updatePupil(
  db: Database,
  id: number,
  fields: PupilFields,
  now: Date,
  guardians?: GuardianFields[],
): PupilRecord {
  const row = db.orm
    .update(student)
    .set({ ...fields, updatedAt: now.toISOString() })
    .where(eq(student.id, id))
    .returning()
    .get();
  if (guardians) {
    db.orm.delete(guardian).where(eq(guardian.studentId, id)).run();
    if (guardians.length)
      db.orm
        .insert(guardian)
        .values(guardians.map((g) => ({ ...g, studentId: id })))
        .run();
  }
  return row;
}

export function guardiansOf(db: Database, studentId: number): GuardianFields[] {
  return db.orm
    .select({ fullName: guardian.fullName, relation: guardian.relation, phone: guardian.phone })
    .from(guardian)
    .where(eq(guardian.studentId, studentId))
    .all();
}

export function findPupilByPin(db: Database, pin: string): PupilRecord | null {
  return db.orm.select().from(student).where(eq(student.pin, pin)).get() ?? null;
}

/**
 * The pupil with this name and birth date (compared without case), when there is exactly one. The
 * names are compared in JavaScript: SQLite's lower() folds Latin letters only ("Асанов" ≠ "асанов").
 */
export function findPupilByNameAndBirth(
  db: Database,
  p: Pick<PupilFields, 'surname' | 'name' | 'birthDate'>,
): PupilRecord | null {
  if (!p.birthDate) return null;
  const fold = (text: string) => text.trim().toLocaleLowerCase('ru');
  const found = db.orm
    .select()
    .from(student)
    .where(eq(student.birthDate, p.birthDate))
    .all()
    .filter((s) => fold(s.surname) === fold(p.surname) && fold(s.name) === fold(p.name));
  return found.length === 1 ? (found[0] ?? null) : null;
}

export interface Enrolment {
  classId: number;
  fromDate: string;
  arrivedFrom?: string | null;
  arrivalReason?: string | null;
  orderNo?: string | null;
}

/** Puts a pupil in a class from a date: a line of the movement book. */
export function enrol(db: Database, studentId: number, e: Enrolment): void {
  db.orm
    .insert(enrollment)
    .values({
      studentId,
      classId: e.classId,
      fromDate: e.fromDate,
      arrivedFrom: e.arrivedFrom ?? null,
      arrivalReason: e.arrivalReason ?? null,
      orderNo: e.orderNo ?? null,
    })
    .run();
}

/** The enrolment open on a date (from ≤ date, and no end or an end on or after it), if any. */
export function enrolmentOn(db: Database, studentId: number, date: string) {
  return (
    db.orm
      .select()
      .from(enrollment)
      .where(
        and(
          eq(enrollment.studentId, studentId),
          lte(enrollment.fromDate, date),
          or(isNull(enrollment.toDate), gte(enrollment.toDate, date)),
        ),
      )
      .get() ?? null
  );
}

/** The pupils of a class on a date, in Kyrgyz alphabetical order. */
export function pupilsOfClass(db: Database, classId: number, date: string): PupilRecord[] {
  return db.orm
    .select({ student })
    .from(enrollment)
    .innerJoin(student, eq(student.id, enrollment.studentId))
    .where(
      and(
        eq(enrollment.classId, classId),
        lte(enrollment.fromDate, date),
        or(isNull(enrollment.toDate), gte(enrollment.toDate, date)),
      ),
    )
    .all()
    .map((r) => r.student)
    .sort(comparePeople);
}
