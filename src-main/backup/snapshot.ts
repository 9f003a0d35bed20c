import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { BackupError } from './errors';

/*
 * The database as it was at one moment, as the bytes of a plain SQLite file. `VACUUM INTO` on a
 * connection of its own: it sees only committed data (never the half-done transaction of the call
 * that asked for the backup), runs while the program's connection keeps writing (WAL), and writes a
 * compact copy in rollback-journal mode, which travels without -wal and -shm files.
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

export interface Snapshot {
  bytes: Buffer;
  counts: RowCounts;
}

/** A consistent copy of the database file's committed state. `scratch`: a folder for the plain copy. */
export function takeSnapshot(databaseFile: string, scratch: string): Snapshot {
  const temporary = path.join(
    scratch,
    `.${path.basename(databaseFile)}.snapshot-${randomBytes(6).toString('hex')}.tmp`,
  );
  try {
    const reader = new Sqlite(databaseFile, { readonly: true, fileMustExist: true });
    try {
      reader.prepare('vacuum into ?').run(temporary);
    } finally {
      reader.close();
    }
    const copy = new Sqlite(temporary);
    let counts: RowCounts;
    try {
      copy.pragma('journal_mode = DELETE');
      counts = tableCounts(copy);
    } finally {
      copy.close();
    }
    return { bytes: fs.readFileSync(temporary), counts };
  } finally {
    fs.rmSync(temporary, { force: true });
  }
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
