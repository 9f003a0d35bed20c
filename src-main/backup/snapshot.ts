import Sqlite from 'better-sqlite3';
import { BackupError } from './errors';

/*
 * What a backup says and checks about the database it holds: the rows of every table, and (for a file
 * being restored, which is read whole anyway) the whole SQLite file checked in memory. The snapshot a
 * backup is made from is in read-snapshot.ts.
 */

export type RowCounts = Record<string, number>;

/** The rows of every table (SQLite's own and drizzle's log included: a restore must bring them all). */
export function tableCounts(sqlite: Sqlite.Database): RowCounts {
  const names = sqlite
    .prepare(`select name from sqlite_master where type = 'table' and name <> 'sqlite_sequence' order by name`)
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    names.map((name) => [
      name,
      sqlite
        .prepare(`select count(*) from "${name.replace(/"/g, '""')}"`)
        .pluck()
        .get(),
    ]),
  ) as RowCounts;
}

/**
 * Opens the bytes of a SQLite file in memory and checks them: `integrity_check`, and every table's
 * rows as the header counted them. Throws `damaged` with what differs.
 */
export function checkDatabase(bytes: Buffer, expected: RowCounts): void {
  let db: Sqlite.Database;
  try {
    db = new Sqlite(bytes);
  } catch (error) {
    throw new BackupError('damaged', `not a database: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new BackupError('damaged', `integrity_check: ${String(integrity)}`);
    const counts = tableCounts(db);
    const names = new Set([...Object.keys(expected), ...Object.keys(counts)]);
    for (const name of names) {
      if (counts[name] !== expected[name]) {
        throw new BackupError(
          'damaged',
          `${name}: ${counts[name] ?? 'no table'} rows, expected ${expected[name] ?? 'none'}`,
        );
      }
    }
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError('damaged', error instanceof Error ? error.message : String(error));
  } finally {
    db.close();
  }
}
