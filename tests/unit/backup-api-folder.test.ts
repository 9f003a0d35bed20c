import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installBackups } from '../../src-main/backup/scheduler';
import type { BackupService } from '../../src-main/backup/service';
import { migrationsFolder } from '../../src-main/db/paths';
import { expectError, expectOk, type TestApp } from '../helpers/app';
import { smallSchool } from './backup-support';

/**
 * The backup folder and the failures of a backup through the router: a folder must be absolute and
 * writable; a job that cannot write says why, and the status shows it; the risky actions' hook makes
 * a checked backup.
 */
describe('the backup folder and failures', () => {
  let t: TestApp;
  let service: BackupService;
  let admin: string;

  beforeAll(() => {
    const school = smallSchool();
    t = school.t;
    admin = school.f.administrator.token;
    installBackups(t.app, { migrationsFolder: migrationsFolder() });
    service = t.app.backups as BackupService;
  });
  afterAll(() => t.close());

  const status = () => expectOk(t.call('backup.status', undefined, admin));
  const fieldError = (result: ReturnType<TestApp['call']>) => {
    const error = expectError(result, 'INVALID_INPUT');
    return (error.fields ?? []).map((field) => `${field.path}: ${field.message}`);
  };

  it('refuse a folder that is not absolute; store one that is', () => {
    expect(fieldError(t.call('backup.configure', { folder: 'relative/folder' }, admin))).toEqual([
      'folder: validation.backup.folderInvalid',
    ]);
    const other = path.join(t.dir, 'second-disk');
    expect(expectOk(t.call('backup.configure', { folder: other }, admin))).toMatchObject({
      folder: other,
      folderIsDefault: false,
    });
    expect(fs.existsSync(other)).toBe(true);
    expect(expectOk(t.call('backup.configure', { folder: null }, admin))).toMatchObject({ folderIsDefault: true });
  });

  it('make a checked backup before a risky action through the app’s hook', () => {
    t.app.backupBeforeRisky?.('import');
    const last = t.db.sqlite.prepare('select reason, status from backup_record order by id desc limit 1').get();
    expect(last).toEqual({ reason: 'before_risky', status: 'ok' });
  });

  it('report a failed job with its reason, and show the failure in the status', async () => {
    const blocker = path.join(t.dir, 'a-file');
    fs.writeFileSync(blocker, '');
    t.db.sqlite
      .prepare(`insert into setting (key, value) values ('backup.folder', ?)`)
      .run(JSON.stringify(path.join(blocker, 'x')));
    const started = expectOk(t.call('backup.start', undefined, admin));
    await service.whenIdle();
    const failed = expectOk(t.call('backup.job', { jobId: started.jobId }, admin));
    expect(failed).toMatchObject({ state: 'failed', error: { key: 'validation.backup.writeFailed' } });
    expect(status().lastFailure?.error).toMatch(/could not be written/);
    t.db.sqlite.prepare(`delete from setting where key = 'backup.folder'`).run();
  });
});
