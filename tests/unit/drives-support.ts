/**
 * Shared by the drives tests: a local backup file (opaque bytes with its recorded checksum, as the
 * backup writer leaves it), and the copy's file calls with a fault put in where a test says.
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../../src-main/db/connection';
import { backupRecord } from '../../src-main/db/schema';
import type { LocalBackup } from '../../src-main/backup/drives/drive-records';
import { nodeCopyIo, type CopyIo } from '../../src-main/backup/drives/io';

export const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** Writes `size` random bytes as a local backup and records it as verified at `at`. */
export function addLocalBackup(db: Database, folder: string, fileName: string, size: number, at: Date): LocalBackup {
  fs.mkdirSync(folder, { recursive: true });
  const bytes = randomBytes(size);
  const file = path.join(folder, fileName);
  fs.writeFileSync(file, bytes);
  const stamp = at.toISOString();
  const row = db.orm
    .insert(backupRecord)
    .values({
      createdAt: stamp,
      reason: 'schedule',
      targetKind: 'local',
      targetPath: folder,
      fileName,
      sizeBytes: size,
      sha256: sha256(bytes),
      schemaVersion: db.schemaVersion,
      status: 'ok',
      verifiedAt: stamp,
    })
    .returning({ id: backupRecord.id })
    .get();
  return { recordId: row.id, file, fileName, sha256: sha256(bytes), schemaVersion: db.schemaVersion };
}

export function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected by the test`), { code });
}

export interface Faults {
  /** Fail the N-th write (1-based, over every file the copy creates) with this code. */
  write?: { at: number; code: string };
  /** Called (and awaited) before each write with its number, e.g. to pull the drive out. */
  beforeWrite?: (n: number) => unknown;
  /** Fail opening a new file, making a folder, renaming or flushing with this code. */
  create?: string;
  mkdir?: string;
  rename?: string;
  sync?: string;
  /** What the drive reports as free. */
  freeBytes?: number;
  /** Flip a byte of what is read back from files whose name matches. */
  corruptReads?: RegExp;
}

/** The real file calls, with the faults put in; `writes` counts the writes made. */
export function faultyIo(faults: Faults): CopyIo & { writes: number } {
  const io = {
    ...nodeCopyIo,
    writes: 0,
    async open(file: string, mode: 'read' | 'create') {
      if (mode === 'create' && faults.create) throw errno(faults.create);
      const handle = await nodeCopyIo.open(file, mode);
      return {
        ...handle,
        read: async (buffer: Buffer, position: number) => {
          const n = await handle.read(buffer, position);
          if (n > 0 && faults.corruptReads?.test(path.basename(file))) buffer[0] = (buffer[0] ?? 0) ^ 0xff;
          return n;
        },
        write: async (buffer: Buffer, position: number) => {
          io.writes += 1;
          await faults.beforeWrite?.(io.writes);
          if (faults.write && faults.write.at === io.writes) throw errno(faults.write.code);
          return handle.write(buffer, position);
        },
        sync: async () => {
          if (faults.sync) throw errno(faults.sync);
          return handle.sync();
        },
      };
    },
    async mkdir(dir: string) {
      if (faults.mkdir) throw errno(faults.mkdir);
      return nodeCopyIo.mkdir(dir);
    },
    async rename(from: string, to: string) {
      if (faults.rename) throw errno(faults.rename);
      return nodeCopyIo.rename(from, to);
    },
    async freeBytes(dir: string) {
      return faults.freeBytes ?? nodeCopyIo.freeBytes(dir);
    },
  };
  return io;
}

/** Every file under a folder, as relative paths, sorted; [] when the folder is gone. */
export function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

export interface DriveRecordRow {
  targetPath: string;
  fileName: string;
  status: string;
  sha256: string | null;
  sizeBytes: number | null;
  verifiedAt: string | null;
  error: string | null;
}

export function driveRecords(db: Database): DriveRecordRow[] {
  return db.sqlite
    .prepare(
      `select target_path as targetPath, file_name as fileName, status, sha256, size_bytes as sizeBytes,
              verified_at as verifiedAt, error from backup_record where target_kind = 'drive' order by id`,
    )
    .all() as DriveRecordRow[];
}
