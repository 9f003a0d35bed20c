import { check, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { sql } from 'drizzle-orm';
import { createdAt, id, updatedAt } from './columns';
import { academicYear } from './calendar';

/** The one school this database belongs to. */
export const school = sqliteTable('school', {
  id: id(),
  nameKy: text('name_ky').notNull(),
  nameRu: text('name_ru').notNull(),
  /** The 8-digit OKPO code that identifies a school in state registers. */
  okpo: text('okpo'),
  address: text('address'),
  district: text('district'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** Free-form settings: edit policy, document language, signatories, rounding rule. Values are JSON. */
export const setting = sqliteTable('setting', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).notNull(),
  updatedAt: updatedAt(),
  updatedBy: integer('updated_by'),
});

export const gradingScales = ['none', 'five_point', 'points', 'criteria'] as const;
export type GradingScale = (typeof gradingScales)[number];

/** Which marks a grade level gets in a year (and, where it differs, in one half-year). */
export const gradingRule = sqliteTable(
  'grading_rule',
  {
    id: id(),
    yearId: integer('year_id')
      .notNull()
      .references(() => academicYear.id),
    grade: integer('grade').notNull(),
    /** null: the whole year; 1 or 2: that half-year only. */
    halfYear: integer('half_year'),
    scale: text('scale', { enum: gradingScales }).notNull(),
  },
  (t) => [
    uniqueIndex('grading_rule_unique').on(t.yearId, t.grade, t.halfYear),
    check('grading_rule_grade', sql`${t.grade} between 1 and 12`),
  ],
);
