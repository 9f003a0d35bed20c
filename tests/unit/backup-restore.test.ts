import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src-main/api/context';
import { BackupError } from '../../src-main/backup/errors';
import { setPassphrase } from '../../src-main/backup/passphrase';
import { inspectBackup, restoreBackup } from '../../src-main/backup/restore-service';
import { BackupService } from '../../src-main/backup/service';
import { verifyBackupFile } from '../../src-main/backup/verify';
import type { WrittenBackup } from '../../src-main/backup/write';
import { closeDatabase, type Database } from '../../src-main/db/connection';
import { migrationsFolder } from '../../src-main/db/paths';
import { makeTempDir, removeDir } from '../helpers/app';
import { demoDatabase, demoNow } from '../helpers/print';
import { digestOf, flipped, folderBytes, passphrase, rowDigests } from './backup-support';

/**
 * Restore on the demo school: backup → change → restore gives back every row of every table as it
 * was, in the same open handle; a safety copy holds what was replaced. A wrong passphrase or a
 * damaged file changes nothing. (Backups of other program versions: backup-restore-versions.test.ts.)
 */

const by = { userId: null, login: 'test', address: null };

function refusal(work: () => unknown): BackupError {
  try {
    work();
  } catch (error) {
    if (error instanceof BackupError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('restoring a backup', () => {
  let dir: string;
  let db: Database;
  let app: AppContext;
  let service: BackupService;
  let folder: string;
  let backup: WrittenBackup;
  let atBackup: Record<string, string>;

  beforeAll(() => {
    dir = makeTempDir('mektep-restore-');
    db = demoDatabase(dir);
    app = { db, now: () => demoNow };
    service = new BackupService(app, { migrationsFolder: migrationsFolder() });
    folder = service.folder();
    setPassphrase(db, passphrase, demoNow, null);
    atBackup = rowDigests(db);
    backup = service.backupNow('manual', null);
  }, 60_000);
  afterAll(() => {
    closeDatabase(db);
    removeDir(dir);
  });

  /** Refused: the data, the folder and the files beside the database are as they were. */
  function expectNothingChanged(attempt: () => BackupError, reason: string) {
    const rows = rowDigests(db);
    const files = folderBytes(folder);
    const beside = fs.readdirSync(dir).sort();
    expect(attempt().reason).toBe(reason);
    expect(rowDigests(db)).toEqual(rows);
    expect(folderBytes(folder)).toEqual(files);
    expect(fs.readdirSync(dir).sort()).toEqual(beside);
  }

  it('says what a backup holds, checked whole, before anything is done', () => {
    const contents = inspectBackup(service, backup.name, passphrase);
    expect(contents).toMatchObject({
      fileName: backup.name,
      bytes: backup.bytes,
      createdAt: demoNow.toISOString(),
      school: { nameKy: 'Демо мектеп', nameRu: 'Демо школа' },
      programVersion: '0.1.0',
      schemaVersion: db.schemaVersion,
      protection: 'passphrase',
      newerProgram: false,
    });
    expect(contents.counts.student).toBe(832);
    expect(contents.counts.mark).toBe(db.sqlite.prepare('select count(*) from mark').pluck().get());
    expect(contents.counts.class).toBe(30);
  });

  it('refuses a wrong passphrase and a damaged file, changing nothing', () => {
    expectNothingChanged(
      () => refusal(() => restoreBackup(service, backup.name, 'not the passphrase', by)),
      'wrongPassphrase',
    );
    expectNothingChanged(() => refusal(() => restoreBackup(service, backup.name, undefined, by)), 'passphraseRequired');
    const original = fs.readFileSync(backup.file);
    const damaged = flipped(original, Math.floor(original.length / 2), 0x40);
    const name = 'mektep-20261123-000000.mjb';
    fs.writeFileSync(path.join(folder, name), damaged);
    expectNothingChanged(() => refusal(() => restoreBackup(service, name, passphrase, by)), 'damaged');
    fs.rmSync(path.join(folder, name));
    expectNothingChanged(
      () => refusal(() => restoreBackup(service, 'mektep-20000101-000000.mjb', passphrase, by)),
      'notFound',
    );
  }, 120_000);

  it('gives back every row of every table, in the same open handle, with a safety copy of what it replaced', () => {
    // Changes after the backup: a pupil renamed, a mark taken back, a setting stored.
    db.sqlite.prepare(`update student set surname = 'Өзгөртүлгөн' where id = 1`).run();
    db.sqlite.prepare(`delete from mark where id = (select max(id) from mark)`).run();
    db.sqlite.prepare(`insert into setting (key, value) values ('test.after', '1')`).run();
    const changed = rowDigests(db);
    expect(changed).not.toEqual(atBackup);

    const result = restoreBackup(service, backup.name, passphrase, {
      userId: null,
      login: 'admin',
      address: '127.0.0.1',
    });
    expect(result.restoredFrom).toBe(backup.name);
    expect(db.sqlite.open).toBe(true);
    expect(db.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');

    const now = rowDigests(db);
    for (const table of Object.keys(atBackup)) {
      if (table === 'audit_entry' || table === 'backup_record') continue;
      expect(now[table], table).toEqual(atBackup[table]);
    }
    // The trail goes on from the backup's, with the restore itself at its end.
    const trail = db.sqlite.prepare('select * from audit_entry order by id').all();
    expect(
      digestOf(
        trail
          .slice(0, -1)
          .map((row) => JSON.stringify(row))
          .sort(),
      ),
    ).toBe(atBackup.audit_entry);
    expect(trail.at(-1)).toMatchObject({ action: 'backup.restore', actor: 'admin', entity_id: backup.name });
    // This computer's record of backups is carried over: the backup and the safety copy.
    const records = db.sqlite.prepare(`select file_name as name, reason, status from backup_record order by id`).all();
    expect(records).toEqual([
      { name: backup.name, reason: 'manual', status: 'ok' },
      { name: result.safetyCopy, reason: 'before_risky', status: 'ok' },
    ]);

    // The safety copy holds the database as it was just before, changes included.
    const safety = verifyBackupFile(path.join(folder, result.safetyCopy), { passphrase });
    const before = rowDigests(safety.database);
    for (const table of ['student', 'mark', 'setting']) expect(before[table], table).toEqual(changed[table]);
    // Nothing is left beside the database but the database and its own files.
    expect(fs.readdirSync(dir).filter((n) => /restore|before-restore/.test(n))).toEqual([]);
  }, 60_000);
});
