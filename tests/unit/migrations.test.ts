import fs from 'node:fs';
import path from 'node:path';
import { is } from 'drizzle-orm';
import { SQLiteTable, getTableConfig } from 'drizzle-orm/sqlite-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase, type Database } from '../../src-main/db/connection';
import { migrationsFolder } from '../../src-main/db/paths';
import * as schema from '../../src-main/db/schema';
import { appendAudit, verifyAuditChain } from '../../src-main/audit/audit-log';
import { auditEntries, countRows, makeTempDir, openTestDatabase, removeDir, tableNames } from '../helpers/app';

interface JournalEntry {
  idx: number;
  tag: string;
  when: number;
}

const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder(), 'meta', '_journal.json'), 'utf8')) as {
  entries: JournalEntry[];
};

/** Every table DESIGN.md names (the schema may hold more). */
const designTables = [
  'school',
  'setting',
  'academic_year',
  'period',
  'staff',
  'user',
  'session',
  'login_attempt',
  'class',
  'student',
  'guardian',
  'enrollment',
  'subject',
  'class_subject',
  'subgroup',
  'subgroup_member',
  'timetable_slot',
  'plan_topic',
  'lesson',
  'mark',
  'attendance',
  'period_mark',
  'audit_entry',
  'backup_record',
  'printed_document',
];

const applied = (db: Database) =>
  db.sqlite.prepare('select id, hash, created_at as createdAt from __drizzle_migrations order by id').all() as {
    id: number;
    hash: string;
    createdAt: number;
  }[];

/** The whole schema as SQLite keeps it: tables, indexes and triggers with their SQL. */
const schemaOf = (db: Database) =>
  db.sqlite.prepare(`select type, name, tbl_name as tbl, sql from sqlite_master order by type, name`).all();

const triggers = (db: Database) =>
  (
    db.sqlite.prepare(`select name from sqlite_master where type = 'trigger' order by name`).all() as { name: string }[]
  ).map((r) => r.name);

describe('migrations', () => {
  let dir: string;
  let file: string;
  const open: Database[] = [];
  const openDb = (folder?: string) => {
    const db = openTestDatabase(file, folder);
    open.push(db);
    return db;
  };

  beforeEach(() => {
    dir = makeTempDir('mektep-migrations-');
    file = path.join(dir, 'nested', 'journal.sqlite');
  });
  afterEach(() => {
    for (const db of open.splice(0)) closeDatabase(db);
    removeDir(dir);
  });

  it('has a journal with at least the init and the append-only migrations', () => {
    expect(journal.entries.map((e) => e.tag).slice(0, 2)).toEqual(['0000_init', '0001_audit_append_only']);
    expect(journal.entries.map((e) => e.idx)).toEqual(journal.entries.map((_, i) => i));
    for (const entry of journal.entries) {
      expect(fs.existsSync(path.join(migrationsFolder(), `${entry.tag}.sql`)), entry.tag).toBe(true);
    }
  });

  it('migrates an empty file (creating its folder) to every table of the design', () => {
    expect(fs.existsSync(file)).toBe(false);
    const db = openDb();
    expect(fs.existsSync(file)).toBe(true);
    const tables = tableNames(db);
    for (const table of designTables) expect(tables, table).toContain(table);
    expect(applied(db)).toHaveLength(journal.entries.length);
    expect(db.schemaVersion).toBe(journal.entries.at(-1)?.tag);
    expect(triggers(db)).toEqual(expect.arrayContaining(['audit_entry_no_delete', 'audit_entry_no_update']));
    // A new database holds no data at all.
    for (const table of tables.filter((name) => name !== '__drizzle_migrations'))
      expect(countRows(db, table), table).toBe(0);
  });

  it('is idempotent: opening again changes neither the schema nor the migration log, nor the data', () => {
    const first = openDb();
    const schemaBefore = schemaOf(first);
    const log = applied(first);
    first.sqlite.prepare(`insert into school (name_ky, name_ru) values (?, ?)`).run('Мектеп', 'Школа');
    closeDatabase(first);

    for (let i = 0; i < 2; i += 1) {
      const again = openDb();
      expect(schemaOf(again)).toEqual(schemaBefore);
      expect(applied(again)).toEqual(log);
      expect(countRows(again, 'school')).toBe(1);
      closeDatabase(again);
    }
  });

  it('creates every table and column that the drizzle schema declares (no schema change without a migration)', () => {
    const db = openDb();
    for (const value of Object.values(schema)) {
      if (!is(value, SQLiteTable)) continue;
      const config = getTableConfig(value);
      const columns = (
        db.sqlite.prepare(`select name from pragma_table_info(?)`).all(config.name) as { name: string }[]
      ).map((c) => c.name);
      expect(columns.length, `table ${config.name}`).toBeGreaterThan(0);
      expect(columns.sort(), `columns of ${config.name}`).toEqual(config.columns.map((c) => c.name).sort());
    }
  });

  it('opens with WAL, foreign keys on, synchronous FULL and a busy timeout', () => {
    const db = openDb();
    expect(db.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.sqlite.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.sqlite.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
  });

  it('enforces foreign keys: a mark for a lesson that does not exist is refused', () => {
    const db = openDb();
    const insertMark = db.sqlite.prepare(`insert into mark (lesson_id, student_id, value) values (?, ?, '5')`);
    expect(() => insertMark.run(4242, 4242)).toThrow(/FOREIGN KEY constraint failed/);
    expect(countRows(db, 'mark')).toBe(0);
    // And an audit entry cannot name a user that does not exist.
    expect(() =>
      db.sqlite
        .prepare(
          `insert into audit_entry (at, user_id, action, prev_hash, hash) values ('2025-10-06', 99, 'x', '0', '1')`,
        )
        .run(),
    ).toThrow(/FOREIGN KEY constraint failed/);
  });

  it('passes the integrity and foreign key checks', () => {
    const db = openDb();
    expect(db.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.sqlite.pragma('foreign_key_check')).toEqual([]);
  });

  it('refuses to create a file when told it must exist', () => {
    expect(() => openDatabase(file, { migrationsFolder: migrationsFolder(), mustExist: true })).toThrow(/not found/);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('migrates a database of the previous version forward, keeping its rows, and the new triggers work', () => {
    // The migrations folder as it was one migration ago: the same files, the journal cut short.
    const previous = path.join(dir, 'drizzle-previous');
    fs.cpSync(migrationsFolder(), previous, { recursive: true });
    const cut = { ...journal, entries: journal.entries.slice(0, -1) };
    fs.writeFileSync(path.join(previous, 'meta', '_journal.json'), JSON.stringify(cut, null, 2));

    const old = openDb(previous);
    expect(applied(old)).toHaveLength(journal.entries.length - 1);
    expect(old.schemaVersion).toBe(cut.entries.at(-1)?.tag);
    const at = new Date('2025-10-06T08:00:00.000Z');
    old.sqlite.prepare(`insert into school (name_ky, name_ru) values (?, ?)`).run('Мектеп', 'Школа');
    appendAudit(old.orm, { action: 'test.first', entity: 'school', entityId: 1, after: { name: 'Мектеп' } }, at);
    appendAudit(old.orm, { action: 'test.second', reason: 'before the upgrade' }, at);
    const rowsBefore = auditEntries(old);
    const oldSchema = schemaOf(old);
    closeDatabase(old);

    const db = openDb();
    expect(applied(db)).toHaveLength(journal.entries.length);
    expect(db.schemaVersion).toBe(journal.entries.at(-1)?.tag);
    // The last migration really ran on this file.
    expect(schemaOf(db)).not.toEqual(oldSchema);
    expect(auditEntries(db)).toEqual(rowsBefore);
    expect(countRows(db, 'school')).toBe(1);
    expect(verifyAuditChain(db)).toEqual({ ok: true, entries: 2 });

    // The append-only triggers of 0001 guard the rows written before they existed.
    expect(() => db.sqlite.prepare(`update audit_entry set action = 'forged' where id = 1`).run()).toThrow(
      /append-only/,
    );
    expect(() => db.sqlite.prepare(`delete from audit_entry where id = 2`).run()).toThrow(/append-only/);
    expect(auditEntries(db)).toEqual(rowsBefore);
    // And the chain goes on from the old entries.
    appendAudit(db.orm, { action: 'test.third' }, at);
    expect(auditEntries(db)[2]?.prevHash).toBe(rowsBefore[1]?.hash);
    expect(verifyAuditChain(db)).toEqual({ ok: true, entries: 3 });
  });
});
