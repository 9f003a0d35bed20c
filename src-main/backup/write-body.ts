import { createHash } from 'node:crypto';
import { frameRawBytes, packFrame } from './frames';
import type { BackupFs } from './fs-port';
import type { Snapshot } from './read-snapshot';
import type { Sealing } from './seal';

/*
 * The bytes of a new backup file, written as they are made: each 4 MiB piece of the snapshot is
 * compressed into a frame, encrypted and written before the next is read, so a backup of any size
 * holds a few MiB in memory. Writes go out in whole 1 MiB blocks (fewer system calls).
 */

const blockBytes = 1 << 20;

/** Writes through a reused block; every byte also goes into the hash. */
class BlockWriter {
  private readonly block = Buffer.allocUnsafe(blockBytes);
  private filled = 0;
  readonly hash = createHash('sha256');
  bytes = 0;

  constructor(
    private readonly fs: BackupFs,
    private readonly fd: number,
  ) {}

  put(bytes: Buffer): void {
    this.hash.update(bytes);
    this.bytes += bytes.length;
    for (let at = 0; at < bytes.length;) {
      const taken = bytes.copy(this.block, this.filled, at);
      this.filled += taken;
      at += taken;
      if (this.filled === blockBytes) this.flush();
    }
  }

  flush(): void {
    for (let at = 0; at < this.filled;) at += this.fs.write(this.fd, this.block, at, this.filled - at);
    this.filled = 0;
  }
}

export interface WrittenBody {
  /** The file's length. */
  bytes: number;
  /** Its last 32 bytes: SHA-256 of every byte before them. */
  digest: Buffer;
  /** SHA-256 of the whole file (what a copy to a flash drive is compared by). */
  sha256: string;
}

/**
 * Writes the whole file to `fd` (not flushed to the disk: the caller fsyncs), yielding the share of
 * the snapshot done after each piece.
 */
export function* writeBody(
  fs: BackupFs,
  fd: number,
  snapshot: Snapshot,
  sealing: Sealing,
): Generator<number, WrittenBody, void> {
  const out = new BlockWriter(fs, fd);
  out.put(sealing.prefix);
  const piece = Buffer.allocUnsafe(frameRawBytes);
  for (let at = 0; at < snapshot.bytes;) {
    const read = snapshot.read(piece, at);
    for (const part of packFrame(piece.subarray(0, read))) out.put(sealing.cipher.update(part));
    at += read;
    yield at / snapshot.bytes;
  }
  out.put(sealing.cipher.final());
  out.put(sealing.cipher.getAuthTag());
  const digest = out.hash.copy().digest();
  out.put(digest);
  out.flush();
  return { bytes: out.bytes, digest, sha256: out.hash.digest('hex') };
}
