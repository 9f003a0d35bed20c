import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertDriveRecord } from '../../src-main/backup/drives/drive-records';
import { DriveError } from '../../src-main/backup/drives/errors';
import { listMarkedDrives, markDrive, unmarkDrive } from '../../src-main/backup/drives/mark';
import { markerName, parseMarker, type MarkerFs } from '../../src-main/backup/drives/marker';
import { openTestApp, setupSchool, type TestApp } from '../helpers/app';
import { errno } from './drives-support';

let t: TestApp;
let adminId: number;
let drive: string;

beforeEach(() => {
  t = openTestApp();
  adminId = setupSchool(t).userId;
  drive = path.join(t.dir, 'drives', 'KINGSTON');
  fs.mkdirSync(drive, { recursive: true });
});
afterEach(() => t.close());

const rows = () =>
  t.db.sqlite
    .prepare(
      'select volume_id as volumeId, label, marked_at as markedAt, marked_by as markedBy, active from backup_drive',
    )
    .all();

const markerOn = (dir: string) => parseMarker(fs.readFileSync(path.join(dir, markerName), 'utf8'));

function refusal(work: () => unknown): DriveError {
  try {
    work();
  } catch (error) {
    if (error instanceof DriveError) return error;
    throw error;
  }
  return expect.fail('expected a DriveError');
}

describe('marking a drive for backups', () => {
  it('writes a random id to the drive, whole, and records the drive with who marked it and when', () => {
    const marked = markDrive(t.db, { mountPath: drive, label: ' KINGSTON ' }, adminId, t.clock.now());
    expect(marked.volumeId).toMatch(/^[0-9a-f]{32}$/);
    expect(markerOn(drive)).toBe(marked.volumeId);
    expect(fs.readdirSync(drive)).toEqual([markerName]);
    expect(JSON.parse(fs.readFileSync(path.join(drive, markerName), 'utf8'))).toEqual({
      program: 'Mektep Journal',
      format: 1,
      id: marked.volumeId,
    });
    expect(rows()).toEqual([
      {
        volumeId: marked.volumeId,
        label: 'KINGSTON',
        markedAt: '2025-10-06T08:00:00.000Z',
        markedBy: adminId,
        active: 1,
      },
    ]);
  });

  it('knows a relabelled drive by its id, and keeps one row for it', () => {
    const first = markDrive(t.db, { mountPath: drive, label: 'KINGSTON' }, adminId, t.clock.now());
    const renamed = path.join(path.dirname(drive), 'SCHOOL-5');
    fs.renameSync(drive, renamed);
    t.clock.advanceMinutes(5);
    const again = markDrive(t.db, { mountPath: renamed, label: 'SCHOOL-5' }, adminId, t.clock.now());
    expect(again.volumeId).toBe(first.volumeId);
    expect(rows()).toEqual([
      {
        volumeId: first.volumeId,
        label: 'SCHOOL-5',
        markedAt: '2025-10-06T08:05:00.000Z',
        markedBy: adminId,
        active: 1,
      },
    ]);
  });

  it('unmarks a drive (its marker stays), and marking it again brings the same row back', () => {
    const { volumeId } = markDrive(t.db, { mountPath: drive, label: 'KINGSTON' }, adminId, t.clock.now());
    expect(unmarkDrive(t.db, volumeId)).toBe(true);
    expect(unmarkDrive(t.db, volumeId)).toBe(false);
    expect(unmarkDrive(t.db, 'f'.repeat(32))).toBe(false);
    expect(listMarkedDrives(t.db)).toEqual([]);
    expect(listMarkedDrives(t.db, { includeInactive: true }).map((d) => [d.volumeId, d.active])).toEqual([
      [volumeId, false],
    ]);
    expect(markerOn(drive)).toBe(volumeId);
    markDrive(t.db, { mountPath: drive, label: 'KINGSTON' }, adminId, t.clock.now());
    expect(listMarkedDrives(t.db).map((d) => [d.volumeId, d.active])).toEqual([[volumeId, true]]);
  });

  it('takes a damaged marker for none and writes a new one', () => {
    fs.writeFileSync(path.join(drive, markerName), '{"id": "not-an-id"}');
    const marked = markDrive(t.db, { mountPath: drive, label: 'KINGSTON' }, adminId, t.clock.now());
    expect(markerOn(drive)).toBe(marked.volumeId);
  });
});

describe('a drive that cannot be marked', () => {
  const failing = (name: keyof MarkerFs, code: string): MarkerFs => ({
    ...fs,
    [name]: () => {
      throw errno(code);
    },
  });

  for (const [name, code, key] of [
    ['openSync', 'EROFS', 'validation.backup.driveReadOnly'],
    ['openSync', 'EACCES', 'validation.backup.driveReadOnly'],
    ['writeSync', 'ENOSPC', 'validation.backup.driveFull'],
    ['fsyncSync', 'EIO', 'validation.backup.driveRemoved'],
    ['renameSync', 'EIO', 'validation.backup.driveRemoved'],
  ] as const) {
    it(`${name} failing with ${code}: ${key}, no marker, no temp, no row`, () => {
      const error = refusal(() =>
        markDrive(t.db, { mountPath: drive, label: 'KINGSTON' }, adminId, t.clock.now(), failing(name, code)),
      );
      expect(error.key).toBe(key);
      expect(fs.readdirSync(drive)).toEqual([]);
      expect(rows()).toEqual([]);
    });
  }

  it('a drive pulled out before marking: driveRemoved', () => {
    fs.rmSync(drive, { recursive: true });
    const error = refusal(() => markDrive(t.db, { mountPath: drive, label: 'KINGSTON' }, adminId, t.clock.now()));
    expect(error.key).toBe('validation.backup.driveRemoved');
    expect(rows()).toEqual([]);
  });
});

describe('the marked drives with their last copy', () => {
  it('shows the last verified copy, and a failure only when it came after it', () => {
    const { volumeId } = markDrive(t.db, { mountPath: drive, label: 'KINGSTON' }, adminId, t.clock.now());
    const record = (fileName: string, status: 'ok' | 'failed', minutes: number, error: string | null = null) =>
      insertDriveRecord(t.db, {
        ...{ volumeId, fileName, sizeBytes: status === 'ok' ? 100 : null, sha256: 'ab'.repeat(32) },
        ...{
          schemaVersion: null,
          status,
          error,
          at: new Date(Date.parse('2025-10-06T09:00:00.000Z') + minutes * 60_000),
        },
      });
    expect(listMarkedDrives(t.db)[0]).toMatchObject({ label: 'KINGSTON', lastCopy: null, lastFailure: null });
    record('a.mjbak', 'ok', 0);
    record('b.mjbak', 'failed', 10, 'validation.backup.driveFull: ENOSPC: no space left on device');
    expect(listMarkedDrives(t.db)[0]).toMatchObject({
      lastCopy: { fileName: 'a.mjbak', at: '2025-10-06T09:00:00.000Z', sizeBytes: 100 },
      lastFailure: { fileName: 'b.mjbak', at: '2025-10-06T09:10:00.000Z', errorKey: 'validation.backup.driveFull' },
    });
    record('c.mjbak', 'ok', 20);
    expect(listMarkedDrives(t.db)[0]).toMatchObject({
      lastCopy: { fileName: 'c.mjbak', at: '2025-10-06T09:20:00.000Z' },
      lastFailure: null,
    });
  });
});
