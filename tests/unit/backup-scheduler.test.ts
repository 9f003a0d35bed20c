import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installBackups, type BackupScheduler } from '../../src-main/backup/scheduler';
import { migrationsFolder } from '../../src-main/db/paths';
import { adminCredentials, openTestApp, signIn, type TestApp } from '../helpers/app';
import { smallSchool } from './backup-support';

/**
 * The local schedule on a moved clock (no timers are waited for): due every `intervalHours` after
 * the last checked backup, retried an hour after a failure, and on closing only when something was
 * written since the last backup.
 */

const hourMs = 3_600_000;

function records(t: TestApp): { reason: string; status: string }[] {
  return t.db.sqlite.prepare('select reason, status from backup_record order by id').all() as {
    reason: string;
    status: string;
  }[];
}

describe('the backup schedule', () => {
  let t: TestApp;
  let scheduler: BackupScheduler;

  beforeAll(() => {
    ({ t } = smallSchool());
    scheduler = installBackups(t.app, { migrationsFolder: migrationsFolder() });
  });
  afterAll(() => {
    scheduler.stop();
    t.close();
  });

  it('backs up nothing before the school is set up', () => {
    const empty = openTestApp();
    try {
      const idle = installBackups(empty.app, { migrationsFolder: migrationsFolder() });
      expect(idle.isDue()).toBe(false);
      expect(idle.changedSinceLast()).toBe(false);
      expect(idle.closing()).toBeNull();
      expect(fs.existsSync(path.join(empty.dir, 'backups'))).toBe(false);
    } finally {
      empty.close();
    }
  });

  it('is due at once when there has never been a backup, and starts one job', async () => {
    expect(scheduler.isDue()).toBe(true);
    scheduler.tick();
    expect(scheduler.service.isRunning()).toBe(true);
    scheduler.tick();
    await scheduler.service.whenIdle();
    expect(records(t)).toEqual([{ reason: 'schedule', status: 'ok' }]);
    expect(scheduler.isDue()).toBe(false);
  });

  it('is due again after the interval (4 hours unless set)', () => {
    t.clock.advance(4 * hourMs - 1);
    expect(scheduler.isDue()).toBe(false);
    t.clock.advance(1);
    expect(scheduler.isDue()).toBe(true);
    t.db.sqlite.prepare(`insert into setting (key, value) values ('backup.intervalHours', '6')`).run();
    expect(scheduler.isDue()).toBe(false);
    t.clock.advance(2 * hourMs);
    expect(scheduler.isDue()).toBe(true);
  });

  it('after a failure waits an hour before trying again', async () => {
    const blocker = path.join(t.dir, 'not-a-folder');
    fs.writeFileSync(blocker, '');
    t.db.sqlite.prepare(`insert into setting (key, value) values ('backup.folder', ?)`).run(JSON.stringify(blocker));
    scheduler.tick();
    await scheduler.service.whenIdle();
    expect(records(t).at(-1)).toEqual({ reason: 'schedule', status: 'failed' });
    expect(scheduler.isDue()).toBe(false);
    t.clock.advance(hourMs - 1);
    expect(scheduler.isDue()).toBe(false);
    t.clock.advance(1);
    expect(scheduler.isDue()).toBe(true);
    t.db.sqlite.prepare(`delete from setting where key = 'backup.folder'`).run();
  });

  it('on closing finishes a job in progress at once, and backs up only if something changed', () => {
    scheduler.tick();
    expect(scheduler.service.isRunning()).toBe(true);
    const before = records(t).length;
    // Nothing written since the job's snapshot: the job is finished, no second backup.
    expect(scheduler.closing()).toBeNull();
    expect(scheduler.service.isRunning()).toBe(false);
    expect(records(t).slice(before)).toEqual([{ reason: 'schedule', status: 'ok' }]);
    expect(scheduler.changedSinceLast()).toBe(false);

    // Every change is audited (a sign-in too): a change after the last backup makes one on closing.
    t.clock.advanceMinutes(5);
    signIn(t, adminCredentials.login, adminCredentials.password);
    expect(scheduler.changedSinceLast()).toBe(true);
    const written = scheduler.closing();
    expect(written?.name).toMatch(/^mektep-\d{8}-\d{6}(-\d+)?\.mjb$/);
    expect(records(t).at(-1)).toEqual({ reason: 'closing', status: 'ok' });
    expect(scheduler.closing()).toBeNull();
  });

  it('starts and stops its timer without keeping the process alive', () => {
    scheduler.start();
    scheduler.start();
    scheduler.stop();
    scheduler.stop();
  });
});
