import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeDir } from '../helpers/app';

const root = path.resolve(__dirname, '../..');
const tsx = path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'tsx.cmd' : 'tsx');

function cli(...args: string[]) {
  const result = spawnSync(tsx, ['src-main/cli/main.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('npm run cli -- import students', () => {
  let dir: string;
  let db: string;
  const file = (name: string, content: string | Buffer) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, content);
    return p;
  };
  const count = () => JSON.parse(cli('info', '--db', db, '--json').out) as { counts: { students: number } };

  beforeAll(() => {
    dir = makeTempDir();
    db = path.join(dir, 'j.sqlite');
    expect(cli('init', '--db', db, '--school', 'Мектеп', '--admin-password', 'Admin-pass-1').code).toBe(0);
  });
  afterAll(() => removeDir(dir));

  it('refuses a file with a wrong row, writing nothing, and says why in JSON', () => {
    const list = file('5-А.csv', 'Фамилия;Имя;Дата рождения\nАсанов;Азамат;05.03.2014\nБеков;;31.02.2014\n');
    const before = count();
    const refused = cli('import', 'students', '--db', db, '--file', list, '--create-classes', '--json');
    expect(refused.code).toBe(2);
    expect(JSON.parse(refused.out)).toEqual({
      students: 0,
      errors: [
        { sheet: '5-А', row: 3, message: 'нет имени' },
        { sheet: '5-А', row: 3, message: 'такой даты нет: «31.02.2014»' },
      ],
    });
    expect(count()).toEqual(before);

    const dry = cli(
      'import',
      'students',
      '--db',
      db,
      '--file',
      list,
      '--create-classes',
      '--skip-invalid',
      '--dry-run',
      '--json',
    );
    expect([dry.code, (JSON.parse(dry.out) as { students: number }).students]).toEqual([0, 1]);
    expect(count()).toEqual(before);

    const done = cli('import', 'students', '--db', db, '--file', list, '--create-classes', '--skip-invalid', '--json');
    expect(done.code).toBe(0);
    expect((JSON.parse(done.out) as { students: number }).students).toBe(1);
    const again = cli('import', 'students', '--db', db, '--file', list, '--skip-invalid', '--json', '--lang', 'ky');
    expect(JSON.parse(again.out)).toMatchObject({ students: 0 });
    expect(again.out).toContain('аты жок');
  });

  it('fails on a file it cannot read', () => {
    const xls = file('old.xls', Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(100)]));
    const refused = cli('import', 'students', '--db', db, '--file', xls, '--json');
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('Сохранить как');
    expect(cli('import', 'students', '--db', db, '--file', path.join(dir, 'none.xlsx')).code).toBe(2);
  });
});
