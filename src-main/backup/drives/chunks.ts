import { createHash } from 'node:crypto';
import { classifyDriveError, DriveError, driveErrorKeys } from './errors';
import type { CopyHandle, CopyIo } from './io';

/* Reading, hashing and writing a file chunk by chunk, for the copy onto a drive. */

type Step = (chunk: Buffer, position: number) => Promise<void>;

/** Reads a whole file in chunks, hashing it; `step` sees each chunk (to write it elsewhere). */
export async function hashFile(io: CopyIo, file: string, chunkSize: number, step: Step): Promise<string> {
  const hash = createHash('sha256');
  const handle = await io.open(file, 'read');
  try {
    const buffer = Buffer.alloc(chunkSize);
    for (let position = 0; ;) {
      const n = await handle.read(buffer, position);
      if (n <= 0) break;
      const chunk = buffer.subarray(0, n);
      hash.update(chunk);
      await step(chunk, position);
      position += n;
    }
  } finally {
    await handle.close();
  }
  return hash.digest('hex');
}

async function writeAll(handle: CopyHandle, chunk: Buffer, position: number): Promise<void> {
  for (let offset = 0; offset < chunk.length;) {
    const n = await handle.write(chunk.subarray(offset), position + offset);
    if (n <= 0) throw new DriveError(driveErrorKeys.failed, 'the drive accepted no bytes');
    offset += n;
  }
}

/** A failure of the local file is the local file's fault, never the drive's. */
export async function fromSource<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof DriveError) throw error;
    throw new DriveError(driveErrorKeys.sourceDamaged, error instanceof Error ? error.message : String(error));
  }
}

/** Copies `source` to a new `temp`, flushed and closed; returns the checksum of what was read. */
export async function writeTemp(
  io: CopyIo,
  source: string,
  temp: string,
  chunkSize: number,
  onWritten: (done: number) => void,
): Promise<string> {
  const out = await io.open(temp, 'create');
  try {
    const sourceSha = await fromSource(
      hashFile(io, source, chunkSize, async (chunk, position) => {
        try {
          await writeAll(out, chunk, position);
        } catch (error) {
          // Marked so that fromSource lets a drive's failure through as the drive's.
          throw classifyDriveError(error, false);
        }
        onWritten(position + chunk.length);
      }),
    );
    await out.sync();
    return sourceSha;
  } finally {
    await out.close().catch(() => undefined);
  }
}
