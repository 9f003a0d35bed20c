/**
 * scripts/build-main.mjs: the bundles it writes require only what they may (the sandboxed preload:
 * 'electron'; main: electron, better-sqlite3 and Node's own modules), and scripts/start-electron.mjs
 * starts the binary with the app folder and the extra arguments.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeDir } from '../helpers/app';

const root = path.resolve(__dirname, '..', '..');
const distMain = path.join(root, 'dist-main');
const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/** Every module name a CommonJS bundle passes to require(); a non-literal require counts as '<dynamic>'. */
function requiresOf(file: string): string[] {
  const code = fs.readFileSync(file, 'utf8');
  const names = new Set<string>();
  for (const match of code.matchAll(/\brequire\(\s*([^)]*?)\s*\)/g)) {
    const argument = match[1] ?? '';
    const literal = /^(["'`])([^"'`]+)\1$/.exec(argument);
    names.add(literal?.[2] ?? '<dynamic>');
  }
  return [...names].sort();
}

describe('scripts/build-main.mjs', () => {
  let stdout = '';

  beforeAll(() => {
    const run = spawnSync(process.execPath, [path.join(root, 'scripts', 'build-main.mjs')], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    stdout = run.stdout;
  });

  it('writes the main bundle, the preload and the print worker, with linked source maps, and prints one line each with its size', () => {
    for (const name of ['electron-main.cjs', 'preload.cjs', 'pdf-worker.cjs']) {
      const file = path.join(distMain, name);
      expect(fs.existsSync(file), name).toBe(true);
      expect(fs.existsSync(`${file}.map`), `${name}.map`).toBe(true);
      expect(fs.readFileSync(file, 'utf8')).toContain(`//# sourceMappingURL=${name}.map`);
    }
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^dist-main\/electron-main\.cjs\s+[\d.]+ (kB|MB)$/);
    expect(lines[1]).toMatch(/^dist-main\/preload\.cjs\s+[\d.]+ (kB|MB)$/);
    expect(lines[2]).toMatch(/^dist-main\/pdf-worker\.cjs\s+[\d.]+ (kB|MB)$/);
  });

  it('bundles pdfmake into the print worker, which then needs only Node built-ins', () => {
    const external = requiresOf(path.join(distMain, 'pdf-worker.cjs')).filter((name) => !builtins.has(name));
    expect(external).toEqual([]);
  });

  it('leaves the sandboxed preload a single require: electron', () => {
    expect(requiresOf(path.join(distMain, 'preload.cjs'))).toEqual(['electron']);
  });

  it('leaves main only electron and better-sqlite3 (and Node built-ins) to require', () => {
    const external = requiresOf(path.join(distMain, 'electron-main.cjs')).filter((name) => !builtins.has(name));
    expect(external).toEqual(['better-sqlite3', 'electron']);
  });

  it('points package.json "main" at the main bundle', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { main?: string };
    expect(pkg.main).toBe('dist-main/electron-main.cjs');
  });
});

describe('scripts/start-electron.mjs with an Electron binary', () => {
  let dir: string;

  beforeAll(() => {
    // A stand-in binary (found through the electron package's ELECTRON_OVERRIDE_DIST_PATH) that
    // reports how it was started.
    dir = makeTempDir('mektep-fake-electron-');
    const fakeBinary = path.join(dir, 'electron');
    fs.writeFileSync(
      fakeBinary,
      `#!${process.execPath}\nconsole.log(JSON.stringify({ args: process.argv.slice(2), cwd: process.cwd(), runAsNode: process.env.ELECTRON_RUN_AS_NODE ?? null }));\nprocess.exit(3);\n`,
    );
    fs.chmodSync(fakeBinary, 0o755);
  });
  afterAll(() => removeDir(dir));

  it.skipIf(process.platform === 'win32')(
    'starts it on the project folder with the extra arguments and passes its exit code on',
    () => {
      if (!fs.existsSync(path.join(distMain, 'electron-main.cjs')))
        throw new Error('the build test above should have built dist-main');
      const run = spawnSync(
        process.execPath,
        [path.join(root, 'scripts', 'start-electron.mjs'), '--db', '/tmp/j.sqlite'],
        {
          cwd: root,
          encoding: 'utf8',
          env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: dir, ELECTRON_RUN_AS_NODE: '1' },
        },
      );
      expect(run.stderr).toBe('');
      expect(run.status).toBe(3);
      expect(JSON.parse(run.stdout)).toEqual({ args: ['.', '--db', '/tmp/j.sqlite'], cwd: root, runAsNode: null });
    },
  );
});
