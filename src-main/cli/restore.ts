import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BackupError } from '../backup/errors';
import { installKeyFile, readInstallKey } from '../backup/keys';
import { restoreFromFile } from '../backup/restore-service';
import { BackupService } from '../backup/service';
import { knowsSchema, verifyBackupFile } from '../backup/verify';
import { closeDatabase, openDatabase } from '../db/connection';
import { migrationsFolder } from '../db/paths';
import { CliError, parseOrExplain, requireOption, type Command, type Io } from './args';
import { backupFailure, passphraseFromEnv } from './backup';

const usage = `Usage:
  npm run cli -- restore PATH --db FILE [--passphrase-env VAR]

Restores a backup file into the database FILE. The backup is checked whole first; a backup made by
a newer version of the program is refused, an older one is migrated. When FILE exists, a checked
safety copy of it is made first (into its backup folder, "backups" beside it unless set otherwise),
then the restored database takes its place. Stop the program before restoring its database.

Options:
  --db FILE               the database file to restore into (created if missing)
  --passphrase-env VAR    the name of an environment variable that holds the backup passphrase
  -h, --help              this text`;

/** No database yet (a new computer): the checked file is simply put in place and opened once. */
function restoreIntoNew(file: string, backup: string, passphrase: string | undefined, io: Io): number {
  const verified = verifyBackupFile(backup, { passphrase, installKey: readInstallKey(installKeyFile(file)) });
  if (!knowsSchema(verified.header.schemaVersion, migrationsFolder())) {
    throw new BackupError('newerSchema', verified.header.schemaVersion);
  }
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const temporary = `${file}.restore.tmp`;
  fs.writeFileSync(temporary, verified.database, { flush: true, mode: 0o600 });
  fs.renameSync(temporary, file);
  closeDatabase(openDatabase(file, { migrationsFolder: migrationsFolder(), mustExist: true }));
  io.out(`restored ${file} from ${backup} (made ${verified.header.createdAt})`);
  return 0;
}

function run(argv: string[], io: Io): number {
  const { values, positionals } = parseOrExplain('restore', () =>
    parseArgs({
      args: argv,
      strict: true,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        'passphrase-env': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }),
  );
  if (values.help) {
    io.out(usage);
    return 0;
  }
  const [backup, ...more] = positionals;
  if (backup === undefined || more.length)
    throw new CliError('restore: give exactly one backup file (see: restore --help)');
  const file = requireOption(values.db, 'db', 'restore');
  const passphrase = passphraseFromEnv('restore', values['passphrase-env']);
  if (!fs.existsSync(backup)) throw new CliError(`restore: no backup file at ${backup}`);
  try {
    if (!fs.existsSync(file)) return restoreIntoNew(file, backup, passphrase, io);
    const app = {
      db: openDatabase(file, { migrationsFolder: migrationsFolder(), mustExist: true }),
      now: () => new Date(),
    };
    const service = new BackupService(app, { migrationsFolder: migrationsFolder() });
    try {
      const by = { userId: null, login: `cli:${os.userInfo().username}`, address: null };
      const result = restoreFromFile(service, path.resolve(backup), passphrase, by);
      io.out(`restored ${file} from ${backup} (made ${result.contents.createdAt})`);
      io.out(`the database as it was before is in ${path.join(service.folder(), result.safetyCopy)}`);
      return 0;
    } finally {
      closeDatabase(app.db);
    }
  } catch (error) {
    return backupFailure('restore', error);
  }
}

export const restoreCommand: Command = {
  summary: 'restore a backup file into a database (a checked safety copy of it first)',
  usage,
  run,
};
