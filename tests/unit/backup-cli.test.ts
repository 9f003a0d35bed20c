import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableCounts } from '../../src-main/backup/snapshot';
import { closeDatabase, openDatabase } from '../../src-main/db/connection';
import { migrationsFolder, projectRoot } from '../../src-main/db/paths';
import type { TestApp } from '../helpers/app';
import { allRows, flipped, smallSchool } from './backup-support';

const root = projectRoot(__dirname);
const tsx = path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'tsx.cmd' : 'tsx');
const secret = 'Камдык көчүрмөнүн сыры 2026';

function cli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(tsx, ['src-main/cli/main.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * The three commands as the specialist's scheduled task calls them: backup → verify-backup → restore
 * on a real journal file, the passphrase passed through an environment variable.
 */
describe('npm run cli -- backup, verify-backup, restore', () => {
  let t: TestApp;
  let out: string;
  let file = '';
  let atBackup: Record<string, string[]>;

  beforeAll(() => {
    ({ t } = smallSchool());
    t.db.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    out = path.join(t.dir, 'out');
    atBackup = allRows(t.db);
  });
  afterAll(() => t.close());

  it('backup writes a checked file and prints { file, bytes }', () => {
    const result = cli(['backup', '--db', t.file, '--to', out, '--passphrase-env', 'MEKTEP_SECRET', '--json'], {
      MEKTEP_SECRET: secret,
    });
    expect(result.code, result.stderr).toBe(0);
    const printed = JSON.parse(result.stdout) as { file: string; bytes: number };
    file = printed.file;
    expect(Object.keys(printed)).toEqual(['file', 'bytes']);
    expect(path.dirname(file)).toBe(out);
    expect(path.basename(file)).toMatch(/^mektep-\d{8}-\d{6}\.mjb$/);
    expect(fs.statSync(file).size).toBe(printed.bytes);
    const record = t.db.sqlite
      .prepare(
        'select reason, status, target_path as folder, file_name as name, size_bytes as bytes from backup_record',
      )
      .get();
    expect(record).toEqual({
      reason: 'manual',
      status: 'ok',
      folder: out,
      name: path.basename(file),
      bytes: printed.bytes,
    });
  }, 60_000);

  it('verify-backup checks it whole: { ok, counts, error }, exit 0 only when good', () => {
    const good = cli(['verify-backup', file, '--passphrase-env', 'MEKTEP_SECRET', '--json'], { MEKTEP_SECRET: secret });
    expect(good.code, good.stderr).toBe(0);
    const counts = tableCounts(t.db.sqlite);
    // The file was made before its own record was written.
    expect(JSON.parse(good.stdout)).toEqual({ ok: true, counts: { ...counts, backup_record: 0 }, error: null });

    const wrong = cli(['verify-backup', file, '--passphrase-env', 'MEKTEP_SECRET', '--json'], {
      MEKTEP_SECRET: 'something else',
    });
    expect(wrong.code).toBe(1);
    expect(JSON.parse(wrong.stdout)).toEqual({ ok: false, counts: {}, error: 'The backup passphrase is wrong.' });

    const none = cli(['verify-backup', file, '--json']);
    expect(none.code).toBe(1);
    expect(JSON.parse(none.stdout).error).toMatch(/locked with the school's backup passphrase/);

    const damaged = path.join(t.dir, 'damaged.mjb');
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(damaged, flipped(bytes, bytes.length - 100));
    const bad = cli(['verify-backup', damaged, '--passphrase-env', 'MEKTEP_SECRET'], { MEKTEP_SECRET: secret });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^not ok: .*damaged\.mjb\nThe backup file is damaged/);
  }, 60_000);

  it('refuses a wrong call with exit 2 and one line', () => {
    const unset = cli(['verify-backup', file, '--passphrase-env', 'MEKTEP_NOT_SET']);
    expect(unset.code).toBe(2);
    expect(unset.stderr.trim()).toBe(
      'verify-backup: the environment variable MEKTEP_NOT_SET (--passphrase-env) is not set',
    );
    expect(cli(['backup', '--db', t.file]).code).toBe(2);
    expect(cli(['restore', file]).code).toBe(2);
    const short = cli(['backup', '--db', t.file, '--to', out, '--passphrase-env', 'P'], { P: 'short' });
    expect(short.code).toBe(2);
    expect(short.stderr).toMatch(/at least 10 characters/);
  }, 60_000);

  it('restore brings every row of every table back into a new file', () => {
    const target = path.join(t.dir, 'elsewhere', 'journal.sqlite');
    const result = cli(['restore', file, '--db', target, '--passphrase-env', 'MEKTEP_SECRET'], {
      MEKTEP_SECRET: secret,
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^restored .*journal\.sqlite from /);
    const restored = openDatabase(target, { migrationsFolder: migrationsFolder(), readOnly: true });
    try {
      expect(allRows(restored)).toEqual(atBackup);
    } finally {
      closeDatabase(restored);
    }
  }, 60_000);

  it('restore over an existing file keeps a checked safety copy of it first', () => {
    const copy = path.join(t.dir, 'copy', 'journal.sqlite');
    fs.mkdirSync(path.dirname(copy));
    t.db.sqlite.prepare('vacuum into ?').run(copy);
    const changed = openDatabase(copy, { migrationsFolder: migrationsFolder() });
    changed.sqlite.prepare(`update staff set surname = 'Башка' where id = 1`).run();
    closeDatabase(changed);

    const wrong = cli(['restore', file, '--db', copy, '--passphrase-env', 'S'], { S: 'not the one at all' });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr.trim()).toBe('restore: The backup passphrase is wrong.');

    const result = cli(['restore', file, '--db', copy, '--passphrase-env', 'MEKTEP_SECRET'], { MEKTEP_SECRET: secret });
    expect(result.code, result.stderr).toBe(0);
    const safety = /the database as it was before is in (.+)$/m.exec(result.stdout)?.[1] ?? '';
    expect(path.dirname(safety)).toBe(path.join(path.dirname(copy), 'backups'));
    const restored = openDatabase(copy, { migrationsFolder: migrationsFolder(), readOnly: true });
    try {
      expect(restored.sqlite.prepare('select surname from staff where id = 1').pluck().get()).toBe('Бакиев');
      expect(
        restored.sqlite.prepare('select action, actor from audit_entry order by id desc limit 1').get(),
      ).toMatchObject({
        action: 'backup.restore',
        actor: expect.stringMatching(/^cli:/),
      });
    } finally {
      closeDatabase(restored);
    }
    // The safety copy was made before any passphrase was set in that file: this computer's key opens it.
    const check = cli(['verify-backup', safety, '--db', copy, '--json']);
    expect(JSON.parse(check.stdout)).toMatchObject({ ok: true, error: null });
  }, 120_000);
});
