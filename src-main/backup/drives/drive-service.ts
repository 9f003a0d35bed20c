import type { Database } from '../../db/connection';
import { copyToDrive, type CopyProgress } from './copy';
import { latestLocalBackup, type LocalBackup } from './drive-records';
import { classifyDriveError, DriveError, driveErrorKeys } from './errors';
import type { CopyIo } from './io';
import { activeDrive, markDrive, unmarkDrive } from './mark';
import type { MarkerFs } from './marker';
import { copyOf, fractionOf, freshState, type DriveState } from './drive-state';
import type { Drive, DriveWatcher } from './watcher';

/*
 * What the program does with plugged drives: a marked one gets the latest verified backup at once,
 * with progress, and ends in a clear "safe to remove"; an unmarked one is only offered ("mark it for
 * backups?") and never written to without the administrator's word. The screen polls `states()`.
 */

export interface DriveServiceOptions {
  db: Database;
  watcher: DriveWatcher;
  now: () => Date;
  io?: CopyIo;
  markerFs?: MarkerFs;
  chunkSize?: number;
  keep?: number;
  /** The backup a drive gets (default: the latest verified local one still on disk). */
  latestBackup?: () => LocalBackup | null;
  /** Told of every change (the Electron shell may push it to the window instead of polling). */
  onChange?: (state: DriveState) => void;
}

export class DriveService {
  private readonly entries = new Map<string, DriveState>();
  private readonly running = new Map<string, Promise<void>>();
  private unsubscribe: (() => void)[] = [];

  constructor(private readonly options: DriveServiceOptions) {}

  /** Takes the drives already plugged in, then listens for more. */
  start(): this {
    const { watcher } = this.options;
    this.unsubscribe = [
      watcher.on('plugged', (drive) => this.plugged(drive)),
      watcher.on('changed', (drive) => this.changed(drive)),
      watcher.on('removed', (drive) => this.removed(drive)),
    ];
    for (const drive of watcher.list()) if (!this.entries.has(drive.mountPath)) this.plugged(drive);
    return this;
  }

  states(): DriveState[] {
    return [...this.entries.values()].map(copyOf).sort((a, b) => a.label.localeCompare(b.label));
  }

  state(mountPath: string): DriveState | null {
    const entry = this.entries.get(mountPath);
    return entry ? copyOf(entry) : null;
  }

  /** The administrator's yes to an offered drive: mark it, then copy at once. Synchronous. */
  mark(mountPath: string, userId: number): DriveState {
    const entry = this.present(mountPath);
    const row = markDrive(this.options.db, entry, userId, this.options.now(), this.options.markerFs);
    entry.volumeId = row.volumeId;
    if (!this.running.has(mountPath)) this.copy(entry);
    return copyOf(entry);
  }

  /** Copies again (after a failure, or to refresh a drive); only to a marked drive. */
  copyNow(mountPath: string): DriveState {
    const entry = this.present(mountPath);
    if (!activeDrive(this.options.db, entry.volumeId)) throw new DriveError(driveErrorKeys.notMarked);
    if (this.running.has(mountPath)) throw new DriveError(driveErrorKeys.busy);
    this.copy(entry);
    return copyOf(entry);
  }

  /** Stops using a drive; a plugged one is offered again (unless a copy to it is running). */
  unmark(volumeId: string): boolean {
    const changed = unmarkDrive(this.options.db, volumeId);
    for (const entry of this.entries.values()) {
      if (entry.volumeId === volumeId && entry.present && !this.running.has(entry.mountPath)) {
        this.settle(entry, { state: 'offered', error: null, progress: null });
      }
    }
    return changed;
  }

  /** The administrator's no to an offer, or "seen" on a drive that was pulled out. */
  dismiss(mountPath: string): void {
    const entry = this.entries.get(mountPath);
    if (!entry || this.running.has(mountPath)) return;
    if (!entry.present) this.entries.delete(mountPath);
    else if (entry.state === 'offered') this.settle(entry, { state: 'declined' });
  }

  /** Resolves when no copy is running (tests; closing the program). */
  async whenIdle(): Promise<void> {
    while (this.running.size > 0) await Promise.all(this.running.values());
  }

  close(): void {
    for (const off of this.unsubscribe) off();
    this.unsubscribe = [];
  }

  private present(mountPath: string): DriveState {
    const entry = this.entries.get(mountPath);
    if (!entry?.present) throw new DriveError(driveErrorKeys.notFound, mountPath);
    return entry;
  }

  private plugged(drive: Drive): void {
    const running = this.entries.get(drive.mountPath);
    // Back in before its interrupted copy gave up: that copy's outcome shows; "copy again" is at hand.
    if (running && this.running.has(drive.mountPath)) return void (running.present = true);
    const entry = freshState(drive);
    this.entries.set(drive.mountPath, entry);
    if (activeDrive(this.options.db, drive.id)) this.copy(entry);
    else this.settle(entry, { state: drive.writable ? 'offered' : 'readOnly' });
  }

  private changed(drive: Drive): void {
    const entry = this.entries.get(drive.mountPath);
    if (!entry) return this.plugged(drive);
    Object.assign(entry, { label: drive.label, volumeId: drive.id, freeBytes: drive.freeBytes });
    if (this.running.has(drive.mountPath) || !['offered', 'declined', 'readOnly'].includes(entry.state)) return;
    if (activeDrive(this.options.db, drive.id)) this.copy(entry);
    else if (entry.state !== 'declined') this.settle(entry, { state: drive.writable ? 'offered' : 'readOnly' });
  }

  private removed(drive: Drive): void {
    const entry = this.entries.get(drive.mountPath);
    if (!entry) return;
    // A failure stays on the screen until dismissed: the drive may be out before its copy gave up.
    if (this.running.has(drive.mountPath) || entry.state === 'failed') this.settle(entry, { present: false });
    else this.entries.delete(drive.mountPath);
  }

  private copy(entry: DriveState): void {
    const { db, now, io, chunkSize, keep } = this.options;
    const volumeId = entry.volumeId;
    const backup = (this.options.latestBackup ?? (() => latestLocalBackup(db)))();
    if (!backup || !volumeId) {
      const key = backup ? driveErrorKeys.notMarked : driveErrorKeys.noBackup;
      return this.settle(entry, { state: 'failed', progress: null, error: { key, detail: '' } });
    }
    this.settle(entry, { state: 'copying', progress: null, error: null, upToDate: false, fileName: backup.fileName });
    const onProgress = (p: CopyProgress) => this.settle(entry, { progress: { ...p, fraction: fractionOf(p) } });
    const target = { volumeId, mountPath: entry.mountPath };
    const job = copyToDrive(db, target, backup, { now, io, chunkSize, keep, onProgress })
      .then((result) => {
        const progress = { phase: 'verify' as const, done: result.bytes, total: result.bytes, fraction: 1 };
        const { fileName, bytes, upToDate } = result;
        this.settle(entry, { state: 'safeToRemove', fileName, bytes, upToDate, progress });
      })
      .catch((error: unknown) => {
        const failure = error instanceof DriveError ? error : classifyDriveError(error, false);
        this.settle(entry, { state: 'failed', error: { key: failure.key, detail: failure.detail } });
      })
      .finally(() => {
        this.running.delete(entry.mountPath);
        // A drive pulled out after its copy was verified needs no more attention.
        if (!entry.present && entry.state !== 'failed') this.entries.delete(entry.mountPath);
      });
    this.running.set(entry.mountPath, job);
  }

  private settle(entry: DriveState, change: Partial<DriveState>): void {
    Object.assign(entry, change);
    this.options.onChange?.(copyOf(entry));
  }
}
