import { check, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { sql } from 'drizzle-orm';
import { createdAt, id, updatedAt } from './columns';
import { academicYear } from './calendar';
import { staff } from './accounts';

export const instructionLanguages = ['ky', 'ru', 'uz', 'en', 'tg'] as const;

/** A class of one year: grade and letter ("5-А"), language of instruction, shift, class teacher. */
export const schoolClass = sqliteTable(
  'class',
  {
    id: id(),
    yearId: integer('year_id')
      .notNull()
      .references(() => academicYear.id),
    grade: integer('grade').notNull(),
    letter: text('letter').notNull(),
    /** Letter folded for comparison: Latin look-alikes to Cyrillic, upper case, no hyphen or space. */
    letterKey: text('letter_key').notNull(),
    language: text('language', { enum: instructionLanguages }).notNull(),
    shift: integer('shift').notNull().default(1),
    classTeacherId: integer('class_teacher_id').references(() => staff.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('class_unique').on(t.yearId, t.grade, t.letterKey),
    check('class_grade', sql`${t.grade} between 1 and 12`),
    check('class_shift', sql`${t.shift} in (1, 2)`),
  ],
);
