import fs from 'node:fs';

/*
 * Every file operation of writing a backup, behind one small interface: the program passes Node's
 * own, and a test passes one that fails at a chosen call (a pulled drive, a full disk, a power cut)
 * to prove that no failure leaves a complete-looking file or harms an older one.
 */
export interface BackupFs {
  /** Creates a new file for writing; fails if it exists. */
  create(file: string): number;
  /** Writes some of the bytes; returns how many. */
  write(fd: number, bytes: Buffer, offset: number, length: number): number;
  fsync(fd: number): void;
  close(fd: number): void;
  /** Renames within one folder. */
  rename(from: string, to: string): void;
  /** Makes a rename durable where the system allows it (not on Windows). */
  fsyncFolder(folder: string): void;
  unlink(file: string): void;
  readFile(file: string): Buffer;
  /** Reads a file from its start into `buffer` again and again, giving each filled part (bounded memory). */
  readChunks(file: string, buffer: Buffer): Iterable<Buffer>;
  exists(file: string): boolean;
  mkdir(folder: string): void;
}

export const nodeFs: BackupFs = {
  create: (file) => fs.openSync(file, 'wx', 0o600),
  write: (fd, bytes, offset, length) => fs.writeSync(fd, bytes, offset, length),
  fsync: (fd) => fs.fsyncSync(fd),
  close: (fd) => fs.closeSync(fd),
  rename: (from, to) => fs.renameSync(from, to),
  fsyncFolder: (folder) => {
    if (process.platform === 'win32') return;
    const fd = fs.openSync(folder, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  },
  unlink: (file) => fs.rmSync(file, { force: true }),
  readFile: (file) => fs.readFileSync(file),
  *readChunks(file, buffer) {
    const fd = fs.openSync(file, 'r');
    try {
      for (let at = 0; ;) {
        const read = fs.readSync(fd, buffer, 0, buffer.length, at);
        if (read === 0) return;
        at += read;
        yield buffer.subarray(0, read);
      }
    } finally {
      fs.closeSync(fd);
    }
  },
  exists: (file) => fs.existsSync(file),
  mkdir: (folder) => fs.mkdirSync(folder, { recursive: true }),
};
