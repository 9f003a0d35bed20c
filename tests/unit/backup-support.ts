/**
 * Shared by the backup tests: a small school, every table's rows for comparing two databases, a
 * passphrase recipient, and the migrations of an older or a newer program.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import type { Database } from '../../src-main/db/connection';
import { sealNewKeyPair } from '../../src-main/backup/keys';
import type { Recipient } from '../../src-main/backup/seal';
import { headerFacts } from '../../src-main/backup/facts';
import { migrationsFolder } from '../../src-main/db/paths';
import type { WriteRequest } from '../../src-main/backup/write';
import { openTestApp, staffSchool, type Staffed, type TestApp } from '../helpers/app';

export const passphrase = 'Мектеп журналы 2026 — камдык көчүрмө';

/** One key pair sealed under `passphrase`, made once: scrypt is slow on purpose. */
let sealed: Recipient | null = null;
export function passphraseRecipient(): Recipient {
  sealed ??= { kind: 'passphrase', ...sealNewKeyPair(passphrase) };
  return sealed;
}

/** A school set up through the API, with its staff signed in (users, sessions, audit entries). */
export function smallSchool(): { t: TestApp; f: Staffed } {
  const t = openTestApp();
  const f = staffSchool(t);
  return { t, f };
}

export function writeRequest(db: Database, folder: string, extra: Partial<WriteRequest> = {}): WriteRequest {
  return {
    databaseFile: db.file,
    folder,
    facts: headerFacts(db, new Date('2026-11-23T09:30:00.000Z')),
    recipient: passphraseRecipient(),
    ...extra,
  };
}

/**
 * Every table's rows by table name (SQLite's own tables left out), each row as JSON, sorted: VACUUM
 * may renumber the hidden rowids of tables without an integer key, never their content.
 */
export function allRows(source: Database | Sqlite.Database | Buffer): Record<string, string[]> {
  const sqlite = Buffer.isBuffer(source) ? new Sqlite(source) : 'sqlite' in source ? source.sqlite : source;
  try {
    const tables = sqlite
      .prepare(`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`)
      .pluck()
      .all() as string[];
    const rows = (name: string) =>
      sqlite
        .prepare(`select * from "${name}"`)
        .all()
        .map((row) => JSON.stringify(row))
        .sort();
    return Object.fromEntries(tables.map((name) => [name, rows(name)]));
  } finally {
    if (Buffer.isBuffer(source)) sqlite.close();
  }
}

/** Each table's rows as one SHA-256 of their sorted JSON: fast to compare on the demo school. */
export function rowDigests(source: Database | Sqlite.Database | Buffer): Record<string, string> {
  return Object.fromEntries(Object.entries(allRows(source)).map(([table, rows]) => [table, digestOf(rows)]));
}

/** Rows (JSON, sorted) as `count:sha256`. */
export function digestOf(rows: string[]): string {
  return `${rows.length}:${createHash('sha256').update(rows.join('\n')).digest('hex')}`;
}

/** The files in a folder with a SHA-256 of their bytes, for "nothing else changed" checks. */
export function folderBytes(folder: string): Record<string, string> {
  if (!fs.existsSync(folder)) return {};
  return Object.fromEntries(
    fs.readdirSync(folder).map((name) => [
      name,
      createHash('sha256')
        .update(fs.readFileSync(path.join(folder, name)))
        .digest('hex'),
    ]),
  );
}

/** The bytes with one bit flipped at `at`. */
export function flipped(bytes: Buffer, at: number, bit = 0x01): Buffer {
  const copy = Buffer.from(bytes);
  copy[at] = (copy[at] ?? 0) ^ bit;
  return copy;
}

interface JournalFile {
  entries: { idx: number; version: string; when: number; tag: string; breakpoints: boolean }[];
}

/**
 * A copy of the project's migrations as another version of the program would have them: the first
 * `keep` only (an older program), or all of them and one more (a newer program).
 */
export function migrationsOf(dir: string, version: { keep: number } | { future: string }): string {
  const source = migrationsFolder();
  fs.cpSync(source, dir, { recursive: true });
  const journalFile = path.join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as JournalFile;
  if ('keep' in version) {
    journal.entries = journal.entries.slice(0, version.keep);
  } else {
    const last = journal.entries.at(-1);
    if (!last) throw new Error('no migrations');
    journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 86_400_000, tag: version.future });
    fs.writeFileSync(
      path.join(dir, `${version.future}.sql`),
      'CREATE TABLE `future_thing` (`id` integer PRIMARY KEY);',
    );
  }
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  return dir;
}
