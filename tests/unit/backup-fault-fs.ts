/**
 * For the backup tests: Node's fs as the backup writer sees it, with a fault at a chosen call (a
 * pulled drive, a full disk, a read-only folder) or wrong bytes kept by the drive.
 */
import { nodeFs, type BackupFs } from '../../src-main/backup/fs-port';

export function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected by the test`), { code });
}

/** The calls that change the disk, in the order a backup makes them; each one is a place to fail. */
export type FaultCall = 'create' | 'write' | 'fsync' | 'close' | 'rename' | 'fsyncFolder';

export interface FaultPlan {
  /** The 0-based index, over every call above, of the one that fails. */
  at: number;
  /** `once`: only that call fails (a full disk); `dead`: it and every later call fail (a pulled drive). */
  mode: 'once' | 'dead';
  /** The error's code (EIO, ENOSPC, EROFS…). A failing write first writes half its bytes, as a disk that fills up does. */
  code?: string;
}

export interface FaultOptions {
  /** Write at most this many bytes a call, as a system may: more write calls, more places to fail. */
  maxWrite?: number;
  /** Flip one bit of every written chunk: a drive that takes the bytes and keeps them wrong. */
  corrupt?: boolean;
}

/** Node's fs with a fault at one call; `calls` lists every call made, by kind. */
export function faultyFs(plan: FaultPlan | null, options: FaultOptions = {}): BackupFs & { calls: FaultCall[] } {
  const calls: FaultCall[] = [];
  let dead = false;
  const gate = (kind: FaultCall) => {
    const index = calls.length;
    calls.push(kind);
    if (dead || (plan && index === plan.at)) {
      if (plan?.mode === 'dead') dead = true;
      return errno(plan?.code ?? 'EIO');
    }
    return null;
  };
  return {
    ...nodeFs,
    calls,
    create: (file) => {
      const fault = gate('create');
      if (fault) throw fault;
      return nodeFs.create(file);
    },
    write: (fd, bytes, offset, wanted) => {
      const fault = gate('write');
      const length = Math.min(wanted, options.maxWrite ?? wanted);
      if (fault) {
        nodeFs.write(fd, bytes, offset, Math.floor(length / 2));
        throw fault;
      }
      if (!options.corrupt) return nodeFs.write(fd, bytes, offset, length);
      const chunk = Buffer.from(bytes.subarray(offset, offset + length));
      chunk[0] = (chunk[0] ?? 0) ^ 0x10;
      return nodeFs.write(fd, chunk, 0, length);
    },
    fsync: (fd) => {
      const fault = gate('fsync');
      if (fault) throw fault;
      nodeFs.fsync(fd);
    },
    close: (fd) => {
      const fault = gate('close');
      // The descriptor is released either way, as a failed close(2) does.
      nodeFs.close(fd);
      if (fault) throw fault;
    },
    rename: (from, to) => {
      const fault = gate('rename');
      if (fault) throw fault;
      nodeFs.rename(from, to);
    },
    fsyncFolder: (folder) => {
      const fault = gate('fsyncFolder');
      if (fault) throw fault;
      nodeFs.fsyncFolder(folder);
    },
    unlink: (file) => {
      // A pulled drive cannot have its temporary file removed either.
      if (dead) throw errno(plan?.code ?? 'EIO');
      nodeFs.unlink(file);
    },
  };
}
