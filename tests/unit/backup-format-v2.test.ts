import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackupError } from '../../src-main/backup/errors';
import { formatVersion } from '../../src-main/backup/format';
import { FrameSplitter, frameRawBytes, packFrame, unpackFrames } from '../../src-main/backup/frames';
import { restoreBackup } from '../../src-main/backup/restore-service';
import { BackupService } from '../../src-main/backup/service';
import { verifyBackupBytes, verifyBackupFile } from '../../src-main/backup/verify';
import { backupSteps, writeBackup, type WrittenBackup } from '../../src-main/backup/write';
import { migrationsFolder } from '../../src-main/db/paths';
import type { TestApp } from '../helpers/app';
import { allRows, flipped, passphrase, smallSchool, writeRequest } from './backup-support';
import { writeVersion1 } from './backup-version1';

/**
 * Format version 2 (the database in frames of 4 MiB, each brotli) on a database of several frames,
 * tampered and truncated files, the snapshot held while the program writes, the slower snapshot when
 * the WAL cannot be emptied, and the files of version 1 (gzip), which must still verify and restore.
 */

const by = { userId: null, login: 'test', address: null };

function reason(work: () => unknown): string {
  try {
    work();
    return 'ok';
  } catch (error) {
    if (error instanceof BackupError) return error.reason;
    throw error;
  }
}

const rehashed = (bytes: Buffer) => {
  const copy = Buffer.from(bytes);
  createHash('sha256')
    .update(copy.subarray(0, copy.length - 32))
    .digest()
    .copy(copy, copy.length - 32);
  return copy;
};

describe('backup files of format version 2, and of version 1', () => {
  let t: TestApp;
  let folder: string;
  let written: WrittenBackup;
  let bytes: Buffer;

  beforeAll(() => {
    ({ t } = smallSchool());
    folder = path.join(t.dir, 'backups');
    // 12 MiB that do not compress: three frames, each cut by the 4 MiB pieces the check reads back.
    t.db.sqlite.exec('create table filler (id integer primary key, data blob)');
    const insert = t.db.sqlite.prepare('insert into filler (data) values (?)');
    for (let i = 0; i < 48; i++) insert.run(randomBytes(256 * 1024));
    written = writeBackup(writeRequest(t.db, folder));
    bytes = fs.readFileSync(written.file);
  }, 60_000);
  afterAll(() => t.close());

  it('is written as version 2 with brotli frames, and gives back every row of a database of several frames', () => {
    expect(formatVersion).toBe(2);
    expect(bytes.readUInt16BE(8)).toBe(2);
    expect(written.header.compression).toBe('brotli');
    expect(written.header.databaseBytes).toBeGreaterThan(2 * frameRawBytes);
    const { database, header } = verifyBackupFile(written.file, { passphrase });
    expect(database.length).toBe(header.databaseBytes);
    // A plain file: rollback journal in the header's bytes 18–19, not WAL.
    expect([database[18], database[19]]).toEqual([1, 1]);
    expect(allRows(database)).toEqual(allRows(t.db));
    expect(header.counts.filler).toBe(48);
  });

  it('refuses a truncated file wherever it is cut, and a changed body even with its hash made right', () => {
    const n = bytes.length;
    for (const at of [n - 1, n - 40, n - 48, Math.floor(n / 2), 200]) {
      expect(
        reason(() => verifyBackupBytes(bytes.subarray(0, at), { passphrase })),
        `cut at ${at}`,
      ).toBe('damaged');
      expect(
        reason(() => verifyBackupBytes(rehashed(bytes.subarray(0, at)), { passphrase })),
        `${at}`,
      ).toBe('damaged');
    }
    const headerEnd = 14 + bytes.readUInt32BE(10) + 44;
    for (const at of [headerEnd, headerEnd + 5, Math.floor(n / 3), n - 49]) {
      expect(
        reason(() => verifyBackupBytes(rehashed(flipped(bytes, at)), { passphrase })),
        `byte ${at}`,
      ).toBe('damaged');
    }
    // Said to be version 1 (gzip) while its header says brotli.
    const older = Buffer.from(bytes);
    older.writeUInt16BE(1, 8);
    expect(reason(() => verifyBackupBytes(rehashed(older), { passphrase }))).toBe('damaged');
    expect(reason(() => verifyBackupBytes(bytes, { passphrase }))).toBe('ok');
  });

  it('cuts frames the same whatever pieces the decrypted bytes come in, and refuses a frame of another length', () => {
    const raw = Buffer.concat([Buffer.alloc(5000, 7), randomBytes(3000)]);
    const body = Buffer.concat([...packFrame(raw), ...packFrame(raw.subarray(0, 100))]);
    const splitter = new FrameSplitter();
    const frames: Buffer[] = [];
    for (let at = 0; at < body.length; at += 7) frames.push(...splitter.push(body.subarray(at, at + 7)));
    expect(splitter.complete).toBe(true);
    expect(Buffer.concat(frames)).toEqual(Buffer.concat([raw, raw.subarray(0, 100)]));
    expect(unpackFrames(body, raw.length + 100)).toEqual(Buffer.concat(frames));
    expect(reason(() => unpackFrames(body.subarray(0, body.length - 3), raw.length + 100))).toBe('damaged');
    const lying = Buffer.from(body);
    lying.writeUInt32BE(raw.length + 1, 0);
    expect(reason(() => unpackFrames(lying, raw.length + 101))).toBe('damaged');
  });

  it('holds the moment it was taken at while the program commits and checkpoints during the backup', () => {
    const before = allRows(t.db);
    const steps = backupSteps(writeRequest(t.db, path.join(t.dir, 'during')));
    let next = steps.next();
    while (!next.done && next.value.stage === 'snapshot') next = steps.next();
    t.db.sqlite.prepare(`insert into setting (key, value) values ('test.during', '1')`).run();
    t.db.sqlite.prepare('delete from filler where id <= 10').run();
    // The snapshot reads the main file: no checkpoint may write into it meanwhile (asked without waiting).
    const wait = t.db.sqlite.pragma('busy_timeout', { simple: true }) as number;
    t.db.sqlite.pragma('busy_timeout = 0');
    expect(t.db.sqlite.pragma('wal_checkpoint(TRUNCATE)')).toEqual([expect.objectContaining({ busy: 1 })]);
    t.db.sqlite.pragma(`busy_timeout = ${wait}`);
    while (!next.done) next = steps.next();
    const { database } = verifyBackupFile(next.value.file, { passphrase });
    expect(allRows(database)).toEqual(before);
    expect(allRows(database)).not.toEqual(allRows(t.db));
    expect(t.db.sqlite.pragma('wal_checkpoint(TRUNCATE)')).toEqual([expect.objectContaining({ busy: 0 })]);
  });

  it('falls back to VACUUM INTO when the WAL cannot be emptied, holding every commit and leaving no scratch file', () => {
    const reader = new Sqlite(t.file, { readonly: true });
    try {
      // A reader on an older snapshot keeps the WAL from being emptied.
      reader.exec('begin');
      reader.prepare('select count(*) from setting').get();
      t.db.sqlite.prepare(`insert into setting (key, value) values ('test.fallback', '1')`).run();
      const fallback = writeBackup(writeRequest(t.db, path.join(t.dir, 'fallback')));
      const { database, header } = verifyBackupFile(fallback.file, { passphrase });
      expect(allRows(database)).toEqual(allRows(t.db));
      expect(header.counts.setting).toBe(t.db.sqlite.prepare('select count(*) from setting').pluck().get());
    } finally {
      reader.close();
    }
    expect(fs.readdirSync(t.dir).filter((name) => name.includes('.snapshot-'))).toEqual([]);
  });

  it('still verifies and restores a version-1 file (gzip), as earlier programs wrote them', () => {
    const service = new BackupService(t.app, { migrationsFolder: migrationsFolder() });
    t.db.sqlite.prepare(`insert into setting (key, value) values ('backup.folder', ?)`).run(JSON.stringify(folder));
    const rows = allRows(t.db);
    const name = 'mektep-20261101-080000.mjb';
    const header = writeVersion1(writeRequest(t.db, folder), path.join(folder, name));
    const old = fs.readFileSync(path.join(folder, name));
    expect(old.readUInt16BE(8)).toBe(1);
    expect(header.compression).toBe('gzip');
    expect(allRows(verifyBackupFile(path.join(folder, name), { passphrase }).database)).toEqual(rows);
    expect(reason(() => verifyBackupBytes(rehashed(flipped(old, old.length - 100)), { passphrase }))).toBe('damaged');
    expect(reason(() => verifyBackupBytes(old.subarray(0, old.length - 10), { passphrase }))).toBe('damaged');

    t.db.sqlite.prepare('delete from filler').run();
    restoreBackup(service, name, passphrase, by);
    const restored = allRows(t.db);
    // The restore writes its own audit entry and carries this computer's backup records over.
    const { audit_entry: _a, backup_record: _b, ...rest } = restored;
    const { audit_entry: _c, backup_record: _d, ...expected } = rows;
    expect(rest).toEqual(expected);
    expect(restored.filler).toHaveLength(48 - 10);
  });
});
