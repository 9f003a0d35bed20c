import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { driveFolderName } from '../../src-main/backup/drives/copy';
import { FolderWatcher } from '../../src-main/backup/drives/folder-watcher';
import { installBackups, type BackupScheduler } from '../../src-main/backup/scheduler';
import type { BackupService } from '../../src-main/backup/service';
import { verifyBackupFile } from '../../src-main/backup/verify';
import { migrationsFolder } from '../../src-main/db/paths';
import { auditEntries, expectError, expectOk, type Staffed, type TestApp } from '../helpers/app';
import { smallSchool } from './backup-support';

/**
 * Flash drives through the Backup screen's calls, with a folder standing in for the place drives
 * appear: a plugged drive is offered; marked, it gets the newest passphrase-locked backup, checked,
 * and says "safe to remove"; a backup locked to this computer never goes onto a drive.
 */
describe('flash drives on the Backup screen', () => {
  let t: TestApp;
  let f: Staffed;
  let scheduler: BackupScheduler;
  let service: BackupService;
  let watcher: FolderWatcher;
  let admin: string;
  let root: string;
  let mountPath: string;
  const schoolPassphrase = 'Флешкадагы көчүрмөнүн сыры';

  beforeAll(() => {
    ({ t, f } = smallSchool());
    root = path.join(t.dir, 'media');
    fs.mkdirSync(root);
    mountPath = path.join(root, 'KINGSTON');
    watcher = new FolderWatcher(root);
    scheduler = installBackups(t.app, { migrationsFolder: migrationsFolder(), driveWatcher: watcher });
    service = t.app.backups as BackupService;
    service.drives?.start();
    admin = f.administrator.token;
  });
  afterAll(() => {
    scheduler.stop();
    t.close();
  });

  const drives = () => expectOk(t.call('backup.drives', undefined, admin));
  const fieldError = (result: ReturnType<TestApp['call']>) =>
    (expectError(result, 'INVALID_INPUT').fields ?? []).map((field) => `${field.path}: ${field.message}`);

  it('are the administrator’s only, and list nothing before a drive is plugged in', () => {
    expectError(t.call('backup.drives', undefined, f.deputy.token), 'FORBIDDEN');
    expectError(t.call('backup.markDrive', { mountPath }, f.director.token), 'FORBIDDEN');
    expect(drives()).toEqual({ watching: true, drives: [], marked: [] });
    expect(fieldError(t.call('backup.markDrive', { mountPath }, admin))).toEqual([
      'mountPath: validation.backup.driveNotFound',
    ]);
  });

  it('offer a plugged, unmarked drive and write nothing to it', async () => {
    fs.mkdirSync(mountPath);
    await watcher.poll();
    expect(drives().drives).toEqual([
      expect.objectContaining({ mountPath, label: 'KINGSTON', volumeId: null, present: true, state: 'offered' }),
    ]);
    expect(fs.readdirSync(mountPath)).toEqual([]);
  });

  it('mark it, but never copy a backup that opens only on this computer', async () => {
    service.backupNow('manual', null);
    const marked = expectOk(t.call('backup.markDrive', { mountPath }, admin));
    await service.drives?.whenIdle();
    expect(marked.volumeId).toMatch(/\S/);
    expect(drives().drives[0]).toMatchObject({ state: 'failed', error: { key: 'validation.backup.driveNoBackup' } });
    expect(fs.existsSync(path.join(mountPath, driveFolderName))).toBe(false);
    expect(drives().marked).toEqual([
      expect.objectContaining({ volumeId: marked.volumeId, label: 'KINGSTON', lastCopy: null }),
    ]);
    expect(auditEntries(t.db).at(-1)).toMatchObject({
      action: 'backup.markDrive',
      actor: 'admin',
      entityId: marked.volumeId,
    });
  });

  it('copy the newest passphrase-locked backup once there is one, checked, then say it is safe to remove', async () => {
    expectOk(
      t.call('backup.setPassphrase', { passphrase: schoolPassphrase, password: f.administrator.password }, admin),
    );
    const job = expectOk(t.call('backup.start', undefined, admin));
    await service.whenIdle();
    const fileName = expectOk(t.call('backup.job', { jobId: job.jobId }, admin)).fileName ?? '';

    expectOk(t.call('backup.copyToDrive', { mountPath }, admin));
    await service.drives?.whenIdle();
    const [drive] = drives().drives;
    expect(drive).toMatchObject({ state: 'safeToRemove', fileName, upToDate: false, error: null });
    const copy = path.join(mountPath, driveFolderName, fileName);
    expect(verifyBackupFile(copy, { passphrase: schoolPassphrase }).header.key.kind).toBe('passphrase');
    expect(expectOk(t.call('backup.status', undefined, admin)).drives).toEqual([
      { volumeId: drive?.volumeId, label: 'KINGSTON', at: expect.any(String), fileName },
    ]);
  });

  it('forget a drive that was pulled out, and give a marked drive up', async () => {
    fs.rmSync(mountPath, { recursive: true });
    await watcher.poll();
    expect(drives().drives).toEqual([]);
    const volumeId = drives().marked[0]?.volumeId ?? '';
    expect(expectOk(t.call('backup.unmarkDrive', { volumeId }, admin))).toEqual({ unmarked: true });
    expect(drives().marked).toEqual([]);
    expect(expectOk(t.call('backup.unmarkDrive', { volumeId }, admin))).toEqual({ unmarked: false });
  });
});
