import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BackupError, describeError } from '../backup/errors';
import { sealNewKeyPair } from '../backup/keys';
import { recordFailed, recordOk } from '../backup/records';
import type { Recipient } from '../backup/seal';
import { defaultRecipient, headerFacts } from '../backup/facts';
import { writeBackup } from '../backup/write';
import { closeDatabase, openDatabase } from '../db/connection';
import { migrationsFolder } from '../db/paths';
import { CliError, parseOrExplain, requireOption, type Command, type Io } from './args';
import { passphraseProblem } from '../backup/passphrase';

/*
 * What the backup commands share: the passphrase comes from an environment variable named on the
 * command line (never from an argument, which other users of the computer can read in the process
 * list), and a refusal is one line.
 */

export function passphraseFromEnv(command: string, variable: string | undefined): string | undefined {
  if (variable === undefined) return undefined;
  const value = process.env[variable];
  if (value === undefined || value === '') {
    throw new CliError(`${command}: the environment variable ${variable} (--passphrase-env) is not set`);
  }
  return value;
}

/** A new passphrase must be as long as the screen requires. */
export function checkNewPassphrase(command: string, passphrase: string): void {
  if (passphraseProblem(passphrase)) throw new CliError(`${command}: ${new BackupError('passphraseTooShort').message}`);
}

/** A refusal of the backup code as a CLI error (exit 1: the file or the disk, not the call). */
export function backupFailure(command: string, error: unknown): never {
  if (error instanceof BackupError) throw new CliError(`${command}: ${error.message}`, 1);
  throw error;
}

const usage = `Usage:
  npm run cli -- backup --db FILE --to DIR [--passphrase-env VAR] [--json]

Writes a checked, encrypted backup of the database into DIR as mektep-YYYYMMDD-HHMMSS.mjb: a
consistent snapshot, compressed, encrypted with AES-256-GCM, written under a temporary name, read
back and checked whole, and only then renamed. Safe while the program is running. The backup is
recorded in the database's list of backups; old files in DIR are not deleted.

The key: with --passphrase-env, the passphrase in that environment variable locks this file; without
it, the school's backup passphrase set in the program does (no need to type it); if none is set yet,
this computer's key file beside the database does, and the file opens only here.

Options:
  --db FILE               the database file
  --to DIR                the folder to write into (created if missing)
  --passphrase-env VAR    the name of an environment variable that holds the passphrase
  --json                  print { "file": "…", "bytes": N }
  -h, --help              this text`;

function run(argv: string[], io: Io): number {
  const { values } = parseOrExplain('backup', () =>
    parseArgs({
      args: argv,
      strict: true,
      options: {
        db: { type: 'string' },
        to: { type: 'string' },
        'passphrase-env': { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }),
  );
  if (values.help) {
    io.out(usage);
    return 0;
  }
  const file = requireOption(values.db, 'db', 'backup');
  const folder = path.resolve(requireOption(values.to, 'to', 'backup'));
  const passphrase = passphraseFromEnv('backup', values['passphrase-env']);
  if (passphrase !== undefined) checkNewPassphrase('backup', passphrase);
  if (!fs.existsSync(file)) throw new CliError(`backup: no database file at ${file}`);

  const db = openDatabase(file, { migrationsFolder: migrationsFolder(), mustExist: true });
  try {
    const at = new Date();
    const recipient: Recipient = passphrase
      ? { kind: 'passphrase', ...sealNewKeyPair(passphrase) }
      : defaultRecipient(db);
    if (recipient.kind === 'install') {
      io.err('backup: no backup passphrase is set: this backup opens only on this computer, with its key file.');
    }
    const target = { reason: 'manual' as const, targetKind: 'local' as const, targetPath: folder, at, by: null };
    try {
      const written = writeBackup({ databaseFile: file, folder, facts: headerFacts(db, at), recipient });
      recordOk(
        db,
        { ...target, fileName: written.name },
        { ...written, schemaVersion: db.schemaVersion, verifiedAt: new Date() },
      );
      io.out(json(values.json, written.file, written.bytes));
      return 0;
    } catch (error) {
      recordFailed(
        db,
        { ...target, fileName: '' },
        error instanceof BackupError ? error.message : describeError(error),
      );
      return backupFailure('backup', error);
    }
  } finally {
    closeDatabase(db);
  }
}

function json(asJson: boolean, file: string, bytes: number): string {
  return asJson ? JSON.stringify({ file, bytes }) : `written and checked: ${file} (${bytes} bytes)`;
}

export const backupCommand: Command = {
  summary: 'write a checked, encrypted backup of the database into a folder',
  usage,
  run,
};
