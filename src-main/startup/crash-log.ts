import fs from 'node:fs';
import path from 'node:path';

/*
 * An error nothing caught in the main process: written to a log file in the user-data folder (time,
 * version, kind, stack) and told calmly to whoever sits at the computer. A rejected promise nobody
 * awaited leaves the program running; an uncaught exception leaves it in an unknown state, so the
 * program closes cleanly (the database closed, the backup on closing made) once the message is read.
 * One message at a time, and only the first few: an error in a loop must not bury the screen.
 */

export type CrashKind = 'uncaughtException' | 'unhandledRejection';

export interface CrashReporterOptions {
  logFile: string;
  version: string;
  now?: () => Date;
  /** Shows the message; resolves once it is read. */
  show(kind: CrashKind, logFile: string): Promise<void>;
  /** Closes the program cleanly. */
  close(): void;
  /** How many messages at most in one run. */
  maxMessages?: number;
}

/** The log grows to this size, then starts over (the previous one kept as `.1`). */
const maxLogBytes = 1024 * 1024;

export function describeCrash(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  try {
    return `Non-error value: ${JSON.stringify(error)}`;
  } catch {
    return `Non-error value: ${String(error)}`;
  }
}

export class CrashReporter {
  private showing = false;
  private shown = 0;
  private closing = false;

  constructor(private readonly options: CrashReporterOptions) {}

  /** Appends one entry; never throws (a log that cannot be written must not cause another crash). */
  log(kind: CrashKind, error: unknown): void {
    const at = (this.options.now ?? (() => new Date()))().toISOString();
    const entry = `[${at}] Mektep Journal ${this.options.version} ${kind} (${process.platform} ${process.arch})\n${describeCrash(error)}\n\n`;
    try {
      const file = this.options.logFile;
      fs.mkdirSync(path.dirname(file), { recursive: true });
      if (fs.existsSync(file) && fs.statSync(file).size > maxLogBytes) fs.renameSync(file, `${file}.1`);
      fs.appendFileSync(file, entry);
    } catch (writeError) {
      console.error('The crash log could not be written:', writeError);
    }
    console.error(entry);
  }

  report(kind: CrashKind, error: unknown): void {
    this.log(kind, error);
    const fatal = kind === 'uncaughtException';
    if (this.closing) return;
    if (fatal) this.closing = true;
    if (this.showing || this.shown >= (this.options.maxMessages ?? 3)) {
      if (fatal && !this.showing) this.options.close();
      return;
    }
    this.showing = true;
    this.shown++;
    void this.options
      .show(kind, this.options.logFile)
      .catch(() => undefined)
      .then(() => {
        this.showing = false;
        if (this.closing) this.options.close();
      });
  }

  /** Listens on the process; returns the function that stops listening. */
  install(target: Pick<NodeJS.Process, 'on' | 'off'>): () => void {
    const onException = (error: unknown) => this.report('uncaughtException', error);
    const onRejection = (reason: unknown) => this.report('unhandledRejection', reason);
    target.on('uncaughtException', onException);
    target.on('unhandledRejection', onRejection);
    return () => {
      target.off('uncaughtException', onException);
      target.off('unhandledRejection', onRejection);
    };
  }
}
