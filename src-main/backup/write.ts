import { createHash } from 'node:crypto';
import path from 'node:path';
import { BackupError, describeError } from './errors';
import { parseBackup, type BackupHeader } from './format';
import { nodeFs, type BackupFs } from './fs-port';
import { compress, seal, unseal, type HeaderFacts, type Recipient } from './seal';
import { checkDatabase, takeSnapshot } from './snapshot';

/*
 * Writing one backup: snapshot → compress → encrypt → write under a temporary name → fsync → close →
 * read back and check it whole (hash, decrypt, decompress, integrity_check, row counts) → rename to
 * the final name → fsync the folder. A failure at any step removes the temporary file (where the
 * drive still lets it) and throws; a final name only ever holds a checked file, and no older backup
 * is ever opened for writing.
 *
 * The steps are a generator so that one code path serves both a synchronous backup (before a risky
 * action, the command line) and a job the screen follows, run a step at a time between other calls.
 */

export const backupExtension = '.mjb';
const partSuffix = '.part';
const chunkBytes = 1 << 20;

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

/** Where each stage starts in the whole, by its share of the time measured on the demo school. */
const stageStart: Record<BackupStage, number> = { snapshot: 0, compress: 0.2, encrypt: 0.55, write: 0.6, verify: 0.8 };

export function* backupSteps(request: WriteRequest): Generator<BackupProgress, WrittenBackup, void> {
  const fs = request.fs ?? nodeFs;
  const { folder } = request;
  yield { stage: 'snapshot', fraction: stageStart.snapshot };
  const snapshot = takeSnapshot(request.databaseFile, request.scratch ?? path.dirname(request.databaseFile));
  yield { stage: 'compress', fraction: stageStart.compress };
  const compressed = compress(snapshot.bytes);
  yield { stage: 'encrypt', fraction: stageStart.encrypt };
  const sealed = seal(
    compressed,
    snapshot.bytes.length,
    { ...request.facts, counts: snapshot.counts },
    request.recipient,
  );

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

  let fd: number | null = null;
  try {
    fd = fs.create(temporary);
    for (let at = 0; at < sealed.file.length;) {
      at += fs.write(fd, sealed.file, at, Math.min(chunkBytes, sealed.file.length - at));
      yield {
        stage: 'write',
        fraction: stageStart.write + (stageStart.verify - stageStart.write) * (at / sealed.file.length),
      };
    }
    fs.fsync(fd);
    const closing = fd;
    fd = null;
    fs.close(closing);
  } catch (error) {
    if (fd !== null) {
      try {
        fs.close(fd);
      } catch {
        // Already failing; the first error is the one to report.
      }
    }
    discard();
    throw new BackupError('writeFailed', `${temporary}: ${describeError(error)}`);
  }

  yield { stage: 'verify', fraction: stageStart.verify };
  try {
    const written = fs.readFile(temporary);
    if (!written.equals(sealed.file)) throw new BackupError('damaged', 'the bytes read back differ from those written');
    const parsed = parseBackup(written);
    checkDatabase(unseal(parsed, sealed.dataKey), parsed.header.counts);
  } catch (error) {
    discard();
    throw new BackupError('verifyFailed', `${temporary}: ${describeError(error)}`);
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
  const sha256 = createHash('sha256').update(sealed.file).digest('hex');
  return { file, name, bytes: sealed.file.length, sha256, header: sealed.header };
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
