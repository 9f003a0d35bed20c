import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { fontsFolder } from './fonts';
import type { RenderRequest, WorkerReply } from './pdf-worker';
import type { Section } from './sections';
import type { GridDocument } from './grid/types';
import type { FooterText, PdfDefinition, PreparedDocument } from './types';

/*
 * Renders definitions to PDF bytes on one worker thread, one document at a time. From the sources
 * (tsx, vitest) the worker is `pdf-worker.ts` loaded through tsx (`pdf-worker-dev.cjs`); in the bundled program it is
 * `dist-main/pdf-worker.cjs` beside the main bundle.
 */

export interface RenderOutcome {
  pdf: Buffer;
  pages: number;
}

export interface RenderOptions {
  sections?: Section[];
  onProgress?: (fraction: number) => void;
}

/** The worker: the bundled file beside the main bundle, or from the sources its tsx loader. */
function workerFile(): string {
  const bundled = path.join(__dirname, 'pdf-worker.cjs');
  return fs.existsSync(bundled) ? bundled : path.join(__dirname, 'pdf-worker-dev.cjs');
}

interface Pending {
  resolve: (outcome: RenderOutcome) => void;
  reject: (error: Error) => void;
  onProgress?: ((fraction: number) => void) | undefined;
}

export class PdfRenderer {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private closed = false;

  constructor(private readonly fonts: string = fontsFolder()) {}

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(workerFile(), { workerData: { fontsFolder: this.fonts } });
    worker.on('message', (reply: WorkerReply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      if (reply.type === 'progress') return waiting.onProgress?.(reply.fraction);
      this.pending.delete(reply.id);
      if (reply.type === 'done') waiting.resolve({ pdf: Buffer.from(reply.pdf), pages: reply.pages });
      else waiting.reject(new Error(`The PDF could not be made: ${reply.message}`));
    });
    const failAll = (error: Error) => {
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
      this.worker = null;
    };
    worker.on('error', failAll);
    worker.on('exit', (code) => {
      if (this.pending.size) failAll(new Error(this.closed ? 'Cancelled' : `The render worker stopped (${code})`));
      this.worker = null;
    });
    this.worker = worker;
    return worker;
  }

  /** A prepared document: drawn by the grid renderer when it has a grid, else laid out by pdfmake. */
  renderDocument(doc: PreparedDocument, options: RenderOptions = {}): Promise<RenderOutcome> {
    if (doc.grid) return this.renderGrid(doc.grid, doc.footer, options);
    if (!doc.definition) return Promise.reject(new Error(`Nothing to render in ${doc.kind}`));
    return this.render(doc.definition, doc.footer, options);
  }

  render(definition: PdfDefinition, footer: FooterText, options: RenderOptions = {}): Promise<RenderOutcome> {
    return this.send({ definition, footer, ...(options.sections ? { sections: options.sections } : {}) }, options);
  }

  renderGrid(grid: GridDocument, footer: FooterText, options: RenderOptions = {}): Promise<RenderOutcome> {
    return this.send({ grid, footer }, options);
  }

  private send(content: Omit<RenderRequest, 'id'>, options: RenderOptions): Promise<RenderOutcome> {
    if (this.closed) return Promise.reject(new Error('Cancelled'));
    const worker = this.start();
    const id = this.nextId++;
    const request: RenderRequest = { id, ...content };
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, onProgress: options.onProgress });
      worker.postMessage(request);
    });
  }

  /** Stops the worker; what was still being rendered fails with "Cancelled". */
  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }
}
