/**
 * The thin Electron part of the start-up checks, with `electron`'s dialogs stubbed (each answer given
 * by the test) and everything else real: SQLite files, backups, the restore. Locked → Retry until the
 * other copy lets go; damaged → the latest backup offered and restored, or the program closes
 * untouched; newer without any backup → said, and closed.
 */
import Sqlite from 'better-sqlite3';
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupsOf } from '../../src-main/backup/scheduler';
import { closeDatabase } from '../../src-main/db/connection';
import { migrationsFolder } from '../../src-main/db/paths';
import { mainTexts } from '../../src-main/electron/main-texts';
import { prepareDatabase } from '../../src-main/electron/startup-dialogs';
import { checkDatabaseAtStart } from '../../src-main/startup/check';
import { openTestApp, removeDir, setupSchool, type TestApp } from '../helpers/app';

interface Asked {
  message: string;
  detail: string;
  buttons: string[];
  cancelId: number;
}

const stub = vi.hoisted(() => ({
  asked: [] as Asked[],
  /** Answers by the question asked: the index of the button pressed. */
  answer: (_asked: Asked): number => 0,
}));

vi.mock('electron', () => ({
  dialog: {
    showMessageBox: vi.fn(async (options: Asked) => {
      stub.asked.push(options);
      return { response: stub.answer(options) };
    }),
  },
  BrowserWindow: vi.fn(() => {
    throw new Error('no window is expected: the backups here need no passphrase');
  }),
}));

const migrations = migrationsFolder();
let t: TestApp;

beforeEach(() => {
  t = openTestApp();
  setupSchool(t);
  stub.asked.length = 0;
});
afterEach(() => removeDir(t.dir));

function damage(): void {
  const fd = fs.openSync(t.file, 'r+');
  fs.writeSync(fd, Buffer.alloc(4096 * 20, 0xa5), 0, 4096 * 20, 4096 * 2);
  fs.closeSync(fd);
}

const press = (label: string) => (asked: Asked) => asked.buttons.indexOf(label);

describe('prepareDatabase', () => {
  it('asks to retry while another copy holds the journal, and goes on once it lets go', async () => {
    closeDatabase(t.db);
    const other = new Sqlite(t.file);
    other.pragma('locking_mode = EXCLUSIVE');
    other.exec('BEGIN EXCLUSIVE');
    other.exec("insert into setting (key, value, updated_at) values ('x', '1', '2026-01-01')");
    stub.answer = (asked) => {
      // The other copy is closed while the second message is shown.
      if (stub.asked.length === 2) {
        other.exec('ROLLBACK');
        other.close();
      }
      return asked.buttons.indexOf(mainTexts.retry);
    };
    await expect(prepareDatabase(t.file, migrations)).resolves.toBe(true);
    expect(stub.asked.map((a) => a.message)).toEqual([mainTexts.locked, mainTexts.locked]);
    expect(stub.asked[0]?.buttons[stub.asked[0].cancelId]).toBe(mainTexts.close);
  });

  it('offers the latest backup for a damaged journal and restores it on the word', async () => {
    const written = backupsOf(t.app).backupNow('manual', null);
    closeDatabase(t.db);
    damage();
    stub.answer = (asked) => (asked.message === mainTexts.damaged ? press(mainTexts.restore)(asked) : 0);
    await expect(prepareDatabase(t.file, migrations)).resolves.toBe(true);
    expect(stub.asked).toHaveLength(2);
    expect(stub.asked[0]).toMatchObject({ message: mainTexts.damaged, detail: expect.stringContaining(written.name) });
    // Then: restored, and where the damaged file was kept.
    expect(stub.asked[1]?.message).toMatch(/set-aside-/);
    expect(checkDatabaseAtStart(t.file, { migrationsFolder: migrations })).toEqual({ kind: 'ok' });
    expect(fs.readdirSync(t.dir).some((name) => name.startsWith('journal.sqlite.set-aside-'))).toBe(true);
  });

  it('closes, touching nothing, when the restore is declined', async () => {
    backupsOf(t.app).backupNow('manual', null);
    closeDatabase(t.db);
    damage();
    const before = fs.readFileSync(t.file);
    stub.answer = press(mainTexts.close);
    await expect(prepareDatabase(t.file, migrations)).resolves.toBe(false);
    expect(fs.readFileSync(t.file).equals(before)).toBe(true);
  });

  it('says so and closes for a newer journal with no backup to offer', async () => {
    const newest = t.db.sqlite.prepare('select max(created_at) from __drizzle_migrations').pluck().get() as number;
    t.db.sqlite
      .prepare('insert into __drizzle_migrations (hash, created_at) values (?, ?)')
      .run('e'.repeat(64), newest + 1);
    closeDatabase(t.db);
    stub.answer = () => 0;
    await expect(prepareDatabase(t.file, migrations)).resolves.toBe(false);
    expect(stub.asked).toHaveLength(1);
    expect(stub.asked[0]).toMatchObject({ message: mainTexts.newer, buttons: [mainTexts.close] });
  });
});
