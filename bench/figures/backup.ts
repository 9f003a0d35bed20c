/**
 * A verified, encrypted backup of the whole database (snapshot, brotli frames, AES-256-GCM, write with
 * fsync, read back and check, rename) against a plain copy of the checkpointed file with an fsync.
 */
import fs from 'node:fs';
import path from 'node:path';
import { headerFacts } from '../../src-main/backup/facts';
import { sealNewKeyPair } from '../../src-main/backup/keys';
import { backupSteps, type WriteRequest } from '../../src-main/backup/write';
import type { Figure } from '../figure';
import { median } from '../stats';

function backupOnce(request: WriteRequest): number {
  const started = performance.now();
  const steps = backupSteps(request);
  while (!steps.next().done);
  return performance.now() - started;
}

function copyOnce(file: string, target: string): number {
  const started = performance.now();
  fs.copyFileSync(file, target);
  const fd = fs.openSync(target, 'r+');
  fs.fsyncSync(fd);
  fs.closeSync(fd);
  const took = performance.now() - started;
  fs.rmSync(target);
  return took;
}

export const backup: Figure = {
  id: 'backup',
  measure({ db, file, dir, runs, now, size }) {
    db.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const recipient = { kind: 'passphrase' as const, ...sealNewKeyPair('bench passphrase 2026') };
    const repeat = Math.max(1, Math.min(3, runs));
    // One backup of the large school takes 8 s of CPU (20 s and more on a loaded machine): once is enough.
    const backupsRun = size === 'large' ? 1 : repeat;
    const folder = path.join(dir, 'backups');
    const backups = Array.from({ length: backupsRun }, (_, i) => {
      const took = backupOnce({
        databaseFile: file,
        folder,
        facts: headerFacts(db, new Date(now.getTime() + i * 1000)),
        recipient,
      });
      fs.rmSync(folder, { recursive: true, force: true });
      return took;
    });
    const copies = Array.from({ length: repeat }, () => copyOnce(file, path.join(dir, 'copy.sqlite')));
    const mb = fs.statSync(file).size / 1024 / 1024;
    return [
      {
        name: `verified encrypted backup (${mb.toFixed(0)} MB database)`,
        value: median(backups),
        unit: 'ms',
        reference: median(copies),
        referenceIs: 'a plain file copy with fsync',
        targets: [{ on: 'ratio', atMost: 4 }],
      },
    ];
  },
};
