/**
 * Updates through the API, with electron-updater stubbed at its boundary (tests/helpers/fake-updater.ts)
 * and everything else real: the router, the database, the backups, the print jobs. Nothing is
 * downloaded or installed without the specialist's word, the switch stops every internet check, and
 * an installation waits for printing and backups and makes a checked backup first.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupsOf } from '../../src-main/backup/scheduler';
import { UpdateService } from '../../src-main/updates/update-service';
import { fakeUpdaters } from '../helpers/fake-updater';
import {
  auditEntries,
  expectError,
  expectOk,
  openTestApp,
  staffSchool,
  type Staffed,
  type TestApp,
} from '../helpers/app';

let t: TestApp;
let f: Staffed;
let admin: string;

beforeEach(() => {
  t = openTestApp();
  f = staffSchool(t);
  admin = f.administrator.token;
});
afterEach(() => t.close());

/** The program's updates with fakes: `online` as told, the installer run at once (no timer). */
function install(internetVersion: string | null, online = true) {
  const fakes = fakeUpdaters(internetVersion);
  const service = new UpdateService(t.app, {
    currentVersion: '1.2.0',
    updaterFor: fakes.factory,
    isOnline: () => online,
    later: (work) => work(),
  });
  t.app.updates = service;
  return { service, fakes };
}

const beforeRisky = () =>
  t.db.sqlite
    .prepare("select count(*) from backup_record where reason = 'before_risky' and status = 'ok'")
    .pluck()
    .get();

describe('consent', () => {
  it('checks without downloading, downloads only the version agreed to, installs only when told', async () => {
    const { service, fakes } = install('1.3.0');
    const checked = expectOk(t.call('updates.check', undefined, admin));
    expect(checked).toMatchObject({ supported: true, currentVersion: '1.2.0', phase: 'available', version: '1.3.0' });
    await service.whenIdle();
    const updater = fakes.made[0];
    if (!updater) throw new Error('no updater made');
    // The consent switches were off before the updater was first asked anything.
    expect(updater.calls).toEqual([{ name: 'checkForUpdates', autoDownload: false, autoInstallOnAppQuit: false }]);
    expect(expectOk(t.call('updates.status', undefined, admin)).phase).toBe('available');

    // A yes to another version than the one offered is no yes.
    const wrong = expectError(t.call('updates.download', { version: '1.4.0' }, admin), 'CONFLICT');
    expect(wrong.fields?.[0]?.message).toBe('validation.updates.nothingOffered');
    expect(updater.names()).toEqual(['checkForUpdates']);
    // Nor is installing before anything is downloaded.
    const early = expectError(t.call('updates.install', { version: '1.3.0' }, admin), 'CONFLICT');
    expect(early.fields?.[0]?.message).toBe('validation.updates.notDownloaded');

    expect(expectOk(t.call('updates.download', { version: '1.3.0' }, admin)).phase).toBe('downloaded');
    await service.whenIdle();
    expect(updater.names()).toEqual(['checkForUpdates', 'downloadUpdate']);
    expect(auditEntries(t.db).at(-1)).toMatchObject({ action: 'updates.download', entityId: '1.3.0' });

    const backups = beforeRisky();
    const done = expectOk(t.call('updates.install', { version: '1.3.0' }, admin));
    expect(done.phase).toBe('installing');
    expect(updater.names()).toEqual(['checkForUpdates', 'downloadUpdate', 'quitAndInstall(false, true)']);
    expect(beforeRisky()).toBe(Number(backups) + 1);
    const entry = auditEntries(t.db).at(-1);
    expect(entry).toMatchObject({ action: 'updates.install', actor: f.administrator.login, entityId: '1.3.0' });
  });

  it('makes a checked backup before installing, and installs nothing when it cannot', async () => {
    const { service, fakes } = install('1.3.0');
    service.check();
    service.download('1.3.0');
    await service.whenIdle();
    const updater = fakes.made[0];
    // The backup folder cannot be made (a file stands where it should be): no backup, no installation.
    const folder = backupsOf(t.app).folder();
    fs.mkdirSync(path.dirname(folder), { recursive: true });
    fs.writeFileSync(folder, 'not a folder');
    const refused = expectError(t.call('updates.install', { version: '1.3.0' }, admin), 'CONFLICT');
    expect(refused.fields?.[0]?.message).toBe('validation.updates.backupFailed');
    expect(updater?.names()).not.toContain('quitAndInstall(false, true)');
    expect(auditEntries(t.db).filter((e) => e.action === 'updates.install')).toEqual([]);

    fs.rmSync(folder);
    expectOk(t.call('updates.install', { version: '1.3.0' }, admin));
    const backup = t.db.sqlite
      .prepare("select file_name, target_path from backup_record where reason = 'before_risky' and status = 'ok'")
      .get() as { file_name: string; target_path: string };
    expect(fs.existsSync(path.join(backup.target_path, backup.file_name))).toBe(true);
    expect(updater?.names().at(-1)).toBe('quitAndInstall(false, true)');
  });

  it('says when the internet has nothing newer', async () => {
    const { service } = install(null);
    service.check();
    await service.whenIdle();
    expect(service.status()).toMatchObject({ phase: 'upToDate', version: null, error: null });
  });
});

describe('the switch and the connection', () => {
  it('looks at start only when the switch is on and the computer is online', async () => {
    const off = install('1.3.0');
    expectOk(t.call('updates.setCheckOnline', { enabled: false }, admin));
    await off.service.checkOnStart();
    expect(off.fakes.made).toEqual([]);
    expect(off.service.status()).toMatchObject({ checkOnline: false, phase: 'idle' });
    const refused = expectError(t.call('updates.check', undefined, admin), 'CONFLICT');
    expect(refused.fields?.[0]?.message).toBe('validation.updates.disabled');
    expect(off.fakes.made).toEqual([]);

    expectOk(t.call('updates.setCheckOnline', { enabled: true }, admin));
    const offline = install('1.3.0', false);
    await offline.service.checkOnStart();
    expect(offline.fakes.made).toEqual([]);

    const online = install('1.3.0', true);
    await online.service.checkOnStart();
    expect(online.fakes.made[0]?.names()).toEqual(['checkForUpdates']);
    expect(online.service.status()).toMatchObject({ phase: 'available', version: '1.3.0', source: 'internet' });
  });

  it('keeps the switch for the administrator only', () => {
    install('1.3.0');
    for (const role of ['deputy', 'director', 'teacher'] as const) {
      expectError(t.call('updates.setCheckOnline', { enabled: false }, f[role].token), 'FORBIDDEN');
      expectError(t.call('updates.status', undefined, f[role].token), 'FORBIDDEN');
    }
    expect(expectOk(t.call('updates.status', undefined, admin)).checkOnline).toBe(true);
  });
});

describe('never under a print job or a backup', () => {
  it('refuses to install while a document is printing, and installs once it is done', async () => {
    const { service, fakes } = install('1.3.0');
    service.check();
    service.download('1.3.0');
    await service.whenIdle();
    const prints = t.app.prints;
    if (!prints) throw new Error('the test app prints');
    const job = prints.start([], f.deputy.user.userId, 'ledger', t.clock.now());
    expect(service.status().busy).toEqual({ printing: true, backup: false });
    const backups = beforeRisky();
    const refused = expectError(t.call('updates.install', { version: '1.3.0' }, admin), 'CONFLICT');
    expect(refused.fields?.[0]?.message).toBe('validation.updates.printing');
    expect(beforeRisky()).toBe(backups);
    expect(fakes.made[0]?.names()).toEqual(['checkForUpdates', 'downloadUpdate']);

    for (let i = 0; i < 200 && prints.status(job.jobId, f.deputy.user.userId)?.state === 'running'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(service.status().busy.printing).toBe(false);
    expectOk(t.call('updates.install', { version: '1.3.0' }, admin));
    expect(fakes.made[0]?.names().at(-1)).toBe('quitAndInstall(false, true)');
  });

  it('refuses to install while a backup is being written', async () => {
    const { service, fakes } = install('1.3.0');
    service.check();
    service.download('1.3.0');
    await service.whenIdle();
    const backups = backupsOf(t.app);
    backups.startJob('manual', null);
    const refused = expectError(t.call('updates.install', { version: '1.3.0' }, admin), 'CONFLICT');
    expect(refused.fields?.[0]?.message).toBe('validation.updates.backupRunning');
    expect(fakes.made[0]?.names()).not.toContain('quitAndInstall(false, true)');
    await backups.whenIdle();
    expectOk(t.call('updates.install', { version: '1.3.0' }, admin));
  });
});

describe('without an updater (the browser mode)', () => {
  it('says updates are not supported here and refuses to download', () => {
    expect(expectOk(t.call('updates.check', undefined, admin))).toMatchObject({ supported: false, phase: 'idle' });
    const refused = expectError(t.call('updates.download', { version: '1.3.0' }, admin), 'CONFLICT');
    expect(refused.fields?.[0]?.message).toBe('validation.updates.unsupported');
  });
});
