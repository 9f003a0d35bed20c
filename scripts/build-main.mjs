// Bundles the Electron main process and its preload into dist-main/ with esbuild.
//   dist-main/electron-main.cjs  ← src-main/electron/main.ts     (externals: electron, better-sqlite3)
//   dist-main/preload.cjs        ← src-main/electron/preload.ts  (a sandboxed preload: may require 'electron' only)
//   dist-main/pdf-worker.cjs     ← src-main/print/pdf-worker.ts  (the print worker thread: pdfmake bundled in)
// Fails when a bundle requires anything else, so a stray import cannot slip into the package.
import { build } from 'esbuild';
import { builtinModules } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist-main');

/** Modules the main bundle may leave to require() at run time: Electron, the native module, Node's own. */
const mainExternals = ['electron', 'better-sqlite3'];
/** A sandboxed preload gets a require() that knows 'electron' and almost nothing else. */
const preloadExternals = ['electron'];

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: ['node20', 'es2022'],
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
  absWorkingDir: root,
  legalComments: 'none',
};

const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/** The bare module names a bundle leaves to require() at run time. */
function externalImports(metafile, outfile) {
  const key = path.relative(root, outfile).split(path.sep).join('/');
  const output = metafile.outputs[key];
  if (!output) throw new Error(`esbuild wrote no ${key}`);
  return [...new Set(output.imports.filter((i) => i.external).map((i) => i.path))].sort();
}

function check(label, imports, allowed) {
  const refused = imports.filter((name) => !allowed(name));
  if (refused.length) {
    throw new Error(`${label} requires ${refused.join(', ')}; allowed: only what the sandbox/package provides`);
  }
}

function size(file) {
  const bytes = fs.statSync(file).size;
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${(bytes / 1024).toFixed(1)} kB`;
}

export async function buildMain() {
  fs.rmSync(outdir, { recursive: true, force: true });

  const mainOut = path.join(outdir, 'electron-main.cjs');
  const preloadOut = path.join(outdir, 'preload.cjs');
  const workerOut = path.join(outdir, 'pdf-worker.cjs');

  const [main, preload, worker] = await Promise.all([
    build({ ...common, entryPoints: ['src-main/electron/main.ts'], outfile: mainOut, external: mainExternals }),
    build({
      ...common,
      entryPoints: ['src-main/electron/preload.ts'],
      outfile: preloadOut,
      external: preloadExternals,
    }),
    build({ ...common, entryPoints: ['src-main/print/pdf-worker.ts'], outfile: workerOut, external: [] }),
  ]);

  const mainImports = externalImports(main.metafile, mainOut);
  const preloadImports = externalImports(preload.metafile, preloadOut);
  const workerImports = externalImports(worker.metafile, workerOut);
  try {
    check('dist-main/pdf-worker.cjs', workerImports, (name) => builtins.has(name));
    check('dist-main/electron-main.cjs', mainImports, (name) => mainExternals.includes(name) || builtins.has(name));
    check('dist-main/preload.cjs (sandboxed)', preloadImports, (name) => preloadExternals.includes(name));
  } catch (error) {
    fs.rmSync(outdir, { recursive: true, force: true }); // no half-right bundle left to start
    throw error;
  }

  for (const file of [mainOut, preloadOut, workerOut]) {
    console.log(`${path.relative(root, file).padEnd(28)} ${size(file)}`);
  }
  return { main: { file: mainOut, imports: mainImports }, preload: { file: preloadOut, imports: preloadImports } };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildMain().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
