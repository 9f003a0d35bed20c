import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyToDrive } from '../../src-main/backup/drives/copy';
import { CopyBench, refusal } from './drives-harness';
import { addLocalBackup, driveRecords, filesUnder } from './drives-support';

/*
 * A copy onto a drive that fails — pulled out, full, write-protected, a bad read-back, a damaged
 * local file — leaves no file under a final name, no temp file, and the earlier copy as it was.
 * 10,000 bytes in chunks of 4,096 are three writes: the fault is put at each of them in turn.
 */

let b: CopyBench;
beforeEach(() => {
  b = new CopyBench();
});
afterEach(() => b.close());

describe('a copy that fails', () => {
  const faultCases = [
    ['EIO', 'validation.backup.driveRemoved'],
    ['ENOENT', 'validation.backup.driveRemoved'],
    ['ENOSPC', 'validation.backup.driveFull'],
    ['EROFS', 'validation.backup.driveReadOnly'],
    ['EFBIG', 'validation.backup.driveFileTooLarge'],
  ] as const;

  for (const [code, key] of faultCases) {
    it(`at any write with ${code}: no final file, no temp, the earlier copy intact, ${key}`, async () => {
      const first = await b.copy('a.mjbak', 6000).run;
      const before = fs.readFileSync(b.onDrive(first.fileName));
      for (let at = 1; at <= 3; at += 1) {
        const error = await refusal(b.copy(`b${at}.mjbak`, 10_000, { write: { at, code } }).run);
        expect(error.key).toBe(key);
        expect(filesUnder(b.onDrive())).toEqual(['a.mjbak']);
        expect(fs.readFileSync(b.onDrive('a.mjbak')).equals(before)).toBe(true);
      }
      const records = driveRecords(b.t.db);
      expect(records.map((r) => `${r.fileName} ${r.status}`)).toEqual([
        'a.mjbak ok',
        'b1.mjbak failed',
        'b2.mjbak failed',
        'b3.mjbak failed',
      ]);
      expect(records[1]?.error?.startsWith(`${key}: ${code}`)).toBe(true);
      expect(records[1]?.verifiedAt).toBeNull();
    });
  }

  it('when the drive is pulled out mid-copy (its folder deleted): driveRemoved', async () => {
    const { run } = b.copy(
      'a.mjbak',
      10_000,
      {},
      { onProgress: (p) => p.done === 4096 && fs.rmSync(b.drive, { recursive: true }) },
    );
    expect((await refusal(run)).key).toBe('validation.backup.driveRemoved');
    expect(fs.existsSync(b.drive)).toBe(false);
    expect(driveRecords(b.t.db).map((r) => r.status)).toEqual(['failed']);
  });

  it('when the flush or the rename fails: no final file', async () => {
    expect((await refusal(b.copy('a.mjbak', 5000, { sync: 'EIO' }).run)).key).toBe('validation.backup.driveRemoved');
    expect((await refusal(b.copy('b.mjbak', 5000, { rename: 'EACCES' }).run)).key).toBe(
      'validation.backup.driveReadOnly',
    );
    expect(filesUnder(b.drive)).toEqual(['.mektep-drive']);
  });

  it('checks the free space first: a full drive gets nothing written, not even the folder', async () => {
    const { io, run } = b.copy('a.mjbak', 10_000, { freeBytes: 10_000 + 1024 * 1024 - 1 });
    const error = await refusal(run);
    expect(error.key).toBe('validation.backup.driveFull');
    expect(error.detail).toBe(`needs ${10_000 + 1024 * 1024} bytes, ${10_000 + 1024 * 1024 - 1} free`);
    expect(io.writes).toBe(0);
    expect(fs.readdirSync(b.drive)).toEqual(['.mektep-drive']);
  });

  it('on a write-protected drive: driveReadOnly, nothing written', async () => {
    expect((await refusal(b.copy('a.mjbak', 100, { mkdir: 'EROFS' }).run)).key).toBe('validation.backup.driveReadOnly');
    expect((await refusal(b.copy('b.mjbak', 100, { create: 'EACCES' }).run)).key).toBe(
      'validation.backup.driveReadOnly',
    );
    expect(filesUnder(b.drive)).toEqual(['.mektep-drive']);
  });

  it('when the copy reads back different bytes: driveVerifyFailed, no final file', async () => {
    const error = await refusal(b.copy('a.mjbak', 5000, { corruptReads: /\.part$/ }).run);
    expect(error.key).toBe('validation.backup.driveVerifyFailed');
    expect(filesUnder(b.drive)).toEqual(['.mektep-drive']);
  });

  it('when the local file no longer matches its checksum: driveSourceDamaged, nothing under its name', async () => {
    const backup = addLocalBackup(b.t.db, b.local, 'a.mjbak', 5000, b.t.clock.now());
    fs.appendFileSync(backup.file, 'x');
    const error = await refusal(
      copyToDrive(b.t.db, { volumeId: b.volumeId, mountPath: b.drive }, backup, { now: b.t.clock.now }),
    );
    expect(error.key).toBe('validation.backup.driveSourceDamaged');
    expect(filesUnder(b.drive)).toEqual(['.mektep-drive']);
  });
});
