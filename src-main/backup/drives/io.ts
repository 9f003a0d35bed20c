import fs from 'node:fs';

/*
 * The file calls a copy makes, behind a narrow interface so that a test can fail any one of them
 * (the N-th write, a rename, a flush) the way a pulled or full drive does.
 */

export interface CopyHandle {
  /** Bytes read into `buffer` from `position`; 0 at the end. */
  read(buffer: Buffer, position: number): Promise<number>;
  /** Bytes of `buffer` written at `position` (may be fewer than asked). */
  write(buffer: Buffer, position: number): Promise<number>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface CopyIo {
  /** `read` an existing file; `create` a new one (fails if it exists). */
  open(file: string, mode: 'read' | 'create'): Promise<CopyHandle>;
  size(file: string): Promise<number>;
  exists(file: string): Promise<boolean>;
  /** Makes a folder and its parents. */
  mkdir(dir: string): Promise<void>;
  readdir(dir: string): Promise<string[]>;
  rename(from: string, to: string): Promise<void>;
  remove(file: string): Promise<void>;
  freeBytes(dir: string): Promise<number>;
  /** Flushes a folder's entries (the rename) where the system allows it; never fails. */
  syncDir(dir: string): Promise<void>;
}

export const nodeCopyIo: CopyIo = {
  async open(file, mode) {
    const handle = await fs.promises.open(file, mode === 'read' ? 'r' : 'wx');
    return {
      read: async (buffer, position) => (await handle.read(buffer, 0, buffer.length, position)).bytesRead,
      write: async (buffer, position) => (await handle.write(buffer, 0, buffer.length, position)).bytesWritten,
      sync: () => handle.sync(),
      close: () => handle.close(),
    };
  },
  size: async (file) => (await fs.promises.stat(file)).size,
  async exists(file) {
    try {
      await fs.promises.access(file);
      return true;
    } catch {
      return false;
    }
  },
  mkdir: async (dir) => {
    await fs.promises.mkdir(dir, { recursive: true });
  },
  readdir: (dir) => fs.promises.readdir(dir),
  rename: (from, to) => fs.promises.rename(from, to),
  remove: (file) => fs.promises.rm(file, { force: true }),
  async freeBytes(dir) {
    const stats = await fs.promises.statfs(dir);
    return stats.bavail * stats.bsize;
  },
  async syncDir(dir) {
    // Windows cannot open a folder for flushing (EPERM/EISDIR); its rename is flushed by the
    // file system itself, so failing here is no fault.
    try {
      const handle = await fs.promises.open(dir, 'r');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
    } catch {
      // best effort
    }
  },
};
