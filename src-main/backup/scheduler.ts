import { max } from 'drizzle-orm';
import type { AppContext } from '../api/context';
import { auditEntry, school } from '../db/schema';
import { describeError } from './errors';
import { failureSince, lastOk } from './records';
import { migrationsFolder } from '../db/paths';
import { BackupService, type BackupServiceOptions } from './service';
import { readBackupSettings } from './settings';
import { latestPassphraseBackup } from './drive-source';
import { DriveService } from './drives/drive-service';
import type { DriveWatcher } from './drives/watcher';
import type { WrittenBackup } from './write';

/*
 * Local backups while the program runs: every `intervalHours` (checked every ten minutes), and on
 * closing when anything changed since the last one. A failed attempt is retried after an hour, not
 * at every check. The timers never keep the process alive.
 */

const hourMs = 60 * 60 * 1000;

export class BackupScheduler {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    readonly service: BackupService,
    /** Where flash drives are noticed; none in most tests. */
    private readonly watcher: DriveWatcher | null = null,
    private readonly everyMs = 10 * 60 * 1000,
  ) {}

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.tick(), this.everyMs);
    this.timer.unref();
    this.service.drives?.start();
    this.watcher?.start();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.service.drives?.close();
    this.watcher?.close();
  }

  /** Whether a scheduled backup is due now. */
  isDue(): boolean {
    const db = this.service.db;
    if (!db.orm.select({ id: school.id }).from(school).get()) return false;
    const now = this.service.app.now().getTime();
    const last = lastOk(db, 'local');
    const failure = failureSince(db, last?.id ?? null);
    if (failure && now - Date.parse(failure.createdAt) < hourMs) return false;
    return !last || now - Date.parse(last.createdAt) >= readBackupSettings(db).intervalHours * hourMs;
  }

  /** Starts a scheduled backup job when one is due. */
  tick(): void {
    try {
      if (!this.service.isRunning() && this.isDue()) this.service.startJob('schedule', null);
    } catch (error) {
      console.error(`The scheduled backup could not start: ${describeError(error)}`);
    }
  }

  /** Whether anything was written (every change is audited) since the last local backup. */
  changedSinceLast(): boolean {
    const db = this.service.db;
    if (!db.orm.select({ id: school.id }).from(school).get()) return false;
    const last = lastOk(db, 'local');
    const newest =
      db.orm
        .select({ at: max(auditEntry.at) })
        .from(auditEntry)
        .get()?.at ?? null;
    return !last || (newest !== null && newest > last.createdAt);
  }

  /** On closing: ends a job in progress, then backs up if anything changed. Never throws. */
  closing(): WrittenBackup | null {
    this.stop();
    try {
      this.service.finishRunning();
      return this.changedSinceLast() ? this.service.backupNow('closing', null) : null;
    } catch (error) {
      console.error(`The backup on closing failed: ${describeError(error)}`);
      return null;
    }
  }
}

export interface InstallOptions extends BackupServiceOptions {
  /** Flash drives: the platform's watcher in the program, a folder standing in for drives in tests. */
  driveWatcher?: DriveWatcher;
}

/**
 * Gives a program its backups: the service on `app.backups`, the risky actions' hook, the flash
 * drives (copies of the newest passphrase-locked backup), and a scheduler that starts and stops them
 * all (not yet started). For web main and Electron main.
 */
export function installBackups(app: AppContext, options: InstallOptions): BackupScheduler {
  const service = new BackupService(app, options);
  app.backups = service;
  app.backupBeforeRisky = () => service.beforeRisky();
  const watcher = options.driveWatcher ?? null;
  if (watcher) {
    // `app.db` is the same object after a restore (the swap happens inside it), so this stays right.
    service.drives = new DriveService({
      db: app.db,
      watcher,
      now: app.now,
      latestBackup: () => latestPassphraseBackup(app.db),
    });
  }
  return new BackupScheduler(service, watcher);
}

/**
 * The app's backup service; where the transport installed none (a test's app), one is made on first
 * use with the project's migrations and the default folder.
 */
export function backupsOf(app: AppContext): BackupService {
  app.backups ??= new BackupService(app, { migrationsFolder: migrationsFolder() });
  return app.backups;
}
