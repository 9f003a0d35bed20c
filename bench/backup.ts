/**
 * Benchmark: a backup of the demo school against a plain copy of the same database file. The backup
 * is the whole of it: the snapshot (the main file held by a read transaction of its own connection),
 * brotli frames, AES-256-GCM, the write under a temporary name with fsync, the read back and check
 * (hash, decrypt, decompress and compare with the snapshot, quick_check) and the rename. The copy is
 * `fs.copyFileSync` of the file after a checkpoint, with an fsync: what a person copying the file by
 * hand gets, unchecked, unencrypted, and unsafe while the program writes. Each is run several times; the median and the
 * fastest are printed, with the stages of one backup. Not a test: `npm run bench:backup`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sealNewKeyPair } from '../src-main/backup/keys';
import { headerFacts } from '../src-main/backup/facts';
import { backupSteps, type BackupStage, type WriteRequest } from '../src-main/backup/write';
import { closeDatabase, openDatabase, transaction } from '../src-main/db/connection';
import { migrationsFolder } from '../src-main/db/paths';
import { fillDemoSchool } from '../src-main/demo/demo-school';
import { demoYear } from '../src-main/demo/demo-year';
import { createSchool } from '../src-main/school/setup-service';

const now = new Date('2026-11-23T09:00:00.000Z');
const runs = 7;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const ms = (value: number) => `${value.toFixed(0).padStart(6)} ms`;

/** One backup, timed stage by stage. */
function timedBackup(request: WriteRequest): { total: number; stages: Record<string, number>; bytes: number } {
  const stages: Record<string, number> = {};
  const started = performance.now();
  let mark = started;
  let stage: BackupStage | null = null;
  const steps = backupSteps(request);
  for (;;) {
    const next = steps.next();
    const at = performance.now();
    if (stage) stages[stage] = (stages[stage] ?? 0) + (at - mark);
    mark = at;
    if (next.done) return { total: at - started, stages, bytes: next.value.bytes };
    stage = next.value.stage;
  }
}

function plainCopy(file: string, target: string): number {
  const started = performance.now();
  fs.copyFileSync(file, target);
  const fd = fs.openSync(target, 'r+');
  fs.fsyncSync(fd);
  fs.closeSync(fd);
  return performance.now() - started;
}

function main(): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mektep-bench-backup-'));
  const file = path.join(dir, 'journal.sqlite');
  const db = openDatabase(file, { migrationsFolder: migrationsFolder() });
  try {
    transaction(db, () => {
      createSchool(db, { nameKy: 'Демо мектеп', nameRu: 'Демо школа', year: demoYear(now) }, now);
      fillDemoSchool(db, { now });
    });
    db.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const sizeMb = fs.statSync(file).size / 1024 / 1024;
    const recipient = { kind: 'passphrase' as const, ...sealNewKeyPair('bench passphrase 2026') };

    const backups = Array.from({ length: runs }, (_, i) =>
      timedBackup({
        databaseFile: file,
        folder: path.join(dir, 'backups'),
        facts: headerFacts(db, new Date(now.getTime() + i * 1000)),
        recipient,
      }),
    );
    const copies = Array.from({ length: runs }, (_, i) => plainCopy(file, path.join(dir, `copy-${i}.sqlite`)));

    const backup = median(backups.map((b) => b.total));
    const copy = median(copies);
    const bytes = backups[0]?.bytes ?? 0;
    console.log(`Demo school database: ${sizeMb.toFixed(1)} MB; backup file ${(bytes / 1024 / 1024).toFixed(1)} MB`);
    console.log(
      `backup (checked, encrypted): median ${ms(backup)}, fastest ${ms(Math.min(...backups.map((b) => b.total)))}`,
    );
    console.log(`plain file copy:             median ${ms(copy)}, fastest ${ms(Math.min(...copies))}`);
    console.log(`the backup takes ${(backup / Math.max(copy, 0.001)).toFixed(1)}× the plain copy`);
    const stages = backups.find((b) => b.total === backup)?.stages ?? {};
    console.log(
      `stages of the median backup: ${Object.entries(stages)
        .map(([s, t]) => `${s} ${t.toFixed(0)} ms`)
        .join(', ')}`,
    );
  } finally {
    closeDatabase(db);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main();
