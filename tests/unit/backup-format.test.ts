import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackupError } from '../../src-main/backup/errors';
import { backupMagic, formatVersion, readHeader } from '../../src-main/backup/format';
import { installKey, installKeyFile, readInstallKey } from '../../src-main/backup/keys';
import { verifyBackupBytes, verifyBackupFile } from '../../src-main/backup/verify';
import { writeBackup, type WrittenBackup } from '../../src-main/backup/write';
import { tableCounts } from '../../src-main/backup/snapshot';
import type { TestApp } from '../helpers/app';
import { allRows, flipped, passphrase, passphraseRecipient, smallSchool, writeRequest } from './backup-support';

/** The reason a check gives, or 'ok'. */
function outcome(bytes: Buffer, source: Parameters<typeof verifyBackupBytes>[1]): string {
  try {
    verifyBackupBytes(bytes, source);
    return 'ok';
  } catch (error) {
    if (error instanceof BackupError) return error.reason;
    throw error;
  }
}

/** The file with its trailing SHA-256 made right again, as someone hiding a change would. */
const rehashed = (bytes: Buffer) => {
  const end = bytes.length - 32;
  createHash('sha256').update(bytes.subarray(0, end)).digest().copy(bytes, end);
  return bytes;
};

describe('the backup file', () => {
  let t: TestApp;
  let written: WrittenBackup;
  let bytes: Buffer;
  let headerLength: number;

  beforeAll(() => {
    ({ t } = smallSchool());
    written = writeBackup(writeRequest(t.db, path.join(t.dir, 'backups')));
    bytes = fs.readFileSync(written.file);
    headerLength = bytes.readUInt32BE(10);
  });
  afterAll(() => t.close());

  it('is laid out as format.ts says: magic, version, header, salt, nonce, body, tag, SHA-256', () => {
    expect(bytes.subarray(0, 8).toString('ascii')).toBe('MEKTEPBK');
    expect(bytes.subarray(0, 8).equals(backupMagic)).toBe(true);
    expect(bytes.readUInt16BE(8)).toBe(formatVersion);
    const header = JSON.parse(bytes.subarray(14, 14 + headerLength).toString('utf8')) as Record<string, unknown>;
    expect(header).toMatchObject({
      school: { nameKy: '№5 орто мектеби', nameRu: 'Средняя школа №5' },
      createdAt: '2026-11-23T09:30:00.000Z',
      programVersion: '0.1.0',
      schemaVersion: t.db.schemaVersion,
      compression: 'brotli',
      cipher: 'aes-256-gcm',
      key: { kind: 'passphrase' },
    });
    expect(readHeader(bytes)).toEqual(written.header);
    // Everything after the header: 32 salt + 12 nonce + body + 16 tag + 32 hash.
    expect(bytes.length).toBeGreaterThan(14 + headerLength + 32 + 12 + 16 + 32);
    expect(
      createHash('sha256')
        .update(bytes.subarray(0, bytes.length - 32))
        .digest(),
    ).toEqual(bytes.subarray(-32));
    expect(written.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(written.bytes).toBe(bytes.length);
  });

  it('counts every table of the database in its header', () => {
    expect(written.header.counts).toEqual(tableCounts(t.db.sqlite));
    expect(written.header.counts.user).toBe(4);
    expect(written.header.counts.school).toBe(1);
  });

  it('never holds the database in the clear', () => {
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);
    expect(bytes.includes(Buffer.from('Бакиев'))).toBe(false);
    expect(bytes.includes(Buffer.from(passphrase))).toBe(false);
  });

  it('gives back every row of every table with the passphrase', () => {
    const { database, header } = verifyBackupFile(written.file, { passphrase });
    expect(header.schemaVersion).toBe(t.db.schemaVersion);
    expect(allRows(database)).toEqual(allRows(t.db));
  });

  it('detects a flipped byte anywhere: header, salt, nonce, body start, middle and end, tag, hash', () => {
    const h = headerLength;
    const n = bytes.length;
    const positions: Record<string, number> = {
      'format version': 9,
      'header length': 12,
      'header JSON': 14 + 10,
      'header JSON end': 14 + h - 2,
      'salt first': 14 + h,
      'salt last': 14 + h + 31,
      nonce: 14 + h + 32 + 5,
      'body start': 58 + h,
      'body middle': Math.floor((58 + h + n - 48) / 2),
      'body end': n - 49,
      'tag first': n - 48,
      'tag last': n - 33,
      'hash first': n - 32,
      'hash last': n - 1,
    };
    for (const [where, at] of Object.entries(positions)) {
      expect(outcome(flipped(bytes, at), { passphrase }), where).toBe('damaged');
    }
    expect(outcome(flipped(bytes, 0), { passphrase })).toBe('notBackup');
    expect(outcome(bytes.subarray(0, n - 1), { passphrase })).toBe('damaged');
    expect(outcome(Buffer.alloc(0), { passphrase })).toBe('notBackup');
    expect(outcome(bytes, { passphrase })).toBe('ok');
  });

  it('detects a change whose hash was made right again, by the GCM tag over header and body', () => {
    const header = Buffer.from(
      bytes
        .subarray(14, 14 + headerLength)
        .toString('utf8')
        .replace('Средняя', 'Средняя'.toUpperCase()),
    );
    const renamed = Buffer.from(bytes);
    header.copy(renamed, 14);
    expect(outcome(rehashed(renamed), { passphrase })).toBe('damaged');
    expect(outcome(rehashed(flipped(bytes, 58 + headerLength + 100)), { passphrase })).toBe('damaged');
  });

  it('tells a wrong or missing passphrase apart from damage', () => {
    expect(outcome(bytes, { passphrase: `${passphrase}!` })).toBe('wrongPassphrase');
    expect(outcome(bytes, { passphrase: 'Mektep-2026-backup' })).toBe('wrongPassphrase');
    expect(outcome(bytes, {})).toBe('passphraseRequired');
    expect(() => verifyBackupBytes(bytes, { passphrase: 'wrong one!!' })).toThrow('The backup passphrase is wrong.');
  });

  it('locks a backup made before a passphrase was set to this computer’s key file', () => {
    const own = installKey(installKeyFile(t.file));
    expect(fs.statSync(installKeyFile(t.file)).mode & 0o777).toBe(0o600);
    const local = writeBackup(
      writeRequest(t.db, path.join(t.dir, 'local'), { recipient: { kind: 'install', publicKey: own.publicKey } }),
    );
    const localBytes = fs.readFileSync(local.file);
    expect(local.header.key.kind).toBe('install');
    expect(outcome(localBytes, { installKey: readInstallKey(installKeyFile(t.file)) })).toBe('ok');
    const another = installKey(path.join(t.dir, 'another.backup-key'));
    expect(outcome(localBytes, { installKey: another })).toBe('otherComputer');
    expect(outcome(localBytes, { passphrase })).toBe('otherComputer');
  });

  it('answers a missing file as not found', () => {
    expect(() => verifyBackupFile(path.join(t.dir, 'none.mjb'), { passphrase })).toThrow(BackupError);
    try {
      verifyBackupFile(path.join(t.dir, 'none.mjb'), { passphrase });
    } catch (error) {
      expect((error as BackupError).reason).toBe('notFound');
    }
  });

  it('is encrypted to the same recipient each time, with a fresh data key and salt', () => {
    const again = writeBackup(writeRequest(t.db, path.join(t.dir, 'backups')));
    expect(again.name).toBe(written.name.replace('.mjb', '-2.mjb'));
    expect(again.header.key.kind === 'passphrase' && again.header.key.recipient).toBe(passphraseRecipient().publicKey);
    const a = written.header.key;
    const b = again.header.key;
    expect(a.ephemeral).not.toBe(b.ephemeral);
    expect(fs.readFileSync(again.file).subarray(14 + headerLength, 46 + headerLength)).not.toEqual(
      bytes.subarray(14 + headerLength, 46 + headerLength),
    );
  });
});
