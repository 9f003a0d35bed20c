import { spawnSync } from 'node:child_process';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src-main/db/paths';
import { auditEntries, openTestApp, staffSchool, type TestApp } from '../helpers/app';

const root = projectRoot(__dirname);
const tsx = path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'tsx.cmd' : 'tsx');

function cli(...args: string[]) {
  const result = spawnSync(tsx, ['src-main/cli/main.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run cli -- verify-audit', () => {
  let t: TestApp;
  let entries: number;
  let tampered: string;
  let tamperedId: number;

  beforeAll(() => {
    // A real journal file whose trail holds the setup, the accounts and the sign-ins.
    t = openTestApp();
    staffSchool(t);
    const rows = auditEntries(t.db);
    entries = rows.length;
    tamperedId = rows[Math.floor(rows.length / 2)]?.id ?? 0;
    // The copy someone edits by hand: the append-only triggers dropped, one entry's actor rewritten.
    tampered = path.join(t.dir, 'tampered.sqlite');
    t.db.sqlite.prepare('vacuum into ?').run(tampered);
    const raw = new Sqlite(tampered);
    raw.exec('drop trigger audit_entry_no_update; drop trigger audit_entry_no_delete;');
    raw.prepare("update audit_entry set actor = 'someone' where id = ?").run(tamperedId);
    raw.close();
    t.db.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  });
  afterAll(() => t.close());

  it('reports an intact chain with its length, exit 0', () => {
    expect(entries).toBeGreaterThan(3);
    const result = cli('verify-audit', '--db', t.file);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.trim()).toBe(`ok: ${entries} entries`);
    const json = cli('verify-audit', '--db', t.file, '--json');
    expect(JSON.parse(json.stdout)).toEqual({ ok: true, entries });
  }, 60_000);

  it('reports the first broken entry of a hand-edited copy, exit 1', () => {
    const result = cli('verify-audit', '--db', tampered);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`audit entry ${tamperedId}`);
    const json = cli('verify-audit', '--db', tampered, '--json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toEqual({ ok: false, brokenAt: tamperedId });
  }, 60_000);

  it('refuses a missing file without creating it, exit 2', () => {
    const missing = path.join(t.dir, 'nothing.sqlite');
    const result = cli('verify-audit', '--db', missing);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no database file');
  }, 60_000);
});
