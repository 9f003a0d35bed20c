import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackupError } from '../../src-main/backup/errors';
import { BackupService } from '../../src-main/backup/service';
import { backupStatus } from '../../src-main/backup/status';
import { verifyBackupFile } from '../../src-main/backup/verify';
import { isBackupName, writeBackup, type WrittenBackup } from '../../src-main/backup/write';
import { migrationsFolder } from '../../src-main/db/paths';
import type { TestApp } from '../helpers/app';
import { faultyFs, type FaultCall } from './backup-fault-fs';
import { folderBytes, passphrase, smallSchool, writeRequest } from './backup-support';

/**
 * Writing a backup where the disk fails: a pulled drive, a full disk, a read-only folder, a drive
 * that keeps wrong bytes. A fault is put at every call that changes the disk, one run each; after
 * every run the folder holds nothing under a backup's name that is not a complete, checked backup,
 * and the backup written before is byte for byte as it was.
 */

const maxWrite = 2048;

describe('a backup interrupted at any point', () => {
  let t: TestApp;
  let folder: string;
  let previous: WrittenBackup;
  let previousBytes: Buffer;
  let cleanCalls: FaultCall[];

  beforeAll(() => {
    ({ t } = smallSchool());
    folder = path.join(t.dir, 'backups');
    previous = writeBackup(writeRequest(t.db, folder));
    previousBytes = fs.readFileSync(previous.file);
    const probe = faultyFs(null, { maxWrite });
    const clean = writeBackup(writeRequest(t.db, path.join(t.dir, 'probe'), { fs: probe }));
    cleanCalls = [...probe.calls];
    expect(clean.bytes).toBe(previous.bytes);
  });
  afterAll(() => t.close());

  /** What a run may leave: the previous backup untouched, and only complete checked backups. */
  function expectFolderSound(): string[] {
    expect(fs.readFileSync(previous.file).equals(previousBytes)).toBe(true);
    const names = fs.readdirSync(folder).filter(isBackupName);
    for (const name of names) verifyBackupFile(path.join(folder, name), { passphrase });
    return names;
  }

  it('makes, for a file of several writes, the calls create, write…, fsync, close, rename, fsync of the folder', () => {
    const writes = Math.ceil(previous.bytes / maxWrite);
    expect(writes).toBeGreaterThan(3);
    expect(cleanCalls).toEqual([
      'create',
      ...Array<FaultCall>(writes).fill('write'),
      'fsync',
      'close',
      'rename',
      'fsyncFolder',
    ]);
  });

  for (const mode of ['once', 'dead'] as const) {
    it(`never leaves a complete-looking file nor harms the last backup, a fault at each call (${mode})`, () => {
      const outcomes: string[] = [];
      for (let at = 0; at < cleanCalls.length; at++) {
        const code = cleanCalls[at] === 'write' ? 'ENOSPC' : 'EIO';
        const request = writeRequest(t.db, folder, { fs: faultyFs({ at, mode, code }, { maxWrite }) });
        let result: WrittenBackup | null = null;
        try {
          result = writeBackup(request);
        } catch (error) {
          expect(error, `call ${at}`).toBeInstanceOf(BackupError);
          expect((error as BackupError).reason, `call ${at}`).toBe('writeFailed');
          expect((error as BackupError).message).toContain(code);
          outcomes.push(`${cleanCalls[at]}: failed`);
        }
        const names = expectFolderSound();
        if (result) {
          // Only a failed fsync of the folder comes after the rename: the file is whole and checked.
          expect(cleanCalls[at]).toBe('fsyncFolder');
          expect(names).toEqual([previous.name, result.name].sort());
          outcomes.push(`${cleanCalls[at]}: written`);
          fs.rmSync(result.file);
        } else {
          expect(names).toEqual([previous.name]);
        }
        const leftovers = fs.readdirSync(folder).filter((n) => n !== previous.name);
        // A drive that is gone cannot have its temporary file removed; it keeps its incomplete name.
        if (mode === 'once') expect(leftovers).toEqual([]);
        for (const name of leftovers) {
          expect(name.endsWith('.mjb.part')).toBe(true);
          fs.rmSync(path.join(folder, name));
        }
      }
      expect(outcomes).toHaveLength(cleanCalls.length);
      expect(outcomes.at(-1)).toBe('fsyncFolder: written');
      expect(outcomes.filter((o) => o.endsWith('failed'))).toHaveLength(cleanCalls.length - 1);
    });
  }

  it('refuses a read-only folder with the system’s reason, writing nothing', () => {
    const before = folderBytes(folder);
    const readOnly = faultyFs({ at: 0, mode: 'dead', code: 'EROFS' });
    expect(() => writeBackup(writeRequest(t.db, folder, { fs: readOnly }))).toThrow(/could not be written.*EROFS/);
    expect(folderBytes(folder)).toEqual(before);
  });

  it('removes a backup that does not read back as written, records it as failed, and says so', () => {
    const service = new BackupService(t.app, {
      migrationsFolder: migrationsFolder(),
      fs: faultyFs(null, { corrupt: true }),
    });
    t.db.sqlite.prepare(`insert into setting (key, value) values ('backup.folder', ?)`).run(JSON.stringify(folder));
    const before = folderBytes(folder);
    let refusal: unknown = null;
    try {
      service.backupNow('manual', null);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(BackupError);
    expect((refusal as BackupError).reason).toBe('verifyFailed');
    expect((refusal as BackupError).message).toMatch(/did not read back correctly; it was removed/);
    expect(folderBytes(folder)).toEqual(before);
    const record = t.db.sqlite.prepare(`select * from backup_record order by id desc limit 1`).get() as Record<
      string,
      unknown
    >;
    expect(record).toMatchObject({ status: 'failed', target_kind: 'local', target_path: folder, reason: 'manual' });
    expect(String(record.error)).toContain('did not read back correctly');
    expect(backupStatus(service).lastFailure?.error).toContain('did not read back correctly');
  });
});
