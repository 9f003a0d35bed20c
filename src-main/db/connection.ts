import Sqlite from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import fs from 'node:fs';
import path from 'node:path';
import * as schema from './schema';

/** The ORM; `$client` is its connection, for statements prepared once (see `statement`). */
export type Orm = BetterSQLite3Database<typeof schema> & { $client: Sqlite.Database };

/** An open journal database: the raw handle for pragmas and hand-written SQL, the ORM for the rest. */
export interface Database {
  readonly file: string;
  readonly sqlite: Sqlite.Database;
  readonly orm: Orm;
  readonly schemaVersion: string;
}

export interface OpenOptions {
  migrationsFolder: string;
  /** Open an existing file only; never create one. */
  mustExist?: boolean;
  /**
   * Look without touching: no migration, no switch to WAL, no write of any kind (for `info` on a
   * backup copy, say). The schema version is what the file holds; a file with none is refused.
   */
  readOnly?: boolean;
}

/**
 * Opens (creating if needed) the journal file and brings its schema up to date. Never runs at import
 * time, so tests and the CLI pass a file of their own. WAL with `synchronous=FULL`: a committed
 * change survives a power cut.
 */
export function openDatabase(file: string, options: OpenOptions): Database {
  if (options.mustExist && !fs.existsSync(file)) {
    throw new Error(`Database file not found: ${file}`);
  }
  if (options.readOnly) return openReadOnly(file, options.migrationsFolder);
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Sqlite(file);
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    const journal = readJournal(options.migrationsFolder);
    refuseNewerSchema(sqlite, journal);
    const orm = drizzle(sqlite, { schema });
    migrate(orm, { migrationsFolder: options.migrationsFolder });
    return { file, sqlite, orm, schemaVersion: journal.entries.at(-1)?.tag ?? 'none' };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

function openReadOnly(file: string, migrationsFolder: string): Database {
  const sqlite = new Sqlite(file, { readonly: true, fileMustExist: true });
  try {
    sqlite.pragma('query_only = ON');
    const journal = readJournal(migrationsFolder);
    refuseNewerSchema(sqlite, journal);
    const applied = hasMigrationLog(sqlite)
      ? (sqlite.prepare('select count(*) as n from __drizzle_migrations').get() as { n: number }).n
      : 0;
    const tag = applied > 0 ? journal.entries[applied - 1]?.tag : undefined;
    if (!tag) throw new Error(`${file} is not a Mektep Journal database`);
    return { file, sqlite, orm: drizzle(sqlite, { schema }), schemaVersion: tag };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

export function closeDatabase(db: Database): void {
  if (db.sqlite.open) db.sqlite.close();
}

interface Journal {
  entries: { tag: string; when: number }[];
}

function readJournal(migrationsFolder: string): Journal {
  return JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as Journal;
}

function hasMigrationLog(sqlite: Sqlite.Database): boolean {
  const found = sqlite
    .prepare("select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'")
    .get();
  return found !== undefined;
}

export class NewerDatabaseError extends Error {
  constructor(file: string) {
    super(`${file} was written by a newer version of Mektep Journal: update the program to open it.`);
    this.name = 'NewerDatabaseError';
  }
}

/**
 * An older program must not write into a newer schema (after restoring a backup made by a newer
 * version, say): drizzle's log holds each applied migration's date, so a later one than ours means so.
 */
function refuseNewerSchema(sqlite: Sqlite.Database, journal: Journal): void {
  if (hasNewerSchema(sqlite, journal)) throw new NewerDatabaseError(sqlite.name);
}

function hasNewerSchema(sqlite: Sqlite.Database, journal: Journal): boolean {
  if (!hasMigrationLog(sqlite)) return false;
  const newest = sqlite.prepare('select max(created_at) as newest from __drizzle_migrations').get() as {
    newest: number | null;
  };
  const known = Math.max(0, ...journal.entries.map((e) => e.when));
  return newest.newest !== null && Number(newest.newest) > known;
}

/** Whether an open file holds a migration this program does not know (checked at start, read-only). */
export function isNewerSchema(sqlite: Sqlite.Database, migrationsFolder: string): boolean {
  return hasNewerSchema(sqlite, readJournal(migrationsFolder));
}

/** Runs `work` in one synchronous write transaction (no `await` may happen inside). */
export function transaction<T>(db: Database, work: () => T): T {
  return db.sqlite.transaction(work).immediate();
}

const statementCache = new WeakMap<Sqlite.Database, Map<string, Sqlite.Statement>>();

/**
 * A prepared statement kept for the connection's life: calls that run on every keystroke (the journal
 * page, a mark) would otherwise compile the same SQL each time, which costs as much as running it.
 */
export function statement(sqlite: Sqlite.Database, sql: string): Sqlite.Statement {
  let cache = statementCache.get(sqlite);
  if (!cache) statementCache.set(sqlite, (cache = new Map()));
  let prepared = cache.get(sql);
  if (!prepared) cache.set(sql, (prepared = sqlite.prepare(sql)));
  return prepared;
}
