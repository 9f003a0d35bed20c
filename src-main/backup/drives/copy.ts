import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { Database } from '../../db/connection';
import { driveCopiesToDelete, driveKeep } from './drive-rotation';
import { insertDriveRecord, verifiedOnDrive, type LocalBackup } from './drive-records';
import { fromSource, hashFile, writeTemp } from './chunks';
import { classifyDriveError, DriveError, driveErrorKeys } from './errors';
import { nodeCopyIo, type CopyIo } from './io';

/*
 * One verified backup file onto one marked drive. The file is opaque here: its recorded SHA-256 is
 * the proof. Order: check free space, write a temp file in chunks, flush, read it back and compare,
 * and only then rename it to its final name. Whatever fails, no file stands under a final name that
 * is not a verified copy, and the drive's earlier copies are not touched (rotation runs only after
 * a success). The read-back goes through the system: it proves what the file system holds after the
 * flush, not what the flash chip holds (Node cannot drop the page cache or read around it).
 */

export const driveFolderName = 'MektepJournal';
const tempPattern = /^\..+\.part$/;
/** Room beyond the file itself: the folder entry and the last partly used cluster. */
const spareBytes = 1024 * 1024;

export interface CopyProgress {
  /** `check`: reading a copy already on the drive; `copy`: writing; `verify`: reading it back. */
  phase: 'check' | 'copy' | 'verify';
  done: number;
  total: number;
}

export interface CopyOptions {
  now: () => Date;
  io?: CopyIo;
  chunkSize?: number;
  /** How many verified copies stay on the drive (default 5). */
  keep?: number;
  onProgress?: (progress: CopyProgress) => void;
}

export interface CopyResult {
  fileName: string;
  bytes: number;
  /** The drive already held this very backup (same checksum): nothing was written. */
  upToDate: boolean;
  /** The new `backup_record` row, or null when an up-to-date copy was already recorded. */
  recordId: number | null;
  /** Old copies removed by the drive's rotation. */
  rotatedOut: string[];
}

export interface DriveTarget {
  volumeId: string;
  mountPath: string;
}

export async function copyToDrive(
  db: Database,
  target: DriveTarget,
  backup: LocalBackup,
  options: CopyOptions,
): Promise<CopyResult> {
  const io = options.io ?? nodeCopyIo;
  const chunkSize = options.chunkSize ?? 1024 * 1024;
  const fileName = path.basename(backup.fileName);
  const folder = path.join(target.mountPath, driveFolderName);
  const finalPath = path.join(folder, fileName);
  const record = (status: 'ok' | 'failed', bytes: number | null, error: string | null) =>
    insertDriveRecord(db, {
      ...backup,
      volumeId: target.volumeId,
      fileName,
      sizeBytes: bytes,
      status,
      error,
      at: options.now(),
    });
  let temp: string | null = null;
  try {
    const total = await fromSource(io.size(backup.file));
    if (await io.exists(finalPath)) {
      const there = await hashFile(io, finalPath, chunkSize, async (chunk, position) =>
        options.onProgress?.({ phase: 'check', done: position + chunk.length, total }),
      );
      if (there === backup.sha256) {
        const recordId = verifiedOnDrive(db, target.volumeId).has(fileName) ? null : record('ok', total, null);
        return { fileName, bytes: total, upToDate: true, recordId, rotatedOut: [] };
      }
    }
    const free = await io.freeBytes(target.mountPath);
    if (free < total + spareBytes) {
      throw new DriveError(driveErrorKeys.full, `needs ${total + spareBytes} bytes, ${free} free`);
    }
    await io.mkdir(folder);
    for (const name of await io.readdir(folder)) {
      // Left by a copy that was interrupted earlier: never a finished backup.
      if (tempPattern.test(name)) await io.remove(path.join(folder, name)).catch(() => undefined);
    }
    temp = path.join(folder, `.${fileName}.${randomBytes(4).toString('hex')}.part`);
    const sourceSha = await writeTemp(io, backup.file, temp, chunkSize, (done) =>
      options.onProgress?.({ phase: 'copy', done, total }),
    );
    if (sourceSha !== backup.sha256) {
      throw new DriveError(driveErrorKeys.sourceDamaged, `${backup.file} no longer matches its checksum`);
    }
    const written = await hashFile(io, temp, chunkSize, async (chunk, position) =>
      options.onProgress?.({ phase: 'verify', done: position + chunk.length, total }),
    );
    if (written !== backup.sha256) throw new DriveError(driveErrorKeys.verifyFailed, 'read back differs');
    await io.rename(temp, finalPath);
    temp = null;
    await io.syncDir(folder);
    const recordId = record('ok', total, null);
    const rotatedOut = await rotate(db, io, target.volumeId, folder, options.keep ?? driveKeep);
    return { fileName, bytes: total, upToDate: false, recordId, rotatedOut };
  } catch (error) {
    if (temp) await io.remove(temp).catch(() => undefined);
    const failure = classifyDriveError(error, !(await io.exists(target.mountPath)));
    record('failed', null, failure.detail ? `${failure.key}: ${failure.detail}` : failure.key);
    throw failure;
  }
}

/** Removes the copies beyond the newest `keep` that this database verified on the drive. */
async function rotate(db: Database, io: CopyIo, volumeId: string, folder: string, keep: number): Promise<string[]> {
  let present: Set<string>;
  try {
    present = new Set(await io.readdir(folder));
  } catch {
    return [];
  }
  const copies = [...verifiedOnDrive(db, volumeId)]
    .filter(([name]) => present.has(name))
    .map(([fileName, verifiedAt]) => ({ fileName, verifiedAt }));
  const removed: string[] = [];
  for (const name of driveCopiesToDelete(copies, keep)) {
    try {
      await io.remove(path.join(folder, name));
      removed.push(name);
    } catch {
      // A copy that cannot be removed now goes at the next rotation.
    }
  }
  return removed;
}
