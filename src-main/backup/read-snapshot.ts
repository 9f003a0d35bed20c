import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { BackupError } from './errors';
import { tableCounts, type RowCounts } from './snapshot';

/*
 * The database as it was at one moment, read in pieces at the speed of a file copy.
 *
 * A connection of its own checkpoints the WAL into the file (TRUNCATE), then opens a read transaction.
 * If the WAL is still empty once that transaction has begun, SQLite reads this snapshot from the main
 * file alone, under WAL read lock 0, and no checkpoint may write a page into the main file while that
 * lock is held: the program goes on committing (to the WAL), and the file's first `bytes` stay exactly
 * the snapshot until `close`. They are then read with plain file reads. Without WAL, the read
 * transaction's SHARED lock keeps every writer out of the file in the same way.
 *
 * When another connection wrote between the checkpoint and the transaction (or holds a write), the
 * file is not the snapshot: then, as before, `VACUUM INTO` a scratch file on that same transaction
 * (slower: it rebuilds every index), read the same way. Either way the snapshot sees only committed
 * data, never the half-done transaction of the call that asked for the backup.
 *
 * What is read is a plain file: the header's bytes 18–19 say rollback journal (as `VACUUM INTO` then
 * `journal_mode = DELETE` made it), so a backup travels without -wal and -shm files.
 */

export interface Snapshot {
  /** Its size: the page count times the page size. */
  bytes: number;
  counts: RowCounts;
  /** Fills `buffer` with the snapshot's bytes from `position` on; gives how many (0 at the end). */
  read(buffer: Buffer, position: number): number;
  /** SQLite's `quick_check` of the snapshot's pages (B-trees, records); throws `damaged`. */
  quickCheck(): void;
  /** Lets the moment go (and removes the scratch copy, if one was made). */
  close(): void;
}

/** The page at 1 GiB: SQLite never uses it, and Windows refuses to read it while it is locked. */
const lockPageAt = 0x40000000;

const walBytes = (file: string) => {
  try {
    return fs.statSync(`${file}-wal`).size;
  } catch {
    return 0;
  }
};

/** A snapshot read from `file`, on `db` (whose read transaction holds it); `release` ends both. */
function fileSnapshot(db: Sqlite.Database, file: string, release: () => void): Snapshot {
  let fd: number | null = null;
  try {
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    const bytes = (db.pragma('page_count', { simple: true }) as number) * pageSize;
    const counts = tableCounts(db);
    fd = fs.openSync(file, 'r');
    if (fs.fstatSync(fd).size < bytes) throw new BackupError('damaged', `${file} is shorter than its pages`);
    const opened = fd;
    const readAt = (buffer: Buffer, offset: number, length: number, position: number): number => {
      if (position >= lockPageAt && position < lockPageAt + pageSize) {
        const zeros = Math.min(length, lockPageAt + pageSize - position);
        buffer.fill(0, offset, offset + zeros);
        return zeros;
      }
      const until = position < lockPageAt ? Math.min(length, lockPageAt - position) : length;
      return fs.readSync(opened, buffer, offset, until, position);
    };
    return {
      bytes,
      counts,
      read(buffer, position) {
        const wanted = Math.max(0, Math.min(buffer.length, bytes - position));
        let done = 0;
        while (done < wanted) {
          const read = readAt(buffer, done, wanted - done, position + done);
          if (read === 0) throw new BackupError('damaged', `${file} ended early`);
          done += read;
        }
        // Bytes 18 and 19 of the file: the write and read versions, 1 for rollback journal, 2 for WAL.
        if (position <= 18 && position + done > 19) buffer.fill(1, 18 - position, 20 - position);
        return done;
      },
      quickCheck() {
        const result = db.pragma('quick_check', { simple: true });
        if (result !== 'ok') throw new BackupError('damaged', `quick_check: ${String(result)}`);
      },
      close() {
        fs.closeSync(opened);
        release();
      },
    };
  } catch (error) {
    if (fd !== null) fs.closeSync(fd);
    release();
    throw error;
  }
}

/** A consistent snapshot of the database file's committed state. `scratch`: a folder for a copy. */
export function openSnapshot(databaseFile: string, scratch: string): Snapshot {
  // A short wait only: a writer in the middle of a transaction sends the backup to the slower path.
  const db = new Sqlite(databaseFile, { fileMustExist: true, timeout: 100 });
  let wal = false;
  try {
    wal = db.pragma('journal_mode', { simple: true }) === 'wal';
    if (wal) db.pragma('wal_checkpoint(TRUNCATE)');
    // Beginning to read waits as long as any reader of the program would (a writer's commit, without WAL).
    db.pragma('busy_timeout = 5000');
    db.exec('begin');
    db.prepare('select count(*) from sqlite_master').pluck().get();
  } catch (error) {
    db.close();
    throw error;
  }
  const end = () => {
    if (db.inTransaction) db.exec('rollback');
    db.close();
  };
  if (!wal || walBytes(databaseFile) === 0) return fileSnapshot(db, databaseFile, end);

  // VACUUM INTO makes its own consistent read; it may not run inside a transaction.
  db.exec('rollback');
  const copy = path.join(scratch, `.${path.basename(databaseFile)}.snapshot-${randomBytes(6).toString('hex')}.tmp`);
  try {
    db.prepare('vacuum into ?').run(copy);
  } catch (error) {
    fs.rmSync(copy, { force: true });
    throw error;
  } finally {
    end();
  }
  const copied = new Sqlite(copy);
  try {
    copied.pragma('journal_mode = DELETE');
  } catch (error) {
    copied.close();
    fs.rmSync(copy, { force: true });
    throw error;
  }
  return fileSnapshot(copied, copy, () => {
    copied.close();
    fs.rmSync(copy, { force: true });
  });
}
