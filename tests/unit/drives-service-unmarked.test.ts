import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { driveFolderName } from '../../src-main/backup/drives/copy';
import { DriveError } from '../../src-main/backup/drives/errors';
import { listMarkedDrives } from '../../src-main/backup/drives/mark';
import { PollingWatcher, type Candidate } from '../../src-main/backup/drives/polling-watcher';
import { DriveHarness } from './drives-harness';
import { driveRecords, sha256 } from './drives-support';

/*
 * An unmarked drive plugged in is only offered ("mark it for backups?"): nothing is written to it
 * until the administrator says yes.
 */

let h: DriveHarness;
beforeEach(() => {
  h = new DriveHarness();
});
afterEach(() => h.close());

function plugNew(label: string): string {
  fs.mkdirSync(path.join(h.root, label));
  return path.join(h.root, label);
}

describe('an unmarked drive plugged in', () => {
  it('is offered and never written; the administrator’s yes marks it and copies', async () => {
    const backup = h.backup('a.mjbak', 5000);
    h.start();
    const drive = plugNew('NEW');
    await h.watcher.poll();
    expect(h.stateOf(drive)).toMatchObject({ state: 'offered', volumeId: null, label: 'NEW' });
    expect(fs.readdirSync(drive)).toEqual([]);
    expect(() => h.service.copyNow(drive)).toThrow(DriveError);
    expect(fs.readdirSync(drive)).toEqual([]);

    const marked = h.service.mark(drive, h.adminId);
    expect(marked.state).toBe('copying');
    await h.service.whenIdle();
    await h.watcher.poll();
    expect(h.stateOf(drive)).toMatchObject({ state: 'safeToRemove', volumeId: marked.volumeId });
    expect(sha256(fs.readFileSync(path.join(drive, driveFolderName, 'a.mjbak')))).toBe(backup.sha256);
    expect(listMarkedDrives(h.t.db).map((d) => d.label)).toEqual(['NEW']);
  });

  it('declined: not offered again while it stays in, and forgotten when pulled out', async () => {
    h.start();
    const drive = plugNew('NEW');
    await h.watcher.poll();
    h.service.dismiss(drive);
    await h.watcher.poll();
    expect(h.stateOf(drive)?.state).toBe('declined');
    fs.rmSync(drive, { recursive: true });
    await h.watcher.poll();
    expect(h.service.states()).toEqual([]);
  });

  it('a drive the administrator unmarked is offered again, not written', async () => {
    h.backup('a.mjbak', 1000);
    h.start();
    const drive = h.plugMarked('OLD');
    await h.watcher.poll();
    await h.service.whenIdle();
    const volumeId = h.stateOf(drive)?.volumeId ?? '';
    expect(h.service.unmark(volumeId)).toBe(true);
    expect(h.stateOf(drive)?.state).toBe('offered');
    h.unplug(drive);
    await h.watcher.poll();
    h.replug(drive);
    await h.watcher.poll();
    expect(h.stateOf(drive)).toMatchObject({ state: 'offered', volumeId });
    expect(driveRecords(h.t.db)).toHaveLength(1);
  });

  it('a write-protected unmarked drive is shown as such, not offered', async () => {
    /** A drive the system reports write-protected (a test run as root can write anywhere). */
    class LockedWatcher extends PollingWatcher {
      protected async candidates(): Promise<Candidate[]> {
        return [{ mountPath: h.root, label: 'LOCKED' }];
      }
      protected override async probe(candidate: Candidate) {
        return { id: null, label: candidate.label, mountPath: candidate.mountPath, freeBytes: 0, writable: false };
      }
    }
    const locked = new LockedWatcher();
    h.start(undefined, locked);
    await locked.poll();
    expect(h.stateOf(h.root)?.state).toBe('readOnly');
    h.service.dismiss(h.root);
    expect(h.stateOf(h.root)?.state).toBe('readOnly');
    locked.close();
  });

  it('refuses to mark or copy to a drive that is not plugged in', () => {
    h.start();
    const missing = path.join(h.root, 'GONE');
    for (const work of [() => h.service.mark(missing, h.adminId), () => h.service.copyNow(missing)]) {
      expect(work).toThrow(expect.objectContaining({ key: 'validation.backup.driveNotFound' }));
    }
  });
});
