// Starts the built app with the Electron binary from node_modules, passing extra arguments through:
//   npm start -- --db /path/to/journal.sqlite
// When the binary is missing (its download needs internet), says so in one line and exits 1.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** The Electron executable's path, or null when it is not installed. */
export function electronBinary() {
  let binary;
  try {
    // The electron package exports the binary's path, and throws when its download never happened.
    binary = require('electron');
  } catch {
    return null;
  }
  return typeof binary === 'string' && fs.existsSync(binary) ? binary : null;
}

function main() {
  const binary = electronBinary();
  if (!binary) {
    console.error(
      `Electron's binary is not installed here (its download needs internet). ` +
        `Run "npm run web" to use Mektep Journal in the browser at http://127.0.0.1:4310.`,
    );
    process.exit(1);
  }
  if (!fs.existsSync(path.join(root, 'dist-main', 'electron-main.cjs'))) {
    console.error('dist-main/electron-main.cjs is missing: run "npm run build" first (npm start does).');
    process.exit(1);
  }

  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE; // would start Electron as plain Node instead of the app
  const child = spawn(binary, ['.', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env });

  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (!child.killed) child.kill(signal);
    });
  }
  child.on('error', (error) => {
    console.error(`Could not start Electron: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
