import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { BackupError, describeError } from '../backup/errors';
import { installKeyFile, readInstallKey } from '../backup/keys';
import { verifyBackupFile } from '../backup/verify';
import { CliError, parseOrExplain, type Command, type Io } from './args';
import { passphraseFromEnv } from './backup';

const usage = `Usage:
  npm run cli -- verify-backup PATH [--passphrase-env VAR] [--db FILE] [--json]

Checks a backup file whole, as a restore would read it: the checksum over every byte, the passphrase,
decryption, decompression, and the database inside (integrity_check, the rows of every table as
counted when the backup was made). Writes nothing. Exit code 0 only when the file is good.

Options:
  --passphrase-env VAR    the name of an environment variable that holds the backup passphrase
  --db FILE               the database whose key file opens backups made before a passphrase was set
  --json                  print { "ok": true|false, "counts": {…}, "error": "…" }
  -h, --help              this text`;

function run(argv: string[], io: Io): number {
  const { values, positionals } = parseOrExplain('verify-backup', () =>
    parseArgs({
      args: argv,
      strict: true,
      allowPositionals: true,
      options: {
        'passphrase-env': { type: 'string' },
        db: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }),
  );
  if (values.help) {
    io.out(usage);
    return 0;
  }
  const [file, ...more] = positionals;
  if (file === undefined || more.length) {
    throw new CliError('verify-backup: give exactly one backup file (see: verify-backup --help)');
  }
  const passphrase = passphraseFromEnv('verify-backup', values['passphrase-env']);
  if (values.db !== undefined && !fs.existsSync(values.db)) {
    throw new CliError(`verify-backup: no database file at ${values.db}`);
  }
  const installKey = values.db === undefined ? null : readInstallKey(installKeyFile(values.db));

  let result: { ok: boolean; counts: Record<string, number>; error: string | null };
  let made = '';
  try {
    const { header } = verifyBackupFile(file, { passphrase, installKey });
    result = { ok: true, counts: header.counts, error: null };
    const school = header.school ? `${header.school.nameKy} / ${header.school.nameRu}` : 'no school';
    made = `${school}, made ${header.createdAt} by version ${header.programVersion} (schema ${header.schemaVersion})`;
  } catch (error) {
    if (!(error instanceof BackupError)) throw new CliError(`verify-backup: ${describeError(error)}`, 1);
    result = { ok: false, counts: {}, error: error.message };
  }
  if (values.json) io.out(JSON.stringify(result));
  else if (result.ok) {
    io.out(`ok: ${file}\n${made}`);
    for (const [table, rows] of Object.entries(result.counts)) io.out(`  ${table}: ${rows}`);
  } else io.out(`not ok: ${file}\n${result.error}`);
  return result.ok ? 0 : 1;
}

export const verifyBackupCommand: Command = {
  summary: 'check a backup file whole (checksum, passphrase, database inside); exit 0 only when good',
  usage,
  run,
};
