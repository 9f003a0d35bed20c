import Sqlite from 'better-sqlite3';
import fs from 'node:fs';
import { isNewerSchema } from '../db/connection';

/*
 * What the program finds when it starts, before it opens the journal for real: the file is fine (or
 * not there yet: it will be made), held by another copy of the program, written by a newer version,
 * or damaged. Read-only and quick (`PRAGMA quick_check`), so it runs at every start. The Electron
 * shell turns each outcome into a calm message (startup-dialogs.ts).
 */

export type StartCheck =
  | { kind: 'ok' }
  | { kind: 'locked'; detail: string }
  | { kind: 'newer' }
  | { kind: 'damaged'; detail: string }
  | { kind: 'failed'; detail: string };

export interface StartCheckOptions {
  migrationsFolder: string;
  /** How long to wait for another copy's lock before calling the file locked. */
  waitMs?: number;
}

const damageCodes = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CORRUPT_VTAB', 'SQLITE_CORRUPT_SEQUENCE']);
const lockCodes = new Set(['SQLITE_BUSY', 'SQLITE_LOCKED', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_BUSY_RECOVERY']);

function classify(error: unknown): StartCheck {
  const code = (error as { code?: unknown }).code;
  const detail = error instanceof Error ? error.message : String(error);
  if (typeof code === 'string' && lockCodes.has(code)) return { kind: 'locked', detail };
  if (typeof code === 'string' && damageCodes.has(code)) return { kind: 'damaged', detail };
  return { kind: 'failed', detail };
}

export function checkDatabaseAtStart(file: string, options: StartCheckOptions): StartCheck {
  if (!fs.existsSync(file)) return { kind: 'ok' };
  let sqlite: Sqlite.Database | null = null;
  try {
    sqlite = new Sqlite(file, { fileMustExist: true, timeout: options.waitMs ?? 2000 });
    // Another copy writing now (or holding the file exclusively) keeps this one from writing at all.
    sqlite.exec('BEGIN IMMEDIATE');
    sqlite.exec('ROLLBACK');
    const problems = (sqlite.pragma('quick_check') as { quick_check: string }[]).map((r) => r.quick_check);
    if (problems.length !== 1 || problems[0] !== 'ok') {
      return { kind: 'damaged', detail: problems.slice(0, 5).join('; ') };
    }
    if (isNewerSchema(sqlite, options.migrationsFolder)) return { kind: 'newer' };
    return { kind: 'ok' };
  } catch (error) {
    return classify(error);
  } finally {
    sqlite?.close();
  }
}
