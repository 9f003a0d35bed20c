import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src-main/db/paths';
import { verifyPassword } from '../../src-main/accounts/password';

const root = projectRoot(__dirname);
const tsx = path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'tsx.cmd' : 'tsx');
// A fixed day after the first quarter, so the demo holds a whole quarter whatever the real date.
const today = '2026-11-23';

let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mektep-cli-'));
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function cli(...args: string[]) {
  const result = spawnSync(tsx, ['src-main/cli/main.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

interface InfoJson {
  schemaVersion: string;
  school: { nameKy: string; nameRu: string } | null;
  currentYear: { title: string; startsOn: string; endsOn: string } | null;
  counts: Record<string, number>;
}

function info(file: string): InfoJson {
  const result = cli('info', '--db', file, '--json');
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as InfoJson;
}

/** A failure is one line on stderr, with no stack trace. */
function expectOneLineError(stderr: string, text: string) {
  expect(stderr).toContain(text);
  expect(stderr.trim().split('\n')).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe('the CLI', () => {
  const demo = () => path.join(dir, 'demo.sqlite');

  it('creates the demo school, and info reads it back as JSON', () => {
    const init = cli('init', '--db', demo(), '--demo', '--now', today);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toContain('demo1234');
    expect(init.stdout).toMatch(/temporary password [a-z]{4}-\d{4}/);
    const read = info(demo());
    expect(read.school?.nameRu).toContain('№ 12');
    expect(read.currentYear?.title).toBe('2026–2027');
    expect(read.schemaVersion).toMatch(/^\d{4}_/);
    expect(read.counts.students).toBeGreaterThan(600);
    expect(read.counts.marks).toBeGreaterThan(1000);
    expect(read.counts.classes).toBeGreaterThanOrEqual(22);
  }, 60_000);

  it('refuses to init a file that already has a school, and leaves it as it was', () => {
    const before = sha256(demo());
    const again = cli('init', '--db', demo(), '--school', 'Башка мектеп');
    expect(again.code).toBe(2);
    expectOneLineError(again.stderr, 'already has a school');
    expect(sha256(demo())).toBe(before);
    expect(info(demo()).school?.nameRu).toContain('№ 12');
  }, 60_000);

  it('refuses info on a missing file and creates none', () => {
    const missing = path.join(dir, 'missing.sqlite');
    const result = cli('info', '--db', missing);
    expect(result.code).toBe(2);
    expectOneLineError(result.stderr, missing);
    expect(fs.existsSync(missing)).toBe(false);
  }, 30_000);

  it('creates an empty school with its year and an administrator whose password is printed once', () => {
    const file = path.join(dir, 'empty.sqlite');
    const result = cli(
      'init',
      '--db',
      file,
      '--school',
      'Ак-Суу орто мектеби',
      '--school-ru',
      'Ак-Суйская средняя школа',
    );
    expect(result.code, result.stderr).toBe(0);
    const password = /temporary password ([a-z]{4}-\d{4})/.exec(result.stdout)?.[1];
    expect(password).toBeDefined();
    const read = info(file);
    expect(read.school).toEqual({ nameKy: 'Ак-Суу орто мектеби', nameRu: 'Ак-Суйская средняя школа' });
    expect(read.currentYear).not.toBeNull();
    expect(read.counts).toMatchObject({ students: 0, classes: 0, lessons: 0, users: 1 });

    const db = new Sqlite(file, { readonly: true });
    try {
      const admin = db
        .prepare('select login, role, password_hash as hash, must_change_password as must from user')
        .get() as {
        login: string;
        role: string;
        hash: string;
        must: number;
      };
      expect(admin).toMatchObject({ login: 'admin', role: 'administrator', must: 1 });
      expect(verifyPassword(password ?? '', admin.hash)).toBe(true);
    } finally {
      db.close();
    }
  }, 60_000);

  it('answers a wrong call with usage and exit code 2', () => {
    const unknown = cli('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Usage');
    const noSchool = cli('init', '--db', path.join(dir, 'x.sqlite'));
    expect(noSchool.code).toBe(2);
    expectOneLineError(noSchool.stderr, '--school');
    expect(fs.existsSync(path.join(dir, 'x.sqlite'))).toBe(false);
    const help = cli('info', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--json');
  }, 60_000);
});
