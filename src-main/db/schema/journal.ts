import { check, index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { sql } from 'drizzle-orm';
import { createdAt, stamp, flag, id, updatedAt } from './columns';
import { classSubject, planTopic, subgroup } from './curriculum';
import { staff, user } from './accounts';
import { student } from './students';
import { period } from './calendar';

/** A lesson as it was given: the journal's column. */
export const lesson = sqliteTable(
  'lesson',
  {
    id: id(),
    classSubjectId: integer('class_subject_id')
      .notNull()
      .references(() => classSubject.id),
    subgroupId: integer('subgroup_id').references(() => subgroup.id),
    date: text('date').notNull(),
    lessonNumber: integer('lesson_number'),
    planTopicId: integer('plan_topic_id').references(() => planTopic.id),
    topic: text('topic'),
    classWork: text('class_work'),
    homework: text('homework'),
    /** The teacher who actually taught it. */
    taughtBy: integer('taught_by').references(() => staff.id),
    isSubstitution: flag('is_substitution'),
    createdAt: createdAt(),
    createdBy: integer('created_by').references(() => user.id),
    updatedAt: updatedAt(),
    updatedBy: integer('updated_by').references(() => user.id),
  },
  (t) => [index('lesson_class_subject_date').on(t.classSubjectId, t.date)],
);

/** Mark kinds, with Kündölük's codes: general = oral answer, write = written work, etc. */
export const markKinds = ['general', 'write', 'control', 'test', 'homework', 'laboratory', 'practice'] as const;
export type MarkKind = (typeof markKinds)[number];

/** One mark of one pupil in one lesson. Value is text: "2"–"5", points or a criterion level. */
export const mark = sqliteTable(
  'mark',
  {
    id: id(),
    lessonId: integer('lesson_id')
      .notNull()
      .references(() => lesson.id),
    studentId: integer('student_id')
      .notNull()
      .references(() => student.id),
    value: text('value').notNull(),
    /** The value as a number, for averages; null where the scale has none. */
    numeric: real('numeric'),
    kind: text('kind', { enum: markKinds }).notNull().default('general'),
    comment: text('comment'),
    enteredAt: stamp('entered_at'),
    enteredBy: integer('entered_by').references(() => user.id),
    updatedAt: updatedAt(),
    updatedBy: integer('updated_by').references(() => user.id),
  },
  (t) => [uniqueIndex('mark_unique').on(t.lessonId, t.studentId, t.kind), index('mark_student').on(t.studentId)],
);

export const attendanceStatuses = ['absent', 'late'] as const;
export const absenceReasons = ['unexcused', 'excused', 'ill'] as const;

/** An absence or a late arrival; a pupil with no row was present. */
export const attendance = sqliteTable(
  'attendance',
  {
    id: id(),
    lessonId: integer('lesson_id')
      .notNull()
      .references(() => lesson.id),
    studentId: integer('student_id')
      .notNull()
      .references(() => student.id),
    status: text('status', { enum: attendanceStatuses }).notNull(),
    reasonKind: text('reason_kind', { enum: absenceReasons }).notNull().default('unexcused'),
    reason: text('reason'),
    lateMinutes: integer('late_minutes'),
    enteredAt: stamp('entered_at'),
    enteredBy: integer('entered_by').references(() => user.id),
    updatedAt: updatedAt(),
    updatedBy: integer('updated_by').references(() => user.id),
  },
  (t) => [uniqueIndex('attendance_unique').on(t.lessonId, t.studentId), index('attendance_student').on(t.studentId)],
);

export const periodMarkKinds = ['quarter', 'half_year', 'year', 'exam', 'final'] as const;

/** Quarter, half-year, year, exam and final marks; the proposal from the marks kept beside them. */
export const periodMark = sqliteTable(
  'period_mark',
  {
    id: id(),
    classSubjectId: integer('class_subject_id')
      .notNull()
      .references(() => classSubject.id),
    studentId: integer('student_id')
      .notNull()
      .references(() => student.id),
    kind: text('kind', { enum: periodMarkKinds }).notNull(),
    /** 1–4 for quarters, 1–2 for half-years, 0 for the year, exam and final. */
    number: integer('number').notNull().default(0),
    periodId: integer('period_id').references(() => period.id),
    proposedAverage: real('proposed_average'),
    proposedValue: text('proposed_value'),
    /** "2"–"5", points, or "н/а" (not certified). */
    value: text('value').notNull(),
    setBy: integer('set_by').references(() => user.id),
    setAt: text('set_at').notNull(),
    updatedAt: updatedAt(),
    updatedBy: integer('updated_by').references(() => user.id),
  },
  (t) => [
    uniqueIndex('period_mark_unique').on(t.classSubjectId, t.studentId, t.kind, t.number),
    check('period_mark_number', sql`${t.number} between 0 and 4`),
  ],
);
