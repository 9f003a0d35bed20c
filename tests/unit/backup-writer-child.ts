/**
 * The child process of the SIGKILL test: opens a journal file as the program does and appends audit
 * entries one transaction at a time, printing each entry's id only after its transaction committed.
 * It never stops by itself; the test kills it with SIGKILL.
 */
import fs from 'node:fs';
import { appendAudit } from '../../src-main/audit/audit-log';
import { openDatabase, transaction } from '../../src-main/db/connection';
import { migrationsFolder } from '../../src-main/db/paths';

const file = process.argv[2];
if (!file) throw new Error('usage: backup-writer-child.ts DATABASE');
const db = openDatabase(file, { migrationsFolder: migrationsFolder(), mustExist: true });
fs.writeSync(1, 'ready\n');
for (let n = 1; ; n++) {
  const id = transaction(db, () => {
    appendAudit(db.orm, { action: 'test.write', entity: 'n', entityId: n, after: { n } }, new Date());
    return db.sqlite.prepare('select last_insert_rowid()').pluck().get() as number;
  });
  // Written straight to the descriptor: once printed, the parent may rely on it.
  fs.writeSync(1, `${id}\n`);
}
