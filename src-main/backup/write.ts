import path from 'node:path';
import { checkWritten } from './check-written';
import { BackupError, describeError } from './errors';
import type { BackupHeader } from './format';
import { nodeFs, type BackupFs } from './fs-port';
import { openSnapshot, type Snapshot } from './read-snapshot';
import { beginSeal, type HeaderFacts, type Recipient } from './seal';
import { writeBody, type WrittenBody } from './write-body';

/*
 * Writing one backup: snapshot → compress, encrypt and write under a temporary name, piece by piece →
 * fsync → close → read back and check it (check-written.ts) → rename to the final name → fsync the
 * folder. A failure at any step removes the temporary file (where the
 * drive still lets it) and throws; a final name only ever holds a checked file, and no older backup
 * is ever opened for writing.
 *
 * The steps are a generator so that one code path serves both a synchronous backup (before a risky
 * action, the command line) and a job the screen follows, run a step at a time between other calls.
 */

export const backupExtension = '.mjb';
const partSuffix = '.part';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `mektep-20261123-153000.mjb` in this computer's time, `-2`, `-3`… when that second is taken. */
export function backupFileName(at: Date, taken: (name: string) => boolean): string {
  const stem =
    `mektep-${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}` +
    `-${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
  for (let n = 1; ; n++) {
    const name = `${stem}${n === 1 ? '' : `-${n}`}${backupExtension}`;
    if (!taken(name) && !taken(`${name}${partSuffix}`)) return name;
  }
}

export function isBackupName(name: string): boolean {
  return /^mektep-\d{8}-\d{6}(-\d+)?\.mjb$/.test(name);
}

export interface WriteRequest {
  databaseFile: string;
  folder: string;
  facts: Omit<HeaderFacts, 'counts'>;
  recipient: Recipient;
  /** Where the snapshot's plain copy is made for a moment: beside the database unless told. */
  scratch?: string;
  fs?: BackupFs;
}

export interface WrittenBackup {
  file: string;
  name: string;
  bytes: number;
  sha256: string;
  header: BackupHeader;
}

export type BackupStage = 'snapshot' | 'compress' | 'encrypt' | 'write' | 'verify';

export interface BackupProgress {
  stage: BackupStage;
  /** Of the whole backup, 0–1. */
  fraction: number;
}

/**
 * Where each stage starts in the whole, by its share of the time measured on the large school. The
 * pieces are compressed, encrypted and written together: that stage is named by its longest part.
 */
const stageStart = { snapshot: 0, compress: 0.05, verify: 0.6, end: 0.98 } as const;

const progress = (stage: 'compress' | 'verify', share: number, next: number): BackupProgress => ({
  stage,
  fraction: stageStart[stage] + (next - stageStart[stage]) * share,
});

export function* backupSteps(request: WriteRequest): Generator<BackupProgress, WrittenBackup, void> {
  yield { stage: 'snapshot', fraction: stageStart.snapshot };
  const snapshot = openSnapshot(request.databaseFile, request.scratch ?? path.dirname(request.databaseFile));
  try {
    return yield* writeChecked(request, snapshot);
  } finally {
    // Also when the steps are abandoned half-way (`return()`): the snapshot holds a read transaction.
    snapshot.close();
  }
}

function* writeChecked(request: WriteRequest, snapshot: Snapshot): Generator<BackupProgress, WrittenBackup, void> {
  const fs = request.fs ?? nodeFs;
  const { folder } = request;
  try {
    fs.mkdir(folder);
  } catch (error) {
    throw new BackupError('writeFailed', `${folder}: ${describeError(error)}`);
  }
  const name = backupFileName(new Date(request.facts.createdAt), (n) => fs.exists(path.join(folder, n)));
  const file = path.join(folder, name);
  const temporary = `${file}${partSuffix}`;
  const discard = () => {
    try {
      fs.unlink(temporary);
    } catch {
      // The drive is gone or read-only: the temporary name still says it is incomplete.
    }
  };
  const sealing = beginSeal(snapshot.bytes, { ...request.facts, counts: snapshot.counts }, request.recipient);

  let fd: number | null = null;
  let written: WrittenBody;
  let finished = false;
  try {
    fd = fs.create(temporary);
    const body = writeBody(fs, fd, snapshot, sealing);
    for (let next = body.next(); ; next = body.next()) {
      if (next.done) {
        written = next.value;
        break;
      }
      yield progress('compress', next.value, stageStart.verify);
    }
    fs.fsync(fd);
    const closing = fd;
    fd = null;
    fs.close(closing);
    finished = true;
  } catch (error) {
    throw new BackupError('writeFailed', `${temporary}: ${describeError(error)}`);
  } finally {
    if (!finished) {
      if (fd !== null) {
        try {
          fs.close(fd);
        } catch {
          // Already failing; the first error is the one to report.
        }
      }
      discard();
    }
  }

  finished = false;
  try {
    for (const share of checkWritten(fs, temporary, snapshot, sealing, written)) {
      yield progress('verify', share, stageStart.end);
    }
    finished = true;
  } catch (error) {
    throw new BackupError('verifyFailed', `${temporary}: ${describeError(error)}`);
  } finally {
    if (!finished) discard();
  }

  try {
    if (fs.exists(file)) throw new Error(`${name} appeared meanwhile`);
    fs.rename(temporary, file);
  } catch (error) {
    discard();
    throw new BackupError('writeFailed', `${file}: ${describeError(error)}`);
  }
  try {
    fs.fsyncFolder(folder);
  } catch {
    // The file is complete and checked under its name; only the durability of the rename is unknown.
  }
  return { file, name, bytes: written.bytes, sha256: written.sha256, header: sealing.header };
}

/** Runs a generator of steps to its end at once. */
export function runSteps<T>(steps: Generator<unknown, T, void>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

export function writeBackup(request: WriteRequest): WrittenBackup {
  return runSteps(backupSteps(request));
}
