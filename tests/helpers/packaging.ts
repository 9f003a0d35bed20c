/**
 * The offline dry run of `npm run dist`: a copy of the project (so the builds it makes never race
 * the other tests' dist-main/ and dist-renderer/), a stand-in Electron distribution, and
 * electron-builder run through scripts/dist.mjs with `--linux dir`, `electronDist` pointed at the
 * stand-in and `npmRebuild: false`. What comes out is the real app.asar and resources folder.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const projectRoot = path.resolve(__dirname, '..', '..');

/** What the build steps read; node_modules is linked, not copied. */
const projectFiles = [
  'package.json',
  'electron-builder.yml',
  'vite.config.mts',
  'scripts',
  'src-main',
  'src-renderer',
  'drizzle',
  'assets',
];

/** A copy of the project in `dir` with node_modules linked to the real one. */
export function stageProject(dir: string): string {
  const tsconfigs = fs.readdirSync(projectRoot).filter((name) => /^tsconfig.*\.json$/.test(name));
  for (const name of [...projectFiles, ...tsconfigs])
    fs.cpSync(path.join(projectRoot, name), path.join(dir, name), { recursive: true });
  const modules = fs.realpathSync(path.join(projectRoot, 'node_modules'));
  // A junction on Windows needs no administrator rights.
  fs.symlinkSync(modules, path.join(dir, 'node_modules'), process.platform === 'win32' ? 'junction' : 'dir');
  return dir;
}

/**
 * A stand-in for an unpacked Electron for Linux: what electron-builder touches when it copies a
 * custom `electronDist` folder for `--linux dir` — the `electron` binary (renamed to the program's
 * executable name), `LICENSE` (kept as LICENSE.electron.txt), `locales/*.pak` (trimmed to
 * `electronLanguages`) and `resources/`. The binary is a shell script; nothing is started.
 */
export function fakeElectronDist(dir: string): string {
  fs.mkdirSync(path.join(dir, 'resources'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'locales'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'electron'), '#!/bin/sh\necho "stand-in Electron"\n', { mode: 0o755 });
  fs.writeFileSync(path.join(dir, 'LICENSE'), 'stand-in licence\n');
  for (const locale of ['en-US', 'ru', 'de', 'kk'])
    fs.writeFileSync(path.join(dir, 'locales', `${locale}.pak`), locale);
  return dir;
}

export interface DryRun {
  status: number | null;
  output: string;
  /** `<out>/linux-unpacked`, the unpacked program. */
  appOutDir: string;
}

/** `node scripts/dist.mjs ARGS` in the staged project, with `env` added to the environment. */
export function runDist(
  stage: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): { status: number | null; output: string } {
  const full: NodeJS.ProcessEnv = { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', ...env };
  // npm cannot describe a node_modules that is a symlink (the stage's, a worktree's): its tree comes
  // out all "extraneous". electron-builder's own fallback, walking node_modules on disk, is chosen
  // by naming it as the package manager.
  full.npm_config_user_agent = 'traversal';
  if (!env.npm_execpath) delete full.npm_execpath;
  const run = spawnSync(process.execPath, [path.join(stage, 'scripts', 'dist.mjs'), ...args], {
    cwd: stage,
    env: full,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

/** The offline dry run: `--linux dir`, the stand-in Electron, no native rebuild, output in `out`. */
export function dryRunDist(stage: string, electronDist: string, out: string): DryRun {
  const args = ['--linux', 'dir', '--x64', `-c.electronDist=${electronDist}`, '-c.npmRebuild=false'];
  const run = runDist(stage, [...args, `-c.directories.output=${out}`]);
  return { ...run, appOutDir: path.join(out, 'linux-unpacked') };
}

/** Sizes for the record: files and bytes under each top-level entry of an asar listing. */
export function summarise(entries: { path: string; size: number }[]): string[] {
  const groups = new Map<string, { files: number; bytes: number }>();
  for (const entry of entries) {
    const parts = entry.path.split('/').filter(Boolean);
    const key = parts[0] === 'node_modules' ? `node_modules/${parts[1]}` : (parts[0] ?? '');
    const group = groups.get(key) ?? { files: 0, bytes: 0 };
    group.files += 1;
    group.bytes += entry.size;
    groups.set(key, group);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([key, g]) =>
        `${key.padEnd(32)} ${String(g.files).padStart(5)} files ${(g.bytes / 1024).toFixed(1).padStart(10)} kB`,
    );
}
