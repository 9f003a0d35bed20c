import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { sql } from 'drizzle-orm';
import { createdAt, id, updatedAt } from './columns';
import { schoolClass } from './classes';

/** A pupil's card. Kyrgyz patronymics ("Бакыт уулу", "Бакыт кызы") go in `patronymic`. */
export const student = sqliteTable(
  'student',
  {
    id: id(),
    surname: text('surname').notNull(),
    name: text('name').notNull(),
    patronymic: text('patronymic'),
    birthDate: text('birth_date'),
    sex: text('sex', { enum: ['m', 'f'] }),
    /** The 14-digit personal identification number. */
    pin: text('pin'),
    address: text('address'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('student_pin')
      .on(t.pin)
      .where(sql`${t.pin} is not null`),
    // A re-imported list finds its pupils by birth date, then by name in JavaScript: SQLite's lower()
    // folds Latin letters only, so it cannot compare Cyrillic names without case.
    index('student_birth_date').on(t.birthDate),
    check('student_pin_digits', sql`${t.pin} is null or (length(${t.pin}) = 14 and ${t.pin} not glob '*[^0-9]*')`),
  ],
);

export const guardian = sqliteTable(
  'guardian',
  {
    id: id(),
    studentId: integer('student_id')
      .notNull()
      .references(() => student.id),
    fullName: text('full_name').notNull(),
    relation: text('relation'),
    phone: text('phone'),
    createdAt: createdAt(),
  },
  (t) => [index('guardian_student').on(t.studentId)],
);

/** The movement book: a pupil belongs to a class from one date to another. */
export const enrollment = sqliteTable(
  'enrollment',
  {
    id: id(),
    studentId: integer('student_id')
      .notNull()
      .references(() => student.id),
    classId: integer('class_id')
      .notNull()
      .references(() => schoolClass.id),
    fromDate: text('from_date').notNull(),
    toDate: text('to_date'),
    arrivedFrom: text('arrived_from'),
    arrivalReason: text('arrival_reason'),
    departedTo: text('departed_to'),
    /** Where the pupil went: another school, region or country, or (a transfer) another class here. */
    departureKind: text('departure_kind', { enum: ['school', 'region', 'country', 'transfer'] }),
    departureReason: text('departure_reason'),
    /** The number of the director's order on arrival, where one was issued. */
    orderNo: text('order_no'),
    /** The number of the director's order on departure. */
    departureOrderNo: text('departure_order_no'),
    createdAt: createdAt(),
  },
  (t) => [
    index('enrollment_class').on(t.classId, t.fromDate),
    index('enrollment_student').on(t.studentId),
    check('enrollment_dates', sql`${t.toDate} is null or ${t.fromDate} <= ${t.toDate}`),
  ],
);
