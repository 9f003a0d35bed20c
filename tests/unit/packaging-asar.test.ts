/**
 * The packaging steps, offline: `npm run dist`'s script on a copy of the project, with a stand-in
 * Electron and no native rebuild (tests/helpers/packaging.ts). The app.asar it writes is listed —
 * the listing and a per-package summary go to test-artifacts/asar-content.txt — and checked: it holds
 * what the program needs to start (main, preload, print worker, renderer, package.json, the native
 * module unpacked and loadable), the resources hold the migrations and fonts, and no dev tooling,
 * source or test ships.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import * as asar from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../src-main/db/connection';
import { fontTable } from '../../src-main/print/fonts';
import { makeTempDir, removeDir } from '../helpers/app';
import {
  dryRunDist,
  fakeElectronDist,
  projectRoot,
  runDist,
  stageProject,
  summarise,
  type DryRun,
} from '../helpers/packaging';

/** What esbuild leaves main to require (build-main.mjs refuses anything else), with its runtime needs. */
const runtimePackages = ['better-sqlite3', 'bindings', 'file-uri-to-path'];
const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
const devTooling = [
  'vite',
  'vitest',
  'typescript',
  'electron',
  'electron-builder',
  'app-builder-lib',
  'eslint',
  'tsx',
  'esbuild',
  'drizzle-kit',
  'playwright-core',
  'prettier',
  '@vitejs',
  '@electron',
  'prebuild-install',
];

describe('the packaging dry run (electron-builder --linux dir, stand-in Electron)', () => {
  let tmp: string;
  let stage: string;
  let run: DryRun;
  let archive: string;
  let files: { path: string; size: number; unpacked: boolean }[];

  beforeAll(() => {
    tmp = makeTempDir('mektep-packaging-');
    stage = stageProject(path.join(tmp, 'project'));
    run = dryRunDist(stage, fakeElectronDist(path.join(tmp, 'electron-dist')), path.join(tmp, 'release'));
    if (run.status !== 0) throw new Error(`npm run dist (dry run) failed:\n${run.output}`);
    archive = path.join(run.appOutDir, 'resources', 'app.asar');
    files = asar
      .listPackage(archive, { isPack: false })
      .map((entry) => ({ entry, stat: asar.statFile(archive, entry.slice(1), false) }))
      .filter(({ stat }) => 'size' in stat)
      .map(({ entry, stat }) => ({
        path: entry.split(path.sep).join('/'),
        size: Number((stat as { size: number }).size),
        unpacked: Boolean((stat as { unpacked?: boolean }).unpacked),
      }));
    // The record of what ships (the issue asks the test to list it).
    const record = [...summarise(files), '', ...files.map((f) => `${f.unpacked ? 'U' : ' '} ${f.path}`)];
    fs.mkdirSync(path.join(projectRoot, 'test-artifacts'), { recursive: true });
    fs.writeFileSync(path.join(projectRoot, 'test-artifacts', 'asar-content.txt'), `${record.join('\n')}\n`);
    console.log(`app.asar (${files.length} files):\n${summarise(files).join('\n')}`);
  }, 240_000);
  afterAll(() => removeDir(tmp));

  const has = (file: string) => files.some((f) => f.path === file);

  it('renames the stand-in binary to the program and keeps Electron’s licence and the chosen locales', () => {
    expect(fs.existsSync(path.join(run.appOutDir, 'mektep-journal'))).toBe(true);
    expect(fs.existsSync(path.join(run.appOutDir, 'LICENSE.electron.txt'))).toBe(true);
    expect(fs.readdirSync(path.join(run.appOutDir, 'locales')).sort()).toEqual(['en-US.pak', 'ru.pak']);
  });

  it('holds main, the preload, the print worker, the renderer and package.json pointing at main', () => {
    for (const file of ['/dist-main/electron-main.cjs', '/dist-main/preload.cjs', '/dist-main/pdf-worker.cjs']) {
      expect(has(file), file).toBe(true);
    }
    expect(has('/dist-renderer/index.html')).toBe(true);
    expect(files.some((f) => /^\/dist-renderer\/assets\/.+\.js$/.test(f.path))).toBe(true);
    const pkg = JSON.parse(asar.extractFile(archive, 'package.json').toString('utf8')) as Record<string, unknown>;
    expect(pkg.main).toBe('dist-main/electron-main.cjs');
    expect(has(`/${String(pkg.main)}`)).toBe(true);
  });

  it('ships exactly the packages main requires at run time, with better-sqlite3’s native file unpacked', () => {
    const packages = new Set(files.filter((f) => f.path.startsWith('/node_modules/')).map((f) => f.path.split('/')[2]));
    expect([...packages].sort()).toEqual(runtimePackages);
    // Every package the shipped main bundle leaves to require() is among them.
    const main = asar.extractFile(archive, 'dist-main/electron-main.cjs').toString('utf8');
    const required = [...main.matchAll(/\brequire\("([^"./][^"]*)"\)/g)].map((m) => m[1] ?? '');
    const external = required.filter((name) => name !== 'electron' && !builtins.has(name));
    expect(external.length).toBeGreaterThan(0);
    for (const name of external) expect(runtimePackages, name).toContain(name);
    const native = files.filter((f) => f.path.endsWith('.node'));
    expect(native.map((f) => f.path)).toEqual(['/node_modules/better-sqlite3/build/Release/better_sqlite3.node']);
    expect(native[0]?.unpacked).toBe(true);
    expect(
      fs.existsSync(path.join(`${archive}.unpacked`, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node')),
    ).toBe(true);
  });

  it('lets better-sqlite3 load from the extracted asar alone (its runtime dependencies are all there)', () => {
    const extracted = path.join(tmp, 'extracted');
    asar.extractAll(archive, extracted);
    // A separate Node whose module search starts in the extracted folder (under the system's temp
    // folder): nothing from the project's node_modules can help. (Here the .node is Node's build; the real package has Electron's.)
    const probe = spawnSync(
      process.execPath,
      ['-e', "const D=require('better-sqlite3'); console.log(new D(':memory:').prepare('select 6*7 as v').get().v)"],
      { cwd: extracted, encoding: 'utf8' },
    );
    expect(probe.stderr).toBe('');
    expect(probe.stdout.trim()).toBe('42');
  });

  it('puts the migrations and the fonts in resources/, and they work: a new journal migrates, fonts are complete', () => {
    const resources = path.join(run.appOutDir, 'resources');
    const sql = (dir: string) =>
      fs
        .readdirSync(dir)
        .filter((name) => name.endsWith('.sql'))
        .sort();
    expect(sql(path.join(resources, 'drizzle'))).toEqual(sql(path.join(projectRoot, 'drizzle')));
    const db = openDatabase(path.join(tmp, 'journal.sqlite'), { migrationsFolder: path.join(resources, 'drizzle') });
    closeDatabase(db);
    expect(() => fontTable(path.join(resources, 'fonts'))).not.toThrow();
  });

  it('writes the update feed’s settings for electron-updater (generic provider)', () => {
    const updateConfig = fs.readFileSync(path.join(run.appOutDir, 'resources', 'app-update.yml'), 'utf8');
    expect(updateConfig).toMatch(/^provider: generic$/m);
    expect(updateConfig).toMatch(/^url: https:\/\//m);
  });

  it('holds no dev tooling, sources, tests, scripts, source maps or build configuration', () => {
    const offending = files.filter(({ path: file }) => {
      const top = file.split('/')[1] ?? '';
      const pkg = file.startsWith('/node_modules/')
        ? file
            .split('/')
            .slice(2, file.split('/')[2]?.startsWith('@') ? 4 : 3)
            .join('/')
        : '';
      return (
        devTooling.some((name) => pkg === name || pkg.startsWith(`${name}/`)) ||
        ['src-main', 'src-renderer', 'tests', 'scripts', 'bench', 'drizzle', 'assets', 'release'].includes(top) ||
        /\.(ts|tsx|mts|map)$/.test(file) ||
        /(^|\/)(electron-builder\.yml|vite\.config\.mts|tsconfig[^/]*\.json|package-lock\.json)$/.test(file)
      );
    });
    expect(offending.map((f) => f.path)).toEqual([]);
    expect(files.filter((f) => f.path.split('/').length === 2).map((f) => f.path)).toEqual(['/package.json']);
  });

  it('puts the Node build of better-sqlite3 back after a real run, even one electron-builder refuses', () => {
    // A stand-in npm records what it is asked; the misspelt option stops electron-builder at its
    // configuration check, before it touches node_modules.
    const log = path.join(tmp, 'npm-calls.txt');
    const fakeNpm = path.join(tmp, 'fake-npm-cli.js');
    fs.writeFileSync(
      fakeNpm,
      `require('fs').appendFileSync(${JSON.stringify(log)}, process.argv.slice(2).join(' ') + '\\n');\n`,
    );
    // --prebuilt: the dry run above built dist-main/ and dist-renderer/ already.
    const real = runDist(stage, ['--prebuilt', '--linux', 'dir', '-c.nsis.oneclick=false'], { npm_execpath: fakeNpm });
    expect(real.status).toBe(1);
    expect(real.output).not.toContain('▸ renderer');
    expect(real.output).toMatch(/Invalid configuration object/);
    expect(fs.readFileSync(log, 'utf8')).toBe('rebuild better-sqlite3\n');
  }, 240_000);
});
