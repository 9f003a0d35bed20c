// `npm run dist [-- electron-builder options]`: builds the installers on a packaging machine with
// internet. Steps: the renderer (vite) and main (scripts/build-main.mjs), then electron-builder with
// electron-builder.yml (`--publish never`: nothing is uploaded), then better-sqlite3 is rebuilt for
// Node again, because electron-builder rebuilt it in node_modules for Electron's ABI and the tests,
// the CLI and `npm run web` need the Node build.
//   npm run dist                    installers for this platform (Windows: NSIS; Linux: AppImage, deb)
//   npm run dist -- --win           the Windows installer (from Linux this needs wine)
//   npm run dist -- --linux dir     an unpacked folder only
//   npm run dist -- --prebuilt      skip the builds, use dist-main/ and dist-renderer/ as they are
//                                   (e.g. after a failed download, to run electron-builder again)
// Extra options go to electron-builder unchanged (e.g. -c.electronDist=FOLDER -c.npmRebuild=false
// for the offline dry run in tests/unit/packaging-asar.test.ts).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildMain } from './build-main.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (...parts) => path.join(root, 'node_modules', ...parts);

function run(label, command, args, options = {}) {
  console.log(`▸ ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${label} failed (exit code ${result.status})`);
}

/** npm itself: the one running this script when started by `npm run`, else `npm` on PATH. */
function npm(args) {
  const npmCli = process.env.npm_execpath;
  if (npmCli && npmCli.endsWith('.js')) return [process.execPath, [npmCli, ...args], {}];
  return ['npm', args, { shell: process.platform === 'win32' }];
}

async function main() {
  const prebuilt = process.argv.includes('--prebuilt');
  const builderArgs = process.argv.slice(2).filter((arg) => arg !== '--prebuilt');
  // The dry run keeps node_modules untouched; a real run rebuilds the native module for Electron.
  const rebuildsNative = !builderArgs.some((arg) => /^(-c|--config)\.npmRebuild=false$/.test(arg));

  if (!prebuilt) {
    run('renderer', process.execPath, [
      bin('vite', 'bin', 'vite.js'),
      'build',
      '--config',
      'vite.config.mts',
      '--logLevel',
      'warn',
    ]);
    console.log('▸ main');
    await buildMain();
  }
  try {
    run('electron-builder', process.execPath, [
      bin('electron-builder', 'cli.js'),
      '--publish',
      'never',
      ...builderArgs,
    ]);
  } finally {
    if (rebuildsNative) {
      const [command, args, options] = npm(['rebuild', 'better-sqlite3']);
      run('better-sqlite3 for Node again', command, args, options);
    }
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
