import { createDecipheriv, createHash } from 'node:crypto';
import { BackupError } from './errors';
import { hashBytes, tagBytes } from './format';
import { FrameSplitter, frameRawBytes } from './frames';
import type { BackupFs } from './fs-port';
import type { Snapshot } from './read-snapshot';
import type { Sealing } from './seal';
import type { WrittenBody } from './write-body';

/*
 * The check of a file just written, read back from the disk in pieces (bounded memory):
 *  - its length, and the SHA-256 of every byte read back against the one of the bytes written;
 *  - its first bytes (header, salt, nonce) as written;
 *  - the body decrypted with the data key, the GCM tag read back authenticating it and the header;
 *  - every frame decompressed and compared byte for byte with the snapshot, read again: the file
 *    gives back exactly the database it was made from;
 *  - SQLite's quick_check of that snapshot (its pages, B-trees and records: what integrity_check does
 *    but the cross-check of indexes against their tables, which a byte-exact copy of a database the
 *    program wrote through SQLite cannot break). The header's row counts were taken on the same
 *    snapshot; a restore compares them again with what it opens.
 * Yields the share done after each piece; throws `damaged` with what differs.
 */
export function* checkWritten(
  fs: BackupFs,
  file: string,
  snapshot: Snapshot,
  sealing: Sealing,
  written: WrittenBody,
): Generator<number, void, void> {
  const { prefix } = sealing;
  const bodyEnd = written.bytes - hashBytes - tagBytes;
  const decipher = createDecipheriv('aes-256-gcm', sealing.dataKey, sealing.nonce);
  decipher.setAAD(prefix);
  const hash = createHash('sha256');
  const splitter = new FrameSplitter();
  const original = Buffer.allocUnsafe(frameRawBytes);
  const tail: Buffer[] = [];
  let compared = 0;
  const compare = (raw: Buffer) => {
    const read = snapshot.read(original, compared);
    if (read !== raw.length || !raw.equals(original.subarray(0, read))) {
      throw new BackupError('damaged', `the bytes at ${compared} differ from the database`);
    }
    compared += read;
  };

  let at = 0;
  for (const chunk of fs.readChunks(file, Buffer.allocUnsafe(frameRawBytes))) {
    if (at + chunk.length > written.bytes) throw new BackupError('damaged', 'longer than written');
    hash.update(chunk);
    if (at < prefix.length) {
      const head = chunk.subarray(0, prefix.length - at);
      if (!head.equals(prefix.subarray(at, at + head.length))) throw new BackupError('damaged', 'header');
    }
    const body = chunk.subarray(Math.max(0, prefix.length - at), Math.max(0, bodyEnd - at));
    for (const raw of splitter.push(decipher.update(body))) compare(raw);
    tail.push(Buffer.from(chunk.subarray(Math.max(0, bodyEnd - at))));
    at += chunk.length;
    yield compared / snapshot.bytes;
  }
  if (at !== written.bytes) throw new BackupError('damaged', 'shorter than written');
  const end = Buffer.concat(tail);
  // The hash of the whole file read back is the one of the bytes written, so its last 32 bytes, the
  // hash of all before them, are right too (and are compared, cheaply).
  if (!end.subarray(tagBytes).equals(written.digest) || hash.digest('hex') !== written.sha256) {
    throw new BackupError('damaged', 'checksum');
  }
  decipher.setAuthTag(end.subarray(0, tagBytes));
  try {
    for (const raw of splitter.push(decipher.final())) compare(raw);
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError('damaged', 'authentication');
  }
  if (!splitter.complete || compared !== snapshot.bytes) throw new BackupError('damaged', 'size');
  snapshot.quickCheck();
}
