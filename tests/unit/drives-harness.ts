/**
 * The program's side of drives, set up for a test: a real database with an administrator, a folder
 * standing in for where drives appear, its watcher, and the drive service over them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { copyToDrive, driveFolderName, type CopyOptions } from '../../src-main/backup/drives/copy';
import { DriveService } from '../../src-main/backup/drives/drive-service';
import type { DriveState } from '../../src-main/backup/drives/drive-state';
import { FolderWatcher } from '../../src-main/backup/drives/folder-watcher';
import { DriveError } from '../../src-main/backup/drives/errors';
import type { CopyIo } from '../../src-main/backup/drives/io';
import { markDrive } from '../../src-main/backup/drives/mark';
import type { DriveWatcher } from '../../src-main/backup/drives/watcher';
import { openTestApp, setupSchool, type TestApp } from '../helpers/app';
import { addLocalBackup, faultyIo, type Faults } from './drives-support';

export class DriveHarness {
  readonly t: TestApp = openTestApp();
  readonly adminId = setupSchool(this.t).userId;
  readonly root = path.join(this.t.dir, 'media');
  readonly watcher: FolderWatcher;
  /** Every state the service reported, in order. */
  readonly changes: DriveState[] = [];
  private current: DriveService | null = null;

  constructor() {
    fs.mkdirSync(this.root);
    this.watcher = new FolderWatcher(this.root);
  }

  get service(): DriveService {
    if (!this.current) throw new Error('start the service first');
    return this.current;
  }

  start(io?: CopyIo, watcher: DriveWatcher = this.watcher): DriveService {
    this.current?.close();
    const { t } = this;
    this.current = new DriveService({
      ...{ db: t.db, watcher, now: t.clock.now, io, chunkSize: 4096 },
      onChange: (s) => this.changes.push(s),
    }).start();
    return this.current;
  }

  /** A verified local backup of `size` random bytes. */
  backup(fileName: string, size: number, at: Date = this.t.clock.now()) {
    return addLocalBackup(this.t.db, path.join(this.t.dir, 'local'), fileName, size, at);
  }

  /** A drive marked earlier (elsewhere), plugged in now by moving it into the folder. */
  plugMarked(label: string): string {
    const away = path.join(this.t.dir, 'drawer', label);
    fs.mkdirSync(away, { recursive: true });
    markDrive(this.t.db, { mountPath: away, label }, this.adminId, this.t.clock.now());
    fs.renameSync(away, path.join(this.root, label));
    return path.join(this.root, label);
  }

  /** Takes a drive out (to a pocket) or puts it back. */
  unplug(mountPath: string): void {
    fs.renameSync(mountPath, path.join(this.t.dir, 'pocket'));
  }

  replug(mountPath: string): void {
    fs.renameSync(path.join(this.t.dir, 'pocket'), mountPath);
  }

  stateOf(mountPath: string): DriveState | null {
    return this.service.state(mountPath);
  }

  async close(): Promise<void> {
    if (this.current) {
      await this.current.whenIdle();
      this.current.close();
    }
    this.watcher.close();
    this.t.close();
  }
}

/** One marked drive (a temp folder) and a way to copy new local backups onto it, with faults. */
export class CopyBench {
  readonly t: TestApp = openTestApp();
  readonly local = path.join(this.t.dir, 'local');
  readonly drive = path.join(this.t.dir, 'drives', 'KINGSTON');
  readonly volumeId: string;

  constructor() {
    const adminId = setupSchool(this.t).userId;
    fs.mkdirSync(this.drive, { recursive: true });
    this.volumeId = markDrive(
      this.t.db,
      { mountPath: this.drive, label: 'KINGSTON' },
      adminId,
      this.t.clock.now(),
    ).volumeId;
  }

  /** Records a new local backup of `size` random bytes and copies it, in chunks of 4,096. */
  copy(fileName: string, size: number, faults: Faults = {}, extra: Partial<CopyOptions> = {}) {
    const backup = addLocalBackup(this.t.db, this.local, fileName, size, this.t.clock.now());
    const io = faultyIo(faults);
    const target = { volumeId: this.volumeId, mountPath: this.drive };
    const run = copyToDrive(this.t.db, target, backup, { now: this.t.clock.now, io, chunkSize: 4096, ...extra });
    return { backup, io, run };
  }

  /** A path in the drive's backup folder. */
  onDrive(name = ''): string {
    return path.join(this.drive, driveFolderName, name);
  }

  close(): void {
    this.t.close();
  }
}

/** The DriveError a run ends with; fails the test when it succeeds or fails otherwise. */
export async function refusal(run: Promise<unknown>): Promise<DriveError> {
  const error = await run.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof DriveError)) expect.fail(`expected a DriveError, got ${String(error)}`);
  return error;
}
