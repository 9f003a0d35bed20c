import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { driveFolderName } from '../../src-main/backup/drives/copy';
import { listMarkedDrives } from '../../src-main/backup/drives/mark';
import { markerName } from '../../src-main/backup/drives/marker';
import { DriveHarness } from './drives-harness';
import { driveRecords, faultyIo, filesUnder, sha256 } from './drives-support';

/*
 * A marked drive plugged in, with a folder standing in for where drives appear: it gets the latest
 * verified backup and ends "safe to remove", or a clear failure when it is pulled out, full or
 * write-protected. 10,000 bytes in chunks of 4,096: three writes, then three reads back.
 */

let h: DriveHarness;
beforeEach(() => {
  h = new DriveHarness();
});
afterEach(() => h.close());

describe('a marked drive plugged in', () => {
  it('gets the latest verified backup with progress, then is safe to remove', async () => {
    h.backup('older.mjbak', 3000, new Date('2025-10-05T08:00:00.000Z'));
    const latest = h.backup('latest.mjbak', 10_000);
    h.start();
    const drive = h.plugMarked('KINGSTON');
    await h.watcher.poll();
    expect(h.stateOf(drive)?.state).toBe('copying');
    await h.service.whenIdle();
    expect(h.stateOf(drive)).toMatchObject({
      ...{ state: 'safeToRemove', present: true, fileName: 'latest.mjbak', bytes: 10_000 },
      ...{ upToDate: false, error: null, progress: { fraction: 1 } },
    });
    const fractions = h.changes.flatMap((c) => (c.state === 'copying' && c.progress ? [c.progress.fraction] : []));
    expect(fractions).toEqual([4096, 8192, 10_000, 14_096, 18_192, 20_000].map((n) => n / 20_000));
    expect(sha256(fs.readFileSync(path.join(drive, driveFolderName, 'latest.mjbak')))).toBe(latest.sha256);
    expect(driveRecords(h.t.db).map((r) => [r.fileName, r.status, r.sha256])).toEqual([
      ['latest.mjbak', 'ok', latest.sha256],
    ]);
    expect(listMarkedDrives(h.t.db)[0]?.lastCopy?.fileName).toBe('latest.mjbak');
  });

  it('plugged again with nothing new: checked, nothing written, safe to remove at once', async () => {
    h.backup('a.mjbak', 5000);
    h.start();
    const drive = h.plugMarked('KINGSTON');
    await h.watcher.poll();
    await h.service.whenIdle();
    h.unplug(drive);
    await h.watcher.poll();
    expect(h.service.states()).toEqual([]);
    h.replug(drive);
    await h.watcher.poll();
    await h.service.whenIdle();
    expect(h.stateOf(drive)).toMatchObject({ state: 'safeToRemove', upToDate: true });
    expect(driveRecords(h.t.db)).toHaveLength(1);
  });

  it('pulled out mid-copy: failed with driveRemoved, listed until dismissed, the record says so', async () => {
    h.backup('a.mjbak', 10_000);
    let drive = '';
    h.start(faultyIo({ beforeWrite: (n) => n === 2 && fs.rmSync(drive, { recursive: true }) }));
    drive = h.plugMarked('KINGSTON');
    await h.watcher.poll();
    await h.service.whenIdle();
    await h.watcher.poll();
    expect(h.stateOf(drive)).toMatchObject({
      ...{ state: 'failed', present: false },
      error: { key: 'validation.backup.driveRemoved' },
    });
    expect(driveRecords(h.t.db).map((r) => r.status)).toEqual(['failed']);
    h.service.dismiss(drive);
    expect(h.service.states()).toEqual([]);
  });

  it('pulled out and noticed while the copy still runs: the same failure, kept until dismissed', async () => {
    h.backup('a.mjbak', 10_000);
    let drive = '';
    // The watcher looks (and sees the drive gone) before the copy's second write goes on.
    const pull = async (n: number) => {
      if (n !== 2) return;
      fs.rmSync(drive, { recursive: true });
      await h.watcher.poll();
    };
    h.start(faultyIo({ beforeWrite: pull }));
    drive = h.plugMarked('KINGSTON');
    await h.watcher.poll();
    await h.service.whenIdle();
    expect(h.changes.some((c) => c.state === 'copying' && !c.present)).toBe(true);
    expect(h.stateOf(drive)).toMatchObject({
      ...{ state: 'failed', present: false },
      error: { key: 'validation.backup.driveRemoved' },
    });
    expect(h.service.states()).toHaveLength(1);
  });

  it('too full: failed with driveFull, nothing written on it', async () => {
    h.backup('a.mjbak', 10_000);
    h.start(faultyIo({ freeBytes: 4096 }));
    const drive = h.plugMarked('KINGSTON');
    await h.watcher.poll();
    await h.service.whenIdle();
    expect(h.stateOf(drive)).toMatchObject({
      ...{ state: 'failed', present: true },
      error: { key: 'validation.backup.driveFull' },
    });
    expect(filesUnder(drive)).toEqual([markerName]);
  });

  it('write-protected: failed with driveReadOnly, and "copy again" works once the switch is off', async () => {
    h.backup('a.mjbak', 1000);
    const faults = { create: 'EROFS' as string | undefined };
    h.start(faultyIo(faults));
    const drive = h.plugMarked('KINGSTON');
    await h.watcher.poll();
    await h.service.whenIdle();
    expect(h.stateOf(drive)?.error?.key).toBe('validation.backup.driveReadOnly');
    expect(filesUnder(drive)).toEqual([markerName]);
    faults.create = undefined;
    h.service.copyNow(drive);
    expect(() => h.service.copyNow(drive)).toThrow(expect.objectContaining({ key: 'validation.backup.driveBusy' }));
    await h.service.whenIdle();
    expect(h.stateOf(drive)).toMatchObject({ state: 'safeToRemove', error: null });
  });

  it('with no verified local backup yet: failed with driveNoBackup, nothing written', async () => {
    h.start();
    const drive = h.plugMarked('KINGSTON');
    await h.watcher.poll();
    expect(h.stateOf(drive)).toMatchObject({ state: 'failed', error: { key: 'validation.backup.driveNoBackup' } });
    expect(filesUnder(drive)).toEqual([markerName]);
  });
});
