import { and, eq, gte, isNull, lte, or } from 'drizzle-orm';
import { statement, type Database } from '../db/connection';
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

/**
 * The student's columns under the names drizzle gives them. The primitives an import runs for every
 * row of a 3,000-pupil file use statements prepared once per connection: drizzle's query builder,
 * rebuilt on each call, cost more than the writes themselves.
 */
const pupilColumns =
  'id, surname, name, patronymic, birth_date as birthDate, sex, pin, address, created_at as createdAt, updated_at as updatedAt';

export function insertPupil(db: Database, fields: PupilFields, guardians: GuardianFields[] = []): PupilRecord {
  const id = addPupil(db, fields, guardians);
  return statement(db.sqlite, `select ${pupilColumns} from student where id = ?`).get(id) as PupilRecord;
}

/** Adds a pupil's card and guardians; returns the new id (an import needs no more than that). */
export function addPupil(db: Database, fields: PupilFields, guardians: GuardianFields[] = []): number {
  const { lastInsertRowid } = statement(
    db.sqlite,
    `insert into student (surname, name, patronymic, birth_date, sex, pin, address) values (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    fields.surname,
    fields.name,
    fields.patronymic ?? null,
    fields.birthDate ?? null,
    fields.sex ?? null,
    fields.pin ?? null,
    fields.address ?? null,
  );
  const id = Number(lastInsertRowid);
  addGuardians(db, id, guardians);
  return id;
}

/** Adds guardians to a pupil's card, in the given order. */
export function addGuardians(db: Database, studentId: number, guardians: GuardianFields[]): void {
  if (!guardians.length) return;
  const insert = statement(
    db.sqlite,
    'insert into guardian (student_id, full_name, relation, phone) values (?, ?, ?, ?)',
  );
  for (const g of guardians) insert.run(studentId, g.fullName, g.relation ?? null, g.phone ?? null);
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
  return statement(db.sqlite, 'select full_name as fullName, relation, phone from guardian where student_id = ?').all(
    studentId,
  ) as GuardianFields[];
}

export function findPupilByPin(db: Database, pin: string): PupilRecord | null {
  const found = statement(db.sqlite, `select ${pupilColumns} from student where pin = ?`).get(pin);
  return (found as PupilRecord | undefined) ?? null;
}

/** Every pupil born on this day. */
export function pupilsBornOn(db: Database, birthDate: string): PupilRecord[] {
  return statement(db.sqlite, `select ${pupilColumns} from student where birth_date = ?`).all(
    birthDate,
  ) as PupilRecord[];
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
  const found = pupilsBornOn(db, p.birthDate).filter(
    (s) => fold(s.surname) === fold(p.surname) && fold(s.name) === fold(p.name),
  );
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
  statement(
    db.sqlite,
    `insert into enrollment (student_id, class_id, from_date, arrived_from, arrival_reason, order_no)
     values (?, ?, ?, ?, ?, ?)`,
  ).run(studentId, e.classId, e.fromDate, e.arrivedFrom ?? null, e.arrivalReason ?? null, e.orderNo ?? null);
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
