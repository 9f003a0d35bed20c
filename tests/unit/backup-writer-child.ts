/**
 * The child process of the SIGKILL test: opens a journal file as the program does and appends audit
 * entries one transaction at a time, printing each entry's id only after its transaction committed.
 * It never stops by itself; the test kills it with SIGKILL.
 */
import fs from 'node:fs';
import { appendAudit } from '../../src-main/audit/audit-log';
import { openDatabase, transaction } from '../../src-main/db/connection';
import { migrationsFolder } from '../../src-main/db/paths';

/**
 * Writes a line straight to the descriptor, whole. The pipe to the parent is non-blocking: when the
 * parent reads more slowly than the commits come (they are fast now), a write gets EAGAIN and waits a
 * millisecond for room instead of crashing the writer.
 */
const pause = new Int32Array(new SharedArrayBuffer(4));
function print(line: string): void {
  const bytes = Buffer.from(line);
  for (let done = 0; done < bytes.length;) {
    try {
      done += fs.writeSync(1, bytes, done);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(pause, 0, 0, 1);
    }
  }
}

const file = process.argv[2];
if (!file) throw new Error('usage: backup-writer-child.ts DATABASE');
const db = openDatabase(file, { migrationsFolder: migrationsFolder(), mustExist: true });
print('ready\n');
for (let n = 1; ; n++) {
  const id = transaction(db, () => {
    appendAudit(db.orm, { action: 'test.write', entity: 'n', entityId: n, after: { n } }, new Date());
    return db.sqlite.prepare('select last_insert_rowid()').pluck().get() as number;
  });
  // Written straight to the descriptor: once printed, the parent may rely on it.
  print(`${id}\n`);
}
