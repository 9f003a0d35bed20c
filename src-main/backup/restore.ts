import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { closeDatabase, openDatabase, transaction, type Database } from '../db/connection';
import { backupDrive, backupRecord, setting, user } from '../db/schema';
import { BackupError, describeError } from './errors';
import { nodeFs } from './fs-port';
import { allRecords } from './records';
import { backupSettingRows } from './settings';

/*
 * Putting a checked database file in place of the open one. The program holds the file open, so the
 * swap closes it, moves it aside (with any -wal and -shm), renames the restored file in, and opens
 * that (migrating an older schema) into the same `Database` object. If the new file cannot be opened,
 * the old one is moved back and reopened, again in the same object.
 *
 * What belongs to this computer rather than to the data is carried over from the old database: the
 * backup settings (passphrase key, folder), the record of backups made and the marked drives.
 */

const sidecars = ['', '-wal', '-shm'];

export interface CarryOver {
  settings: (typeof setting.$inferSelect)[];
  records: (typeof backupRecord.$inferSelect)[];
  drives: (typeof backupDrive.$inferSelect)[];
}

export function readCarryOver(db: Database): CarryOver {
  return { settings: backupSettingRows(db), records: allRecords(db), drives: db.orm.select().from(backupDrive).all() };
}

export function applyCarryOver(db: Database, carry: CarryOver): void {
  const users = new Set(
    db.orm
      .select({ id: user.id })
      .from(user)
      .all()
      .map((u) => u.id),
  );
  const known = (id: number | null) => (id !== null && users.has(id) ? id : null);
  transaction(db, () => {
    for (const row of carry.settings) {
      db.orm.insert(setting).values(row).onConflictDoUpdate({ target: setting.key, set: row }).run();
    }
    db.orm.delete(backupRecord).run();
    for (const row of carry.records)
      db.orm
        .insert(backupRecord)
        .values({ ...row, createdBy: known(row.createdBy) })
        .run();
    db.orm.delete(backupDrive).run();
    for (const row of carry.drives)
      db.orm
        .insert(backupDrive)
        .values({ ...row, markedBy: known(row.markedBy) })
        .run();
  });
}

/**
 * Points the open handle at another connection, in place: everything that holds the `Database`
 * object (the app's context, print jobs, a transport's closures, a test) follows the swap without
 * being told. The old connection must already be closed.
 */
function adopt(current: Database, opened: Database): void {
  Object.assign(current as { -readonly [K in keyof Database]: Database[K] }, {
    sqlite: opened.sqlite,
    orm: opened.orm,
    schemaVersion: opened.schemaVersion,
  });
}

function writeDurably(file: string, bytes: Buffer): void {
  const fd = fs.openSync(file, 'wx', 0o600);
  try {
    fs.writeSync(fd, bytes);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function move(from: string, to: string): void {
  for (const suffix of sidecars) {
    if (fs.existsSync(from + suffix)) fs.renameSync(from + suffix, to + suffix);
  }
}

/**
 * Swaps the open database for the given SQLite bytes (already checked), in place. On failure the old
 * file is back and open in the same handle, and the error says why.
 */
export function swapDatabase(current: Database, database: Buffer, migrationsFolder: string): void {
  const file = path.resolve(current.file);
  const folder = path.dirname(file);
  const stamp = randomBytes(6).toString('hex');
  const incoming = `${file}.restore-${stamp}.tmp`;
  const aside = `${file}.before-restore-${stamp}`;
  try {
    writeDurably(incoming, database);
  } catch (error) {
    fs.rmSync(incoming, { force: true });
    throw new BackupError('writeFailed', `${incoming}: ${describeError(error)}`);
  }

  // Everything in the WAL goes into the file, so that the file moved aside is whole on its own.
  current.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  closeDatabase(current);
  try {
    move(file, aside);
    fs.renameSync(incoming, file);
    nodeFs.fsyncFolder(folder);
    adopt(current, openDatabase(file, { migrationsFolder, mustExist: true }));
    for (const suffix of sidecars) fs.rmSync(aside + suffix, { force: true });
  } catch (error) {
    // Back as it was. Once the old file is aside, whatever stands under its name (the new file and
    // the -wal/-shm its opening made) is the new one's, and must not meet the old file.
    if (fs.existsSync(aside)) {
      for (const suffix of sidecars) fs.rmSync(file + suffix, { force: true });
      move(aside, file);
    }
    fs.rmSync(incoming, { force: true });
    nodeFs.fsyncFolder(folder);
    adopt(current, openDatabase(file, { migrationsFolder, mustExist: true }));
    throw new BackupError('reopenFailed', describeError(error));
  }
}
