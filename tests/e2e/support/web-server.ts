import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface RunningServer {
  url: string;
  dbFile: string;
  stop(): Promise<void>;
}

/**
 * Starts browser mode as a user would (`src-main/web/main.ts`), by its own binary so that the
 * process stopped is the one serving, on a free port with a fresh database file.
 */
export async function startServer(extraArgs: string[] = [], env: Record<string, string> = {}): Promise<RunningServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mektep-e2e-'));
  const dbFile = path.join(dir, 'journal.sqlite');
  const child: ChildProcess = spawn(
    path.resolve('node_modules/.bin/tsx'),
    ['src-main/web/main.ts', '--db', dbFile, '--port', '0', ...extraArgs],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The web server did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Mektep Journal: (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The web server exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    dbFile,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
