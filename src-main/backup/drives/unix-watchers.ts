import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PollingWatcher, type Candidate } from './polling-watcher';

/*
 * Linux and macOS mount a plugged drive as a folder under a few known places. A folder there is a
 * drive only when it is a mount point (its device differs from its parent's): the empty folders a
 * desktop leaves behind after a drive is removed are not drives.
 */

/** True when `dir` is a real directory (not a link) on another device than its parent. */
export async function isMountPoint(dir: string): Promise<boolean> {
  try {
    const [self, parent] = await Promise.all([fs.promises.lstat(dir), fs.promises.stat(path.dirname(dir))]);
    return self.isDirectory() && self.dev !== parent.dev;
  } catch {
    return false;
  }
}

/** Network shares mounted under /mnt are not drives to carry away (statfs `type` on Linux). */
const networkTypes = new Set([0x6969 /* nfs */, 0xff534d42 /* cifs */, 0xfe534d42 /* smb2 */, 0x517b /* smb */]);

export async function isNetworkMount(dir: string): Promise<boolean> {
  try {
    return networkTypes.has((await fs.promises.statfs(dir)).type);
  } catch {
    return false;
  }
}

export interface UnixOptions {
  /** The folders whose children may be drives (defaults: the platform's). */
  roots?: string[];
  /** Whether a child is a drive (default: a mount point that is not a network share). */
  isDrive?: (dir: string) => Promise<boolean>;
}

/** Watches the children of `roots` that are drives. */
export class MountFolderWatcher extends PollingWatcher {
  private readonly roots: string[];
  private readonly isDrive: (dir: string) => Promise<boolean>;

  constructor(roots: string[], isDrive: (dir: string) => Promise<boolean>) {
    super();
    this.roots = roots;
    this.isDrive = isDrive;
  }

  protected async candidates(): Promise<Candidate[]> {
    const found: Candidate[] = [];
    for (const root of this.roots) {
      let names: string[];
      try {
        names = await fs.promises.readdir(root);
      } catch {
        continue;
      }
      for (const name of names.sort()) {
        if (name.startsWith('.')) continue;
        const dir = path.join(root, name);
        if (await this.isDrive(dir)) found.push({ mountPath: dir, label: name });
      }
    }
    return found;
  }
}

const userName = (): string => {
  try {
    return os.userInfo().username;
  } catch {
    return process.env.USER ?? '';
  }
};

/**
 * Linux: udisks mounts at `/run/media/$USER/LABEL` (Fedora, Arch) or `/media/$USER/LABEL` (Debian,
 * Ubuntu); older set-ups and hand mounts use `/media/NAME` and `/mnt/NAME`.
 */
export function linuxWatcher(options: UnixOptions = {}): MountFolderWatcher {
  const user = userName();
  const roots = options.roots ?? [...(user ? [`/media/${user}`, `/run/media/${user}`] : []), '/media', '/mnt'];
  const isDrive = options.isDrive ?? (async (dir) => (await isMountPoint(dir)) && !(await isNetworkMount(dir)));
  return new MountFolderWatcher(roots, isDrive);
}

/**
 * macOS: every volume appears under `/Volumes`. The system volume is there too, as a link to `/`
 * (or, on older systems, as `/` itself): links are skipped, and so is anything on the root device.
 */
export function macWatcher(options: UnixOptions = {}): MountFolderWatcher {
  const isDrive =
    options.isDrive ??
    (async (dir) => {
      if (!(await isMountPoint(dir))) return false;
      try {
        return (await fs.promises.stat(dir)).dev !== (await fs.promises.stat('/')).dev;
      } catch {
        return false;
      }
    });
  return new MountFolderWatcher(options.roots ?? ['/Volumes'], isDrive);
}
