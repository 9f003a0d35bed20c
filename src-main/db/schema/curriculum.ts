import { check, index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { sql } from 'drizzle-orm';
import { createdAt, id } from './columns';
import { schoolClass } from './classes';
import { staff } from './accounts';
import { student } from './students';

export const subject = sqliteTable('subject', {
  id: id(),
  nameKy: text('name_ky').notNull(),
  nameRu: text('name_ru').notNull(),
  shortKy: text('short_ky'),
  shortRu: text('short_ru'),
  sortOrder: integer('sort_order').notNull().default(0),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
});

/** The teaching load: a subject taught in a class, by a teacher, so many hours a week. */
export const classSubject = sqliteTable(
  'class_subject',
  {
    id: id(),
    classId: integer('class_id')
      .notNull()
      .references(() => schoolClass.id),
    subjectId: integer('subject_id')
      .notNull()
      .references(() => subject.id),
    teacherId: integer('teacher_id').references(() => staff.id),
    hoursPerWeek: real('hours_per_week').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('class_subject_class').on(t.classId),
    index('class_subject_teacher').on(t.teacherId),
    check('class_subject_hours', sql`${t.hoursPerWeek} > 0`),
  ],
);

/** Part of a class taught separately (a language split in two), with its own teacher. */
export const subgroup = sqliteTable(
  'subgroup',
  {
    id: id(),
    classSubjectId: integer('class_subject_id')
      .notNull()
      .references(() => classSubject.id),
    name: text('name').notNull(),
    teacherId: integer('teacher_id').references(() => staff.id),
  },
  (t) => [index('subgroup_class_subject').on(t.classSubjectId)],
);

export const subgroupMember = sqliteTable(
  'subgroup_member',
  {
    subgroupId: integer('subgroup_id')
      .notNull()
      .references(() => subgroup.id),
    studentId: integer('student_id')
      .notNull()
      .references(() => student.id),
  },
  (t) => [primaryKey({ columns: [t.subgroupId, t.studentId] })],
);

/** One weekly slot of the timetable, valid between two dates (corrections during the year). */
export const timetableSlot = sqliteTable(
  'timetable_slot',
  {
    id: id(),
    classSubjectId: integer('class_subject_id')
      .notNull()
      .references(() => classSubject.id),
    subgroupId: integer('subgroup_id').references(() => subgroup.id),
    weekday: integer('weekday').notNull(),
    lessonNumber: integer('lesson_number').notNull(),
    room: text('room'),
    validFrom: text('valid_from').notNull(),
    validTo: text('valid_to'),
  },
  (t) => [
    index('timetable_slot_class_subject').on(t.classSubjectId),
    check('timetable_weekday', sql`${t.weekday} between 1 and 7`),
  ],
);

/** A planned replacement of an absent teacher, set by the deputy. */
export const substitution = sqliteTable(
  'substitution',
  {
    id: id(),
    classSubjectId: integer('class_subject_id')
      .notNull()
      .references(() => classSubject.id),
    date: text('date').notNull(),
    lessonNumber: integer('lesson_number'),
    absentTeacherId: integer('absent_teacher_id').references(() => staff.id),
    substituteId: integer('substitute_id')
      .notNull()
      .references(() => staff.id),
    reason: text('reason'),
    createdAt: createdAt(),
  },
  (t) => [index('substitution_date').on(t.date)],
);

/** The calendar-thematic plan (КТП): ordered topics with hours and planned dates. */
export const planTopic = sqliteTable(
  'plan_topic',
  {
    id: id(),
    classSubjectId: integer('class_subject_id')
      .notNull()
      .references(() => classSubject.id),
    subgroupId: integer('subgroup_id').references(() => subgroup.id),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    hours: real('hours').notNull().default(1),
    plannedDate: text('planned_date'),
    section: text('section'),
  },
  (t) => [index('plan_topic_class_subject').on(t.classSubjectId, t.position)],
);
