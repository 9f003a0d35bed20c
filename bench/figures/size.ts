/** The database's size on disk (checkpointed) per pupil-year: the year's pupils over the file's bytes. */
import fs from 'node:fs';
import type { Figure } from '../figure';

export const size: Figure = {
  id: 'size',
  measure({ db, file }) {
    db.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const pupilYears = db.sqlite.prepare('select count(distinct student_id) from enrollment').pluck().get() as number;
    const bytes = fs.statSync(file).size;
    let audit: number | null = null;
    try {
      audit = db.sqlite
        .prepare(`select sum(pgsize) from dbstat where name in ('audit_entry', 'audit_entity', 'audit_at')`)
        .pluck()
        .get() as number | null;
    } catch {
      // A driver built without the dbstat table: the total alone.
    }
    return [
      {
        name: `database size per pupil-year (${pupilYears} pupils, one year)`,
        value: bytes / 1024 / pupilYears,
        unit: 'KB',
        reference: null,
      },
      ...(audit === null
        ? []
        : [{ name: 'of which the audit trail', value: audit / 1024 / pupilYears, unit: 'KB', reference: null }]),
    ];
  },
};
