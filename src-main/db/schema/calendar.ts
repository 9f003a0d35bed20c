import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { sql } from 'drizzle-orm';
import { createdAt, flag, id } from './columns';

/** A school year. Dates are data entered by the deputy: the Ministry moves them every year. */
export const academicYear = sqliteTable(
  'academic_year',
  {
    id: id(),
    title: text('title').notNull(),
    startsOn: text('starts_on').notNull(),
    endsOn: text('ends_on').notNull(),
    isCurrent: flag('is_current'),
    state: text('state', { enum: ['open', 'closed'] })
      .notNull()
      .default('open'),
    closedAt: text('closed_at'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('academic_year_title').on(t.title),
    check('academic_year_dates', sql`${t.startsOn} < ${t.endsOn}`),
  ],
);

export const periodKinds = ['quarter', 'half_year', 'year'] as const;
export type PeriodKind = (typeof periodKinds)[number];

/** Quarters, half-years and the year itself, each with its own dates. */
export const period = sqliteTable(
  'period',
  {
    id: id(),
    yearId: integer('year_id')
      .notNull()
      .references(() => academicYear.id),
    kind: text('kind', { enum: periodKinds }).notNull(),
    number: integer('number').notNull(),
    startsOn: text('starts_on').notNull(),
    endsOn: text('ends_on').notNull(),
  },
  (t) => [
    uniqueIndex('period_unique').on(t.yearId, t.kind, t.number),
    check('period_dates', sql`${t.startsOn} <= ${t.endsOn}`),
  ],
);

/** School holidays and days off, as data. */
export const holiday = sqliteTable(
  'holiday',
  {
    id: id(),
    yearId: integer('year_id')
      .notNull()
      .references(() => academicYear.id),
    title: text('title').notNull(),
    startsOn: text('starts_on').notNull(),
    endsOn: text('ends_on').notNull(),
  },
  (t) => [index('holiday_year').on(t.yearId)],
);
