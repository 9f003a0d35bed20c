import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackupError } from '../../src-main/backup/errors';
import { inspectBackup, restoreBackup } from '../../src-main/backup/restore-service';
import { backupsOf } from '../../src-main/backup/scheduler';
import type { BackupService } from '../../src-main/backup/service';
import { setPassphrase } from '../../src-main/backup/passphrase';
import { writeBackup } from '../../src-main/backup/write';
import { closeDatabase, openDatabase } from '../../src-main/db/connection';
import { migrationsFolder } from '../../src-main/db/paths';
import type { TestApp } from '../helpers/app';
import {
  allRows,
  folderBytes,
  migrationsOf,
  passphrase,
  rowDigests,
  smallSchool,
  writeRequest,
} from './backup-support';

/**
 * Backups made by other versions of the program: a newer one's is refused with its own message and
 * nothing changes; an older one's is migrated on opening; a file that will not open puts the old
 * database back in place, in the same handle.
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

describe('restoring a backup of another program version', () => {
  let t: TestApp;
  let service: BackupService;
  let folder: string;

  beforeAll(() => {
    ({ t } = smallSchool());
    service = backupsOf(t.app);
    folder = service.folder();
    setPassphrase(t.db, passphrase, t.clock.now(), null);
  });
  afterAll(() => t.close());

  const besideDatabase = () => fs.readdirSync(t.dir).filter((n) => /restore/.test(n));

  it('refuses a backup made by a newer program, with its own message, changing nothing', () => {
    const newer = openDatabase(path.join(t.dir, 'newer', 'journal.sqlite'), {
      migrationsFolder: migrationsOf(path.join(t.dir, 'newer-migrations'), { future: '0099_future' }),
    });
    const written = writeBackup(writeRequest(newer, folder));
    closeDatabase(newer);
    expect(written.header.schemaVersion).toBe('0099_future');
    expect(inspectBackup(service, written.name, passphrase).newerProgram).toBe(true);

    const rows = rowDigests(t.db);
    const files = folderBytes(folder);
    const error = refusal(() => restoreBackup(service, written.name, passphrase, by));
    expect(error.reason).toBe('newerSchema');
    expect(error.message).toMatch(/newer version of Mektep Journal: update the program to restore it/);
    expect(rowDigests(t.db)).toEqual(rows);
    // Refused before the safety copy: the folder is as it was.
    expect(folderBytes(folder)).toEqual(files);
    fs.rmSync(written.file);
  });

  it('migrates a backup made by an older program', () => {
    const older = openDatabase(path.join(t.dir, 'older', 'journal.sqlite'), {
      migrationsFolder: migrationsOf(path.join(t.dir, 'older-migrations'), { keep: 2 }),
    });
    older.sqlite.prepare(`insert into school (name_ky, name_ru) values ('Эски мектеп', 'Старая школа')`).run();
    const written = writeBackup(writeRequest(older, folder));
    closeDatabase(older);
    expect(written.header.schemaVersion).toBe('0001_audit_append_only');
    restoreBackup(service, written.name, passphrase, by);
    const current = openDatabase(t.file, { migrationsFolder: migrationsFolder(), readOnly: true });
    expect(t.db.schemaVersion).toBe(current.schemaVersion);
    closeDatabase(current);
    expect(t.db.sqlite.prepare('select name_ru from school').pluck().all()).toEqual(['Старая школа']);
    // The columns migration 0002 adds are there.
    const facts = t.db.sqlite.prepare(
      `select count(*) from pragma_table_info('printed_document') where name = 'facts'`,
    );
    expect(facts.pluck().get()).toBe(1);
    expect(besideDatabase()).toEqual([]);
  });

  it('puts the old database back when the restored one will not open, and says so', () => {
    const rows = allRows(t.db);
    const digests = rowDigests(t.db);
    // A database whose migration log claims a later migration than its header says.
    const odd = openDatabase(path.join(t.dir, 'odd', 'journal.sqlite'), { migrationsFolder: migrationsFolder() });
    odd.sqlite.prepare(`insert into __drizzle_migrations (hash, created_at) values ('later', 99999999999999)`).run();
    const written = writeBackup(writeRequest(odd, folder));
    closeDatabase(odd);
    const error = refusal(() => restoreBackup(service, written.name, passphrase, by));
    expect(error.reason).toBe('reopenFailed');
    expect(error.message).toMatch(/could not be opened; the previous one was put back.*newer version/);
    expect(t.db.sqlite.open).toBe(true);
    // As it was, but for the safety copy's record.
    expect({ ...rowDigests(t.db), backup_record: '' }).toEqual({ ...digests, backup_record: '' });
    expect(t.db.sqlite.prepare('select count(*) from backup_record').pluck().get()).toBe(
      (rows.backup_record?.length ?? 0) + 1,
    );
    expect(besideDatabase()).toEqual([]);
  });
});
