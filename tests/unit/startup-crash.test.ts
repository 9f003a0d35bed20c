/**
 * An error nothing caught in main: written to the crash log (time, version, kind, stack), shown once
 * at a time, the program kept running after a stray rejection and closed cleanly after an uncaught
 * exception, only once the message was read. A fake process emits the errors; the log is a real file.
 */
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CrashReporter, type CrashKind } from '../../src-main/startup/crash-log';
import { makeTempDir, removeDir } from '../helpers/app';

let dir: string;
let logFile: string;

beforeEach(() => {
  dir = makeTempDir('mektep-crash-');
  logFile = path.join(dir, 'user-data', 'crash.log');
});
afterEach(() => removeDir(dir));

/** A reporter on a fake process; each message stays open until the test "reads" it. */
function reporter(maxMessages?: number) {
  const shown: CrashKind[] = [];
  const reads: (() => void)[] = [];
  let closed = 0;
  const proc = new EventEmitter();
  const crash = new CrashReporter({
    logFile,
    version: '1.2.3',
    now: () => new Date('2026-11-23T09:15:00.000Z'),
    show: (kind, file) => {
      expect(file).toBe(logFile);
      shown.push(kind);
      return new Promise<void>((resolve) => reads.push(resolve));
    },
    close: () => closed++,
    ...(maxMessages ? { maxMessages } : {}),
  });
  const uninstall = crash.install(proc as unknown as NodeJS.Process);
  /** Reads the oldest open message and lets its ending run. */
  const read = async () => {
    reads.shift()?.();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { proc, shown, read, closed: () => closed, uninstall };
}

const log = () => fs.readFileSync(logFile, 'utf8');

describe('the crash reporter', () => {
  it('logs an uncaught exception with time, version and stack, tells it, and closes once it is read', async () => {
    const r = reporter();
    const error = new Error('Cannot read properties of undefined');
    r.proc.emit('uncaughtException', error);
    const text = log();
    expect(text).toContain('[2026-11-23T09:15:00.000Z] Mektep Journal 1.2.3 uncaughtException');
    expect(text).toContain('Error: Cannot read properties of undefined');
    expect(text).toMatch(/\n\s+at .+startup-crash\.test\.ts/);
    expect(r.shown).toEqual(['uncaughtException']);
    // Not closed under the message: only once it has been read.
    expect(r.closed()).toBe(0);
    await r.read();
    expect(r.closed()).toBe(1);
  });

  it('keeps the program running after a stray rejection, and logs what was rejected', async () => {
    const r = reporter();
    r.proc.emit('unhandledRejection', { code: 42 });
    expect(log()).toContain('unhandledRejection');
    expect(log()).toContain('Non-error value: {"code":42}');
    expect(r.shown).toEqual(['unhandledRejection']);
    await r.read();
    expect(r.closed()).toBe(0);
  });

  it('shows one message at a time and only the first few, but logs every error', async () => {
    const r = reporter(2);
    r.proc.emit('unhandledRejection', new Error('one'));
    r.proc.emit('unhandledRejection', new Error('two'));
    expect(r.shown).toHaveLength(1);
    await r.read();
    r.proc.emit('unhandledRejection', new Error('three'));
    await r.read();
    r.proc.emit('unhandledRejection', new Error('four'));
    expect(r.shown).toHaveLength(2);
    for (const word of ['one', 'two', 'three', 'four']) expect(log()).toContain(`Error: ${word}`);
    expect(r.closed()).toBe(0);
  });

  it('closes after the open message when an uncaught exception comes while one is shown', async () => {
    const r = reporter();
    r.proc.emit('unhandledRejection', new Error('first'));
    r.proc.emit('uncaughtException', new Error('then this'));
    expect(r.shown).toEqual(['unhandledRejection']);
    expect(r.closed()).toBe(0);
    await r.read();
    expect(r.closed()).toBe(1);
    expect(log()).toContain('Error: then this');
  });

  it('stops listening when uninstalled', () => {
    const r = reporter();
    r.uninstall();
    expect(r.proc.listenerCount('uncaughtException')).toBe(0);
    expect(r.proc.listenerCount('unhandledRejection')).toBe(0);
  });
});
