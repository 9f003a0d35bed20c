import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import { BackupError } from './errors';

/*
 * The body of a version-2 backup before encryption: the SQLite file cut in pieces, each compressed on
 * its own. A frame is the piece's raw length (4 bytes, big-endian), the compressed length (4), then
 * brotli at quality 1 of the piece: gzip 6's ratio at four times its speed. Pieces compressed apart
 * keep the memory of a backup bounded by a piece whatever the database's size, and let the check
 * after writing compare each piece with the snapshot as it comes.
 */

/** The raw bytes of every frame but the last. */
export const frameRawBytes = 4 << 20;
export const frameHeadBytes = 8;

const compressOptions = (length: number) => ({
  // One output buffer for the whole frame: brotli's default 16 KiB pieces would be joined by a copy.
  chunkSize: length + 1024,
  params: {
    [constants.BROTLI_PARAM_QUALITY]: 1,
    [constants.BROTLI_PARAM_SIZE_HINT]: length,
  },
});

/** One frame: its head and its compressed bytes (two buffers, so that neither is copied). */
export function packFrame(raw: Buffer): [Buffer, Buffer] {
  const packed = brotliCompressSync(raw, compressOptions(raw.length));
  const head = Buffer.alloc(frameHeadBytes);
  head.writeUInt32BE(raw.length, 0);
  head.writeUInt32BE(packed.length, 4);
  return [head, packed];
}

/** A frame's raw bytes; refuses one that does not unpack to the length its head says. */
export function unpackFrame(rawLength: number, packed: Buffer): Buffer {
  if (rawLength > frameRawBytes) throw new BackupError('damaged', 'frame length');
  let raw: Buffer;
  try {
    raw = brotliDecompressSync(packed, { chunkSize: rawLength + 1024, maxOutputLength: frameRawBytes });
  } catch {
    throw new BackupError('damaged', 'decompression');
  }
  if (raw.length !== rawLength) throw new BackupError('damaged', 'frame length');
  return raw;
}

/**
 * Cuts a stream of decrypted bytes, given in any pieces, into frames. A frame lying whole in a piece
 * is passed on as a view of it; only one cut by a piece's end is copied.
 */
export class FrameSplitter {
  private carry: Buffer = Buffer.alloc(0);

  /** The frames completed by these bytes, each unpacked. */
  *push(bytes: Buffer): Generator<Buffer, void, void> {
    let rest = bytes;
    // First the frame cut by the last piece's end: only the bytes it still lacks are copied.
    while (this.carry.length > 0 && rest.length > 0) {
      const wanted = this.carry.length < frameHeadBytes ? frameHeadBytes : frameEnd(this.carry);
      const taken = Math.min(wanted - this.carry.length, rest.length);
      this.carry = Buffer.concat([this.carry, rest.subarray(0, taken)]);
      rest = rest.subarray(taken);
      if (this.carry.length >= frameHeadBytes && this.carry.length === frameEnd(this.carry)) {
        yield unpackFrame(this.carry.readUInt32BE(0), this.carry.subarray(frameHeadBytes));
        this.carry = Buffer.alloc(0);
      }
    }
    while (rest.length >= frameHeadBytes && rest.length >= frameEnd(rest)) {
      const end = frameEnd(rest);
      yield unpackFrame(rest.readUInt32BE(0), rest.subarray(frameHeadBytes, end));
      rest = rest.subarray(end);
    }
    if (rest.length > 0) this.carry = Buffer.from(rest);
  }

  /** Whether the stream ended at the end of a frame. */
  get complete(): boolean {
    return this.carry.length === 0;
  }
}

/** Where the frame starting at `bytes` ends; refuses a compressed length no frame can have. */
function frameEnd(bytes: Buffer): number {
  const packedLength = bytes.readUInt32BE(4);
  // Brotli never grows a piece by more than a few bytes per 64 KiB.
  if (packedLength > frameRawBytes + 65536) throw new BackupError('damaged', 'frame length');
  return frameHeadBytes + packedLength;
}

/** The whole SQLite file from a whole body of frames (a restore, which needs it whole anyway). */
export function unpackFrames(body: Buffer, databaseBytes: number): Buffer {
  const database = Buffer.allocUnsafe(databaseBytes);
  const splitter = new FrameSplitter();
  let at = 0;
  for (const raw of splitter.push(body)) {
    if (at + raw.length > databaseBytes) throw new BackupError('damaged', 'size');
    at += raw.copy(database, at);
  }
  if (!splitter.complete || at !== databaseBytes) throw new BackupError('damaged', 'size');
  return database;
}
