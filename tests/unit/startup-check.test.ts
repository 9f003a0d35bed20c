/**
 * The journal at start, on real SQLite files: fine, held by another copy (a second connection with an
 * exclusive lock), written by a newer version (a migration row this program does not know), damaged
 * (pages overwritten) — and then the latest backup offered and restored, the damaged file kept aside.
 */
import Sqlite from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupsOf } from '../../src-main/backup/scheduler';
import { closeDatabase, NewerDatabaseError, openDatabase } from '../../src-main/db/connection';
import { migrationsFolder } from '../../src-main/db/paths';
import { checkDatabaseAtStart } from '../../src-main/startup/check';
import { latestRestorableBackup, restoreAtStart } from '../../src-main/startup/restore';
import {
  adminCredentials,
  auditEntries,
  expectOk,
  openTestApp,
  removeDir,
  schoolNames,
  setupSchool,
  signIn,
  type TestApp,
} from '../helpers/app';

const migrations = migrationsFolder();
let t: TestApp;
let file: string;
let closed = false;

beforeEach(() => {
  t = openTestApp();
  file = t.file;
  closed = false;
  setupSchool(t);
});
afterEach(() => {
  if (!closed) t.close();
  else removeDir(t.dir);
});

/** Closes the test's connection (its WAL folded into the file), as when the program has ended. */
function endProgram(): void {
  closeDatabase(t.db);
  closed = true;
}

/** Overwrites `pages` pages of the file from page `from` (1-based) with a pattern SQLite cannot read. */
function damage(from: number, pages: number): void {
  const pageSize = 4096;
  const fd = fs.openSync(file, 'r+');
  try {
    fs.writeSync(fd, Buffer.alloc(pageSize * pages, 0xa5), 0, pageSize * pages, pageSize * (from - 1));
  } finally {
    fs.closeSync(fd);
  }
}

const schoolName = (f: string) => {
  const sqlite = new Sqlite(f, { readonly: true });
  try {
    return (sqlite.prepare('select name_ky from school').get() as { name_ky: string }).name_ky;
  } finally {
    sqlite.close();
  }
};

describe('checkDatabaseAtStart', () => {
  it('finds a sound journal fine, and a missing one fine too (it will be made)', () => {
    endProgram();
    expect(checkDatabaseAtStart(file, { migrationsFolder: migrations })).toEqual({ kind: 'ok' });
    expect(checkDatabaseAtStart(path.join(t.dir, 'none.sqlite'), { migrationsFolder: migrations })).toEqual({
      kind: 'ok',
    });
  });

  it('says the journal is locked while another copy holds it, and fine once it lets go', () => {
    endProgram();
    const other = new Sqlite(file);
    other.pragma('locking_mode = EXCLUSIVE');
    other.exec('BEGIN EXCLUSIVE');
    other.exec("insert into setting (key, value, updated_at) values ('x', '1', '2026-01-01')");
    try {
      expect(checkDatabaseAtStart(file, { migrationsFolder: migrations, waitMs: 50 })).toMatchObject({
        kind: 'locked',
      });
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(checkDatabaseAtStart(file, { migrationsFolder: migrations, waitMs: 50 }).kind).toBe('ok');
  });

  it('says the journal is from a newer version when it holds a migration this program does not know', () => {
    const newest = t.db.sqlite.prepare('select max(created_at) from __drizzle_migrations').pluck().get() as number;
    t.db.sqlite
      .prepare('insert into __drizzle_migrations (hash, created_at) values (?, ?)')
      .run('f'.repeat(64), newest + 86_400_000);
    endProgram();
    expect(checkDatabaseAtStart(file, { migrationsFolder: migrations })).toEqual({ kind: 'newer' });
    // The program would refuse it the same way.
    expect(() => openDatabase(file, { migrationsFolder: migrations })).toThrow(NewerDatabaseError);
  });

  it('says the journal is damaged when its pages are overwritten, or its header', () => {
    endProgram();
    const pages = fs.statSync(file).size / 4096;
    expect(pages).toBeGreaterThan(10);
    damage(3, Math.floor(pages / 2));
    expect(checkDatabaseAtStart(file, { migrationsFolder: migrations })).toMatchObject({ kind: 'damaged' });
    damage(1, 1);
    expect(checkDatabaseAtStart(file, { migrationsFolder: migrations })).toMatchObject({ kind: 'damaged' });
  });
});

describe('restoring the latest backup at start', () => {
  it('offers the newest checked backup and restores it, keeping the damaged file aside', () => {
    const backups = backupsOf(t.app);
    backups.backupNow('manual', null);
    t.clock.advanceMinutes(30);
    const newest = backups.backupNow('manual', null);
    endProgram();
    damage(3, 20);
    expect(checkDatabaseAtStart(file, { migrationsFolder: migrations }).kind).toBe('damaged');

    const offered = latestRestorableBackup(file, migrations);
    expect(offered).toMatchObject({ fileName: newest.name, protection: 'install' });
    if (!offered) throw new Error('no backup offered');
    const damagedBytes = fs.readFileSync(file);

    const restored = restoreAtStart(file, offered.file, { migrationsFolder: migrations, now: t.clock.now() });
    expect(restored.restoredFrom).toBe(newest.name);
    expect(fs.readFileSync(restored.setAside).equals(damagedBytes)).toBe(true);
    expect(checkDatabaseAtStart(file, { migrationsFolder: migrations })).toEqual({ kind: 'ok' });
    expect(schoolName(file)).toBe(schoolNames.schoolNameKy);

    const db = openDatabase(file, { migrationsFolder: migrations, mustExist: true });
    try {
      const entry = auditEntries(db).at(-1);
      expect(entry).toMatchObject({ action: 'backup.restore', entityId: newest.name });
    } finally {
      closeDatabase(db);
    }
  });

  it('needs the passphrase for a passphrase-locked backup, and touches nothing without it', () => {
    const token = signIn(t, adminCredentials.login, adminCredentials.password);
    const passphrase = 'Бир мектеп, бир журнал 2026';
    expectOk(t.call('backup.setPassphrase', { passphrase, password: adminCredentials.password }, token));
    backupsOf(t.app).backupNow('manual', null);
    endProgram();
    damage(1, 1);
    const offered = latestRestorableBackup(file, migrations);
    expect(offered?.protection).toBe('passphrase');
    if (!offered) throw new Error('no backup offered');
    const before = fs.readFileSync(file);

    expect(() => restoreAtStart(file, offered.file, { migrationsFolder: migrations, now: t.clock.now() })).toThrow(
      /passphrase/,
    );
    expect(() =>
      restoreAtStart(file, offered.file, {
        migrationsFolder: migrations,
        passphrase: 'wrong one!',
        now: t.clock.now(),
      }),
    ).toThrow();
    expect(fs.readFileSync(file).equals(before)).toBe(true);

    restoreAtStart(file, offered.file, { migrationsFolder: migrations, passphrase, now: t.clock.now() });
    expect(checkDatabaseAtStart(file, { migrationsFolder: migrations })).toEqual({ kind: 'ok' });
    expect(schoolName(file)).toBe(schoolNames.schoolNameKy);
  });

  it('offers nothing when there is no backup', () => {
    endProgram();
    expect(latestRestorableBackup(file, migrations)).toBeNull();
  });
});
