import { sql } from 'drizzle-orm';
import { integer, text } from 'drizzle-orm/sqlite-core';

/** Columns shared by many tables. Times are ISO-8601 UTC text; calendar dates are `YYYY-MM-DD`. */
export const id = () => integer('id').primaryKey({ autoIncrement: true });
/** A moment, defaulting to now (UTC, milliseconds). */
export const stamp = (column: string) =>
  text(column)
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`);
export const createdAt = () => stamp('created_at');
export const updatedAt = () => text('updated_at');
export const flag = (name: string) => integer(name, { mode: 'boolean' }).notNull().default(false);
