import { randomBytes } from 'node:crypto';
import type { AppContext } from '../api/context';
import type { BackupJob } from '../api/contract/backup';
import type { Database } from '../db/connection';
import { BackupError, describeError } from './errors';
import type { DriveService } from './drives/drive-service';
import { defaultRecipient, headerFacts } from './facts';
import { nodeFs, type BackupFs } from './fs-port';
import { rotateFolder } from './local';
import { recordFailed, recordOk, type BackupReason } from './records';
import type { RotationRule } from './rotation';
import { backupFolder } from './settings';
import { backupSteps, runSteps, type BackupProgress, type WriteRequest, type WrittenBackup } from './write';

/*
 * The running program's backups to its local folder: at once (before a risky action, on closing),
 * or as a job the screen follows. One service per program, made by the transport (web or Electron
 * main) with `installBackups`; it works on `app.db`, whose connection a restore swaps in place.
 */

export interface BackupServiceOptions {
  migrationsFolder: string;
  /** Tests inject faults here; the program uses Node's fs. */
  fs?: BackupFs;
  rotation?: RotationRule;
}

interface RunningJob {
  status: BackupJob;
  steps: Generator<BackupProgress, WrittenBackup, void>;
  reason: BackupReason;
  by: number | null;
  folder: string;
  at: Date;
  done: Promise<void>;
}

export class BackupService {
  /** Flash drives, when the program watches for them (installBackups with a watcher). */
  drives: DriveService | null = null;
  private running: RunningJob | null = null;
  /** Finished jobs by id, the last few, for the screen's last poll. */
  private readonly finished = new Map<string, BackupJob>();

  constructor(
    readonly app: AppContext,
    readonly options: BackupServiceOptions,
  ) {}

  get db(): Database {
    return this.app.db;
  }
  folder(): string {
    return backupFolder(this.db);
  }

  private request(at: Date): WriteRequest {
    return {
      databaseFile: this.db.file,
      folder: this.folder(),
      facts: headerFacts(this.db, at),
      recipient: defaultRecipient(this.db),
      ...(this.options.fs ? { fs: this.options.fs } : {}),
    };
  }

  /** Records a written backup and lets the rotation go over the folder. */
  private succeeded(written: WrittenBackup, reason: BackupReason, by: number | null, folder: string, at: Date): void {
    const verifiedAt = this.app.now();
    recordOk(
      this.db,
      { reason, targetKind: 'local', targetPath: folder, fileName: written.name, at, by },
      { bytes: written.bytes, sha256: written.sha256, schemaVersion: written.header.schemaVersion, verifiedAt },
    );
    const fs = this.options.fs ?? nodeFs;
    rotateFolder(this.db, folder, verifiedAt, this.options.rotation, (file) => fs.unlink(file));
  }

  private failed(error: unknown, reason: BackupReason, by: number | null, folder: string, at: Date): BackupError {
    const refusal = error instanceof BackupError ? error : new BackupError('writeFailed', describeError(error));
    console.error(`Backup to ${folder} failed: ${refusal.message}`);
    // The database may be gone (the program closed under a job): the failure is then only logged.
    if (this.db.sqlite.open) {
      recordFailed(this.db, { reason, targetKind: 'local', targetPath: folder, fileName: '', at, by }, refusal.message);
    }
    return refusal;
  }

  /** Makes, checks and records a backup now; throws a BackupError when it cannot. */
  backupNow(reason: BackupReason, by: number | null): WrittenBackup {
    const at = this.app.now();
    const folder = this.folder();
    try {
      const written = runSteps(backupSteps(this.request(at)));
      this.succeeded(written, reason, by, folder, at);
      return written;
    } catch (error) {
      throw this.failed(error, reason, by, folder, at);
    }
  }

  /** The hook of risky actions: a checked backup first, or the action does not start. */
  beforeRisky(): void {
    this.backupNow('before_risky', null);
  }

  isRunning(): boolean {
    return this.running !== null;
  }

  /** Starts a backup job, run a step at a time between other calls; gives the running one if any. */
  startJob(reason: BackupReason, by: number | null): BackupJob {
    if (this.running) return { ...this.running.status };
    const at = this.app.now();
    const folder = this.folder();
    const status: BackupJob = {
      jobId: randomBytes(12).toString('hex'),
      state: 'running',
      stage: null,
      fraction: 0,
      fileName: null,
      bytes: null,
      error: null,
    };
    let steps: Generator<BackupProgress, WrittenBackup, void>;
    try {
      steps = backupSteps(this.request(at));
    } catch (error) {
      throw this.failed(error, reason, by, folder, at);
    }
    let settle: () => void = () => undefined;
    const done = new Promise<void>((resolve) => (settle = resolve));
    const job: RunningJob = { status, steps, reason, by, folder, at, done };
    this.running = job;
    const pump = () => {
      if (this.running !== job) return settle();
      if (!this.db.sqlite.open) {
        // Closed without `finishRunning` (a test's app, a crash of the transport): nothing to record into.
        // Ending the steps lets go of their snapshot and removes their temporary file.
        this.running = null;
        job.steps.return(undefined as never);
        return settle();
      }
      if (this.step(job)) setImmediate(pump);
      else settle();
    };
    setImmediate(pump);
    return { ...status };
  }

  /** One step of a job; false when it has ended. */
  private step(job: RunningJob): boolean {
    try {
      const next = job.steps.next();
      if (!next.done) {
        Object.assign(job.status, { stage: next.value.stage, fraction: next.value.fraction });
        return true;
      }
      this.succeeded(next.value, job.reason, job.by, job.folder, job.at);
      Object.assign(job.status, { state: 'done', fraction: 1, fileName: next.value.name, bytes: next.value.bytes });
    } catch (error) {
      const refusal = this.failed(error, job.reason, job.by, job.folder, job.at);
      Object.assign(job.status, {
        state: 'failed',
        error: { key: refusal.messageKey, detail: refusal.detail ?? null },
      });
    }
    this.finished.set(job.status.jobId, { ...job.status });
    if (this.finished.size > 20) this.finished.delete(this.finished.keys().next().value as string);
    this.running = null;
    return false;
  }

  job(jobId: string): BackupJob | null {
    if (this.running?.status.jobId === jobId) return { ...this.running.status };
    return this.finished.get(jobId) ?? null;
  }

  currentJob(): BackupJob | null {
    return this.running ? { ...this.running.status } : null;
  }

  /** Runs the job in progress to its end at once (the program is closing, a restore is coming). */
  finishRunning(): void {
    const job = this.running;
    while (job && this.running === job && this.step(job));
  }

  /** Resolves when no job is running (tests; closing). */
  async whenIdle(): Promise<void> {
    while (this.running) await this.running.done;
  }
}
