import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src-main/audit/audit-log';
import { verifyBackupFile } from '../../src-main/backup/verify';
import { writeBackup, type WrittenBackup } from '../../src-main/backup/write';
import { closeDatabase, openDatabase } from '../../src-main/db/connection';
import { migrationsFolder, projectRoot } from '../../src-main/db/paths';
import { removeDir, type TestApp } from '../helpers/app';
import { passphrase, smallSchool, writeRequest } from './backup-support';

const root = projectRoot(__dirname);

/**
 * A process killed with SIGKILL in the middle of a stream of commits (the nearest a test gets to a
 * power cut): every change it reported as committed is in the file when it is opened again, the file
 * passes integrity_check and the audit chain holds. A backup taken while it writes is consistent.
 */
describe('a writer killed with SIGKILL', () => {
  let t: TestApp;
  const committed: number[] = [];
  let during: WrittenBackup | null = null;
  let child: ChildProcess | null = null;

  beforeAll(async () => {
    ({ t } = smallSchool());
    // The header's facts are read now; then the test's own connection lets go and the child writes alone.
    const request = writeRequest(t.db, path.join(t.dir, 'backups'));
    closeDatabase(t.db);
    // Node itself with tsx's loader, not the tsx command: that would run the writer as its own child,
    // and SIGKILL would reach only the wrapper.
    child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'backup-writer-child.ts'), t.file], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const writer = child;
    let errors = '';
    writer.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    // 'close' comes after the pipes are drained: every id printed before the kill has been read.
    const closed = new Promise<NodeJS.Signals | null>((resolve) =>
      writer.once('close', (_code, signal) => resolve(signal)),
    );
    let killed = false;
    await new Promise<void>((resolve, reject) => {
      let pending = '';
      writer.once('exit', () => (killed ? resolve() : reject(new Error(`the writer stopped by itself:\n${errors}`))));
      writer.stdout?.on('data', (chunk: Buffer) => {
        pending += chunk.toString();
        const lines = pending.split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines) if (/^\d+$/.test(line)) committed.push(Number(line));
        try {
          // Partway, a backup of the file while it is being written.
          if (committed.length >= 300 && !during) during = writeBackup(request);
        } catch (error) {
          writer.kill('SIGKILL');
          reject(error as Error);
        }
        if (committed.length >= 1000 && !killed) {
          killed = true;
          writer.kill('SIGKILL');
        }
      });
    });
    expect(await closed).toBe('SIGKILL');
  }, 120_000);
  afterAll(() => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  afterAll(() => removeDir(t.dir));

  it('loses no committed change, and the file passes integrity_check with its audit chain whole', () => {
    const db = openDatabase(t.file, { migrationsFolder: migrationsFolder(), mustExist: true });
    try {
      expect(db.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      const ids = new Set(
        db.sqlite.prepare(`select id from audit_entry where action = 'test.write'`).pluck().all() as number[],
      );
      const missing = committed.filter((id) => !ids.has(id));
      expect(committed.length).toBeGreaterThanOrEqual(1000);
      expect(missing).toEqual([]);
      // At most the one transaction in flight at the kill is beyond what was printed.
      expect(ids.size - committed.length).toBeLessThanOrEqual(1);
      expect(verifyAuditChain(db)).toMatchObject({ ok: true });
    } finally {
      closeDatabase(db);
    }
  });

  it('took a consistent backup while the writer was committing', () => {
    expect(during).not.toBeNull();
    const { header, database } = verifyBackupFile(during?.file ?? '', { passphrase });
    expect(header.counts.audit_entry).toBeGreaterThan(300);
    expect(database.length).toBe(header.databaseBytes);
  });
});
