import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { Database } from '../db/connection';
import type { PrintJob, PrintJobFile } from '../api/contract/print';
import { CancelledError, safeFileName, type WrittenFile } from './batch';
import { renderRecorded } from './render-recorded';
import type { RecordedDocument } from './print-service';
import { PdfRenderer } from './render';
import { RenderAhead } from './render-ahead';

/*
 * Print jobs of the running program: each renders its documents on its own worker into its own
 * folder, and only the user who started it can see it, cancel it or download its files. Jobs live
 * in memory: after a restart the PDFs stay in the folder, and the records stay in the database.
 */

interface Job {
  owner: number;
  folder: string;
  status: PrintJob;
  renderer: PdfRenderer;
  paths: string[];
  combinedPath: string | null;
}

export interface JobRenderer {
  renderer: PdfRenderer;
  ahead: RenderAhead;
}

const fileOf = (index: number, written: WrittenFile): PrintJobFile => ({
  index,
  name: path.basename(written.file),
  pages: written.pages,
  code: written.code,
});

export class PrintJobs {
  private readonly jobs = new Map<string, Job>();

  constructor(
    private readonly db: Database,
    /** Where each job gets a folder of its own. */
    readonly folder: string,
    private readonly fonts?: string,
  ) {}

  /** A renderer for a job about to start: documents recorded before `start` can go ahead to it. */
  openRenderer(): JobRenderer {
    const renderer = new PdfRenderer(this.fonts);
    return { renderer, ahead: new RenderAhead(renderer) };
  }

  start(
    recorded: RecordedDocument[],
    owner: number,
    label: string,
    now: Date,
    opened: JobRenderer = this.openRenderer(),
  ): PrintJob {
    const jobId = randomBytes(12).toString('hex');
    const stamp = now.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
    // The label comes from the document's title: cleaned and cut like a file name, or Windows refuses it.
    const folder = path.join(this.folder, safeFileName(`${stamp} ${label}`));
    const total = recorded.length + (recorded.length > 1 ? 1 : 0);
    const status: PrintJob = {
      jobId,
      state: 'running',
      done: 0,
      total,
      fraction: 0,
      current: '',
      files: [],
      combined: null,
      error: null,
    };
    const job: Job = { owner, folder, status, renderer: opened.renderer, paths: [], combinedPath: null };
    this.jobs.set(jobId, job);
    renderRecorded(this.db, job.renderer, recorded, folder, {
      ...(recorded.length > 1 ? { combinedName: label } : {}),
      cancelled: () => status.state === 'cancelled',
      ahead: opened.ahead,
      onProgress: (p) =>
        Object.assign(status, { done: p.done, total: p.total, fraction: p.fraction, current: p.current }),
      onDocument: (_doc, written) => {
        job.paths.push(written.file);
        status.files = [...status.files, fileOf(job.paths.length - 1, written)];
      },
    })
      .then((result) => {
        if (result.combined) {
          job.combinedPath = result.combined.file;
          status.combined = fileOf(-1, result.combined);
        }
        if (status.state === 'running') status.state = 'done';
      })
      .catch((error: unknown) => {
        if (status.state === 'cancelled' || error instanceof CancelledError) status.state = 'cancelled';
        else {
          status.state = 'failed';
          status.error = error instanceof Error ? error.message : String(error);
        }
      })
      .finally(() => void job.renderer.close());
    return { ...status };
  }

  private own(jobId: string, owner: number): Job | null {
    const job = this.jobs.get(jobId);
    return job && job.owner === owner ? job : null;
  }

  status(jobId: string, owner: number): PrintJob | null {
    const job = this.own(jobId, owner);
    return job ? { ...job.status } : null;
  }

  cancel(jobId: string, owner: number): PrintJob | null {
    const job = this.own(jobId, owner);
    if (!job) return null;
    if (job.status.state === 'running') {
      job.status.state = 'cancelled';
      void job.renderer.close();
    }
    return { ...job.status };
  }

  /** The path of a finished file (index -1: the combined file) for its owner only. */
  file(jobId: string, owner: number, index: number): string | null {
    const job = this.own(jobId, owner);
    if (!job) return null;
    return index === -1 ? job.combinedPath : (job.paths[index] ?? null);
  }

  /** Whether a job is still rendering (an update must not restart the program under it). */
  busy(): boolean {
    return [...this.jobs.values()].some((job) => job.status.state === 'running');
  }

  /** Stops every running job (the program is closing). */
  async closeAll(): Promise<void> {
    await Promise.all([...this.jobs.values()].map((job) => job.renderer.close()));
  }
}
