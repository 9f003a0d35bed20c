/**
 * Start-up: opening the database and running the migrations on a file that is already up to date
 * (what the program does before its first window), against opening the file with the driver alone
 * and reading its schema once.
 */
import Sqlite from 'better-sqlite3';
import { closeDatabase, openDatabase } from '../../src-main/db/connection';
import { migrationsFolder } from '../../src-main/db/paths';
import type { Figure } from '../figure';
import { median, sample } from '../stats';

export const startup: Figure = {
  id: 'startup',
  measure({ file, runs }) {
    const repeat = Math.max(3, Math.min(20, runs));
    const opened = sample(repeat, () => closeDatabase(openDatabase(file, { migrationsFolder: migrationsFolder() })), 1);
    const bare = sample(
      repeat,
      () => {
        const raw = new Sqlite(file);
        raw.prepare('select count(*) from sqlite_master').get();
        raw.close();
      },
      1,
    );
    return [
      {
        name: 'start-up: open and migrate an up-to-date file',
        value: median(opened),
        unit: 'ms',
        reference: median(bare),
        referenceIs: 'the driver opening the file and reading its schema',
        targets: [{ on: 'value', atMost: 300 }],
      },
    ];
  },
};
