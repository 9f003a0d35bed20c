import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Database } from '../db/connection';

/**
 * A prepared INSERT for bulk rows, named by the schema's TypeScript keys. The SQL column names come
 * from the drizzle schema, so a renamed column breaks the type check here rather than the demo at
 * run time. Values are passed in the order of `keys`.
 */
export function prepareInsert<T extends SQLiteTable>(
  db: Database,
  table: T,
  keys: readonly (keyof T['$inferInsert'] & string)[],
): { run(...values: unknown[]): number } {
  const columns = getTableColumns(table) as Record<string, { name: string }>;
  const names = keys.map((key) => {
    const column = columns[key];
    if (!column) throw new Error(`${getTableName(table)} has no column ${key}`);
    return `"${column.name}"`;
  });
  const statement = db.sqlite.prepare(
    `insert into "${getTableName(table)}" (${names.join(', ')}) values (${keys.map(() => '?').join(', ')})`,
  );
  return { run: (...values) => Number(statement.run(...values).lastInsertRowid) };
}
