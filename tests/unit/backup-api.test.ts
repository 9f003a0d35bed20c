import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackupStatus } from '../../src-main/api/contract/backup';
import { installBackups } from '../../src-main/backup/scheduler';
import type { BackupService } from '../../src-main/backup/service';
import { migrationsFolder } from '../../src-main/db/paths';
import { roles } from '../../src-main/api/contract';
import { auditEntries, expectError, expectOk, signIn, type Staffed, type TestApp } from '../helpers/app';
import { smallSchool } from './backup-support';

/**
 * The backup calls through the router, as the Backup screen makes them: only the administrator may;
 * the passphrase is set with the administrator's own password and is stored and audited nowhere; a
 * backup is a job; the status says when the last one was and warns after N days; a file is checked
 * and restored with the passphrase.
 */

const backupCalls = [
  'backup.status',
  'backup.start',
  'backup.job',
  'backup.list',
  'backup.inspect',
  'backup.restore',
  'backup.setPassphrase',
  'backup.configure',
] as const;
const schoolPassphrase = 'Биздин мектептин сыры 2026';
const dayMs = 86_400_000;

describe('the backup calls', () => {
  let t: TestApp;
  let f: Staffed;
  let service: BackupService;
  let admin: string;
  let fileName = '';

  beforeAll(() => {
    ({ t, f } = smallSchool());
    installBackups(t.app, { migrationsFolder: migrationsFolder() });
    service = t.app.backups as BackupService;
    admin = f.administrator.token;
  });
  afterAll(() => t.close());

  const status = () => expectOk(t.call('backup.status', undefined, admin));
  const fieldError = (result: ReturnType<TestApp['call']>) => {
    const error = expectError(result, 'INVALID_INPUT');
    return (error.fields ?? []).map((field) => `${field.path}: ${field.message}`);
  };

  it('are for the administrator only', () => {
    for (const name of backupCalls) {
      expectError(t.dispatch(name, {}, null).result, 'UNAUTHENTICATED');
      for (const role of roles.filter((r) => r !== 'administrator')) {
        expectError(t.dispatch(name, {}, f[role].token).result, 'FORBIDDEN');
      }
    }
    expect(fs.existsSync(service.folder())).toBe(false);
  });

  it('say at first that there has never been a backup, into the folder beside the database', () => {
    expect(status()).toMatchObject<Partial<BackupStatus>>({
      folder: path.join(t.dir, 'backups'),
      folderIsDefault: true,
      warnAfterDays: 3,
      intervalHours: 4,
      passphraseSet: false,
      last: null,
      daysSinceLast: null,
      warning: 'never',
      lastFailure: null,
      drives: [],
      job: null,
    });
  });

  it('set the passphrase only with the administrator’s password, never storing or auditing it', () => {
    const password = f.administrator.password;
    expect(
      fieldError(t.call('backup.setPassphrase', { passphrase: schoolPassphrase, password: 'wrong' }, admin)),
    ).toEqual(['password: validation.backup.passwordWrong']);
    expect(fieldError(t.call('backup.setPassphrase', { passphrase: 'short one', password }, admin))).toEqual([
      'passphrase: validation.backup.passphraseTooShort',
    ]);
    expect(status().passphraseSet).toBe(false);

    const { setAt } = expectOk(t.call('backup.setPassphrase', { passphrase: schoolPassphrase, password }, admin));
    expect(setAt).toBe(t.clock.now().toISOString());
    expect(status()).toMatchObject({ passphraseSet: true, passphraseSetAt: setAt });
    const entry = auditEntries(t.db).at(-1);
    expect(entry).toMatchObject({ action: 'backup.setPassphrase', entity: 'backup.passphrase', actor: 'admin' });
    expect(JSON.parse(entry?.after ?? 'null')).toEqual({ setAt, replaced: false });

    // Nowhere in the database, its log or its key file: not the passphrase, not the password.
    t.db.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const stored = fs.readdirSync(t.dir).filter((n) => n.startsWith('journal.sqlite'));
    for (const name of stored) {
      const bytes = fs.readFileSync(path.join(t.dir, name));
      expect(bytes.includes(Buffer.from(schoolPassphrase)), name).toBe(false);
      expect(bytes.includes(Buffer.from(password)), name).toBe(false);
    }
  });

  it('make a backup as a job the screen follows, and record who started it', async () => {
    const started = expectOk(t.call('backup.start', undefined, admin));
    expect(started).toMatchObject({ state: 'running', fraction: 0, fileName: null, error: null });
    // Asked again while it runs: the same job.
    expect(expectOk(t.call('backup.start', undefined, admin)).jobId).toBe(started.jobId);
    expect(status().job?.jobId).toBe(started.jobId);
    await service.whenIdle();
    const done = expectOk(t.call('backup.job', { jobId: started.jobId }, admin));
    expect(done).toMatchObject({ state: 'done', fraction: 1, error: null });
    fileName = done.fileName ?? '';
    expect(fs.statSync(path.join(service.folder(), fileName)).size).toBe(done.bytes);
    expectError(t.call('backup.job', { jobId: 'nope' }, admin), 'NOT_FOUND');
    const starts = auditEntries(t.db).filter((e) => e.action === 'backup.start');
    expect(starts).toHaveLength(2);
    expect(starts[0]).toMatchObject({ actor: 'admin', entity: 'backup', entityId: started.jobId });
  });

  it('show the last checked backup, and warn when there has been none for N days', () => {
    const now = t.clock.now().toISOString();
    expect(status()).toMatchObject({
      last: { at: now, fileName, folder: service.folder(), protection: 'passphrase' },
      daysSinceLast: 0,
      warning: 'none',
      job: null,
    });
    // Days later the session has ended: the administrator signs in again.
    t.clock.advance(3 * dayMs - 1);
    admin = signIn(t, 'admin', f.administrator.password);
    expect(status()).toMatchObject({ daysSinceLast: 2, warning: 'none' });
    t.clock.advance(1);
    expect(status()).toMatchObject({ daysSinceLast: 3, warning: 'stale' });
    expectOk(t.call('backup.configure', { warnAfterDays: 7 }, admin));
    expect(status()).toMatchObject({ warnAfterDays: 7, warning: 'none' });
  });

  it('list the folder’s backups with what their headers say', () => {
    const list = expectOk(t.call('backup.list', undefined, admin));
    expect(list).toEqual([
      expect.objectContaining({
        fileName,
        protection: 'passphrase',
        verified: true,
        unreadable: false,
        school: { nameKy: '№5 орто мектеби', nameRu: 'Средняя школа №5' },
        programVersion: '0.1.0',
        schemaVersion: t.db.schemaVersion,
      }),
    ]);
  });

  it('check a file with the passphrase and say what it holds; a wrong one is refused beside its field', () => {
    expect(fieldError(t.call('backup.inspect', { fileName }, admin))).toEqual([
      'passphrase: validation.backup.passphraseRequired',
    ]);
    expect(fieldError(t.call('backup.inspect', { fileName, passphrase: 'not it at all' }, admin))).toEqual([
      'passphrase: validation.backup.wrongPassphrase',
    ]);
    expect(fieldError(t.call('backup.inspect', { fileName: '../journal.sqlite' }, admin))).toEqual([
      'fileName: validation.backup.notFound',
    ]);
    const contents = expectOk(t.call('backup.inspect', { fileName, passphrase: schoolPassphrase }, admin));
    expect(contents).toMatchObject({ fileName, protection: 'passphrase', newerProgram: false });
    expect(contents.counts).toMatchObject({ user: 4, staff: 4, class: 0, student: 0 });
  });

  it('restore a file with the passphrase, keeping a safety copy, and audit it', () => {
    expectOk(t.call('backup.configure', { intervalHours: 12 }, admin));
    const result = expectOk(t.call('backup.restore', { fileName, passphrase: schoolPassphrase }, admin));
    expect(result.restoredFrom).toBe(fileName);
    expect(fs.existsSync(path.join(service.folder(), result.safetyCopy))).toBe(true);
    // The restored database holds the sessions of its day: this one began later, so it must sign in again.
    expectError(t.call('backup.status', undefined, admin), 'UNAUTHENTICATED');
    admin = signIn(t, 'admin', f.administrator.password);
    const after = status();
    expect(after.passphraseSet).toBe(true);
    // This computer's settings are carried over, not taken back to the backup's.
    expect(after.intervalHours).toBe(12);
    expect(auditEntries(t.db).at(-2)).toMatchObject({ action: 'backup.restore', actor: 'admin', entityId: fileName });
    expect(auditEntries(t.db).at(-1)).toMatchObject({ action: 'session.signIn', actor: 'admin' });
  });
});
