import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyToDrive, driveFolderName, type CopyProgress } from '../../src-main/backup/drives/copy';
import { CopyBench } from './drives-harness';
import { addLocalBackup, driveRecords, faultyIo, filesUnder, sha256 } from './drives-support';

/*
 * One backup onto one drive, the drive being a temp folder: written in chunks under a temp name, read
 * back, and only then named; older copies rotate out. 10,000 bytes in chunks of 4,096 are three
 * writes: 4,096 + 4,096 + 1,808.
 */

let b: CopyBench;
beforeEach(() => {
  b = new CopyBench();
});
afterEach(() => b.close());

describe('copying a backup onto a drive', () => {
  it('writes it in chunks, reads it back, names it, and records it', async () => {
    const seen: CopyProgress[] = [];
    const { backup, io, run } = b.copy('a.mjbak', 10_000, {}, { onProgress: (p) => seen.push(p) });
    const result = await run;
    expect(result).toMatchObject({ fileName: 'a.mjbak', bytes: 10_000, upToDate: false, rotatedOut: [] });
    expect(io.writes).toBe(3);
    expect(seen.map((p) => `${p.phase} ${p.done}/${p.total}`)).toEqual([
      'copy 4096/10000',
      'copy 8192/10000',
      'copy 10000/10000',
      'verify 4096/10000',
      'verify 8192/10000',
      'verify 10000/10000',
    ]);
    expect(sha256(fs.readFileSync(b.onDrive('a.mjbak')))).toBe(backup.sha256);
    expect(filesUnder(b.drive)).toEqual(['.mektep-drive', `${driveFolderName}/a.mjbak`]);
    expect(driveRecords(b.t.db)).toEqual([
      {
        targetPath: `drive:${b.volumeId}`,
        fileName: 'a.mjbak',
        status: 'ok',
        sha256: backup.sha256,
        sizeBytes: 10_000,
        verifiedAt: '2025-10-06T08:00:00.000Z',
        error: null,
      },
    ]);
  });

  it('writes nothing when the drive already holds the same backup', async () => {
    const backup = addLocalBackup(b.t.db, b.local, 'a.mjbak', 5000, b.t.clock.now());
    const target = { volumeId: b.volumeId, mountPath: b.drive };
    await copyToDrive(b.t.db, target, backup, { now: b.t.clock.now });
    const io = faultyIo({});
    const again = await copyToDrive(b.t.db, target, backup, { now: b.t.clock.now, io });
    expect(again).toMatchObject({ upToDate: true, recordId: null, bytes: 5000 });
    expect(io.writes).toBe(0);
    expect(driveRecords(b.t.db)).toHaveLength(1);
  });

  it('replaces a damaged file of the same name with a verified copy', async () => {
    const backup = addLocalBackup(b.t.db, b.local, 'a.mjbak', 5000, b.t.clock.now());
    fs.mkdirSync(b.onDrive());
    fs.writeFileSync(b.onDrive('a.mjbak'), 'half a file');
    const result = await copyToDrive(b.t.db, { volumeId: b.volumeId, mountPath: b.drive }, backup, {
      now: b.t.clock.now,
    });
    expect(result.upToDate).toBe(false);
    expect(sha256(fs.readFileSync(b.onDrive('a.mjbak')))).toBe(backup.sha256);
  });

  it('clears the temp files an interrupted copy left, and nothing else', async () => {
    fs.mkdirSync(b.onDrive());
    fs.writeFileSync(b.onDrive('.old.mjbak.1a2b3c4d.part'), 'interrupted');
    fs.writeFileSync(b.onDrive('notes.txt'), 'the teacher’s own file');
    await b.copy('a.mjbak', 100).run;
    expect(filesUnder(b.onDrive())).toEqual(['a.mjbak', 'notes.txt']);
  });
});

describe('rotation on the drive', () => {
  it('keeps the newest five verified copies and never touches a file it did not record', async () => {
    fs.mkdirSync(b.onDrive());
    fs.writeFileSync(b.onDrive('z-someone-else.mjbak'), 'not ours');
    const rotated: string[][] = [];
    for (let i = 1; i <= 7; i += 1) {
      b.t.clock.advanceMinutes(60);
      rotated.push((await b.copy(`b${i}.mjbak`, 1000).run).rotatedOut);
    }
    expect(rotated).toEqual([[], [], [], [], [], ['b1.mjbak'], ['b2.mjbak']]);
    expect(filesUnder(b.onDrive())).toEqual([
      'b3.mjbak',
      'b4.mjbak',
      'b5.mjbak',
      'b6.mjbak',
      'b7.mjbak',
      'z-someone-else.mjbak',
    ]);
  });
});
