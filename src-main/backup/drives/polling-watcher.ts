import fs from 'node:fs';
import { readMarker } from './marker';
import type { Drive, DriveEvent, DriveListener, DriveWatcher } from './watcher';

/** A place that may be a drive, as a platform finds it. */
export interface Candidate {
  mountPath: string;
  label: string;
}

/** Free bytes, write permission and marker of a candidate; null when it is not (or no longer) there. */
export async function probeDrive(candidate: Candidate): Promise<Drive | null> {
  let freeBytes: number;
  try {
    const stats = await fs.promises.statfs(candidate.mountPath);
    freeBytes = stats.bavail * stats.bsize;
  } catch {
    return null;
  }
  let writable = true;
  try {
    await fs.promises.access(candidate.mountPath, fs.constants.W_OK);
  } catch {
    writable = false;
  }
  const id = await readMarker(candidate.mountPath);
  return { id, label: candidate.label, mountPath: candidate.mountPath, freeBytes, writable };
}

/**
 * The shared part of every watcher: look at the candidates every couple of seconds, compare with the
 * last look, and tell the listeners what appeared, went or changed. A look costs a directory listing
 * and three small calls per drive (statfs, access, reading the marker), so polling stays cheap.
 */
export abstract class PollingWatcher implements DriveWatcher {
  private readonly drives = new Map<string, Drive>();
  private readonly listeners: Record<DriveEvent, Set<DriveListener>> = {
    plugged: new Set(),
    removed: new Set(),
    changed: new Set(),
  };
  private timer: NodeJS.Timeout | null = null;
  private looking: Promise<void> | null = null;
  private closed = false;

  /** Where drives may be now. A failure counts as "none" (a root folder that does not exist). */
  protected abstract candidates(): Promise<Candidate[]>;

  /** What a candidate is now; a platform may know more than the common probe. */
  protected probe(candidate: Candidate): Promise<Drive | null> {
    return probeDrive(candidate);
  }

  list(): Drive[] {
    return [...this.drives.values()]
      .map((d) => ({ ...d }))
      .sort((a, b) => (a.mountPath < b.mountPath ? -1 : a.mountPath > b.mountPath ? 1 : 0));
  }

  on(event: DriveEvent, listener: DriveListener): () => void {
    this.listeners[event].add(listener);
    return () => this.listeners[event].delete(listener);
  }

  start(intervalMs = 2000): this {
    if (this.timer || this.closed) return this;
    this.timer = setInterval(() => void this.poll(), intervalMs);
    // The watcher alone must not keep the program (or a CLI run) alive.
    this.timer.unref();
    void this.poll();
    return this;
  }

  /** One look at a time: a slow drive must not let two looks report the same change twice. */
  poll(): Promise<void> {
    this.looking ??= this.look().finally(() => {
      this.looking = null;
    });
    return this.looking;
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    for (const set of Object.values(this.listeners)) set.clear();
  }

  private async look(): Promise<void> {
    let found: Candidate[];
    try {
      found = await this.candidates();
    } catch {
      found = [];
    }
    const seen = new Set<string>();
    for (const candidate of found) {
      if (seen.has(candidate.mountPath)) continue;
      const drive = await this.probe(candidate);
      if (!drive || this.closed) continue;
      seen.add(drive.mountPath);
      const before = this.drives.get(drive.mountPath);
      this.drives.set(drive.mountPath, drive);
      if (!before) this.emit('plugged', drive);
      else if (before.id !== drive.id || before.label !== drive.label || before.writable !== drive.writable) {
        this.emit('changed', drive);
      }
    }
    for (const [mountPath, drive] of [...this.drives]) {
      if (seen.has(mountPath)) continue;
      this.drives.delete(mountPath);
      this.emit('removed', drive);
    }
  }

  private emit(event: DriveEvent, drive: Drive): void {
    for (const listener of [...this.listeners[event]]) {
      try {
        listener({ ...drive });
      } catch {
        // One listener's fault must not stop the others from hearing about the drive.
      }
    }
  }
}
