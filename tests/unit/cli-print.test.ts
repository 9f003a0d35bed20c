import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src-main/db/paths';
import { makeTempDir, removeDir } from '../helpers/app';
import { pdfText } from '../helpers/print';

const root = projectRoot(__dirname);
const tsx = path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'tsx.cmd' : 'tsx');

function cli(...args: string[]) {
  const result = spawnSync(tsx, ['src-main/cli/main.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let dir: string;
let db: string;
const now = '2026-11-23T09:00:00Z';

beforeAll(() => {
  dir = makeTempDir('mektep-cli-print-');
  db = path.join(dir, 'demo.sqlite');
  const made = cli('init', '--db', db, '--demo', '--now', now);
  expect(made.code, made.stderr).toBe(0);
}, 120_000);

afterAll(() => removeDir(dir));

describe('npm run cli -- print and verify-print', () => {
  it('prints a ledger with --json, and verify-print finds it unchanged, then names the changed mark', () => {
    const out = path.join(dir, '5-A.pdf');
    const printed = cli(
      'print',
      'summary-ledger',
      '--db',
      db,
      '--class',
      '5-A',
      '--lang',
      'ru',
      '--out',
      out,
      '--json',
      '--now',
      now,
    );
    expect(printed.code, printed.stderr).toBe(0);
    const result = JSON.parse(printed.stdout) as { pages: number; fingerprint: string; code: string; file: string };
    expect(result.file).toBe(out);
    expect(result.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    const text = pdfText(out);
    expect(text.pageTexts).toHaveLength(result.pages);
    expect(text.text).toContain('Сводная ведомость учёта успеваемости');
    expect(text.text).toContain(`Страница ${result.pages} / ${result.pages}`);

    const same = cli('verify-print', '--db', db, '--code', result.code, '--json');
    expect(same.code, same.stderr).toBe(0);
    expect(JSON.parse(same.stdout)).toMatchObject({ unchanged: true, changes: [] });

    const file = new Sqlite(db);
    const mark = file
      .prepare(
        `select pm.id, pm.value, s.surname || ' ' || s.name as pupil, sub.name_ru as subject from period_mark pm
           join student s on s.id = pm.student_id join class_subject cs on cs.id = pm.class_subject_id
           join subject sub on sub.id = cs.subject_id join class c on c.id = cs.class_id
          where c.grade = 5 and c.letter = 'А' and pm.kind = 'quarter' and pm.value = '4' limit 1`,
      )
      .get() as { id: number; value: string; pupil: string; subject: string };
    file.prepare("update period_mark set value = '5' where id = ?").run(mark.id);
    file.close();

    const changed = cli('verify-print', '--db', db, '--code', result.code, '--json');
    expect(changed.code).toBe(1);
    expect(JSON.parse(changed.stdout)).toMatchObject({
      unchanged: false,
      changes: [{ label: `${mark.pupil} · ${mark.subject} · I`, before: '4', after: '5' }],
    });
  }, 120_000);

  it('prints every class of the school into a folder, with one combined file numbered per class', () => {
    const folder = path.join(dir, 'all');
    const printed = cli('print', 'summary-ledger', '--db', db, '--all', '--out', folder, '--json', '--now', now);
    expect(printed.code, printed.stderr).toBe(0);
    const result = JSON.parse(printed.stdout) as {
      files: { file: string; pages: number }[];
      combined: { file: string; pages: number };
    };
    const file = new Sqlite(db, { readonly: true });
    const classes = file.prepare('select count(*) from class').pluck().get() as number;
    file.close();
    expect(result.files).toHaveLength(classes);
    expect(fs.readdirSync(folder).filter((f) => f.endsWith('.pdf'))).toHaveLength(classes + 1);
    expect(fs.readdirSync(folder).some((f) => f.endsWith('.part'))).toBe(false);
    const total = result.files.reduce((sum, f) => sum + f.pages, 0);
    expect(result.combined.pages).toBe(total);
    const combined = pdfText(result.combined.file);
    const [first, second] = result.files;
    if (!first || !second) throw new Error('fewer than two classes');
    const lastOfFirst = first.pages;
    expect(combined.pageTexts[lastOfFirst - 1]).toContain(`Барак ${lastOfFirst} / ${lastOfFirst}`);
    expect(combined.pageTexts[lastOfFirst]).toContain(`Барак 1 / ${second.pages}`);
  }, 180_000);

  it('writes the ledger to .xlsx when the output is named so', () => {
    const out = path.join(dir, '5-A.xlsx');
    const written = cli('print', 'summary-ledger', '--db', db, '--class', '5-А', '--out', out, '--json', '--now', now);
    expect(written.code, written.stderr).toBe(0);
    expect(JSON.parse(written.stdout)).toEqual({ sheets: 1, file: out });
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  }, 60_000);

  it('issues new temporary passwords onto access slips, and never writes them to the terminal', () => {
    const out = path.join(dir, 'slips.pdf');
    const file = new Sqlite(db);
    const before = file.prepare("select password_hash from user where login = 'usonova.a'").pluck().get();
    file.close();
    const printed = cli(
      'print',
      'credentials',
      '--db',
      db,
      '--login',
      'USONOVA.A',
      '--out',
      out,
      '--json',
      '--now',
      now,
    );
    expect(printed.code, printed.stderr).toBe(0);
    expect(Object.keys(JSON.parse(printed.stdout) as object).sort()).toEqual(['code', 'file', 'fingerprint', 'pages']);
    const text = pdfText(out).text;
    const password = /([a-z]{4}-[2-9]{4})/.exec(text.slice(text.indexOf('usonova.a')))?.[1] ?? '';
    expect(password).toMatch(/^[a-z]{4}-[2-9]{4}$/);
    expect(printed.stdout + printed.stderr).not.toContain(password);
    const after = new Sqlite(db, { readonly: true });
    const row = after
      .prepare("select password_hash, must_change_password from user where login = 'usonova.a'")
      .get() as {
      password_hash: string;
      must_change_password: number;
    };
    after.close();
    expect(row.password_hash).not.toBe(before);
    expect(row.must_change_password).toBe(1);
    const unknown = cli('print', 'credentials', '--db', db, '--login', 'nobody', '--out', out);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no active account "nobody"');
  }, 60_000);

  it('refuses a wrong call with a one-line message and exit code 2', () => {
    const noClass = cli('print', 'summary-ledger', '--db', db, '--out', path.join(dir, 'x.pdf'));
    expect(noClass.code).toBe(2);
    expect(noClass.stderr).toContain('--class is required');
    const unknown = cli('print', 'report-card', '--db', db, '--out', path.join(dir, 'x.pdf'));
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no document "report-card"');
    const badCode = cli('verify-print', '--db', db, '--code', 'xyz');
    expect(badCode.code).toBe(2);
  });
});
