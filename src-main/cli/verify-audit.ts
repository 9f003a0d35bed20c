import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { verifyAuditChain } from '../audit/audit-log';
import { closeDatabase, openDatabase } from '../db/connection';
import { migrationsFolder } from '../db/paths';
import { CliError, parseOrExplain, requireOption, type Command, type Io } from './args';

const usage = `Usage:
  npm run cli -- verify-audit --db FILE [--json]

Walks the audit trail from its first entry and checks every link of the hash chain: an entry changed,
deleted or inserted by hand breaks it. Opens the file read-only; never changes it.
Exit code 0 when the chain holds, 1 when it is broken (the first broken entry's id is printed).

Options:
  --db FILE    the database file
  --json       print one JSON object instead of text
  -h, --help   this text`;

function run(argv: string[], io: Io): number {
  const { values } = parseOrExplain('verify-audit', () =>
    parseArgs({
      args: argv,
      strict: true,
      options: {
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
  const file = requireOption(values.db, 'db', 'verify-audit');
  if (!fs.existsSync(file)) throw new CliError(`verify-audit: no database file at ${file}`);
  const db = openDatabase(file, { migrationsFolder: migrationsFolder(), mustExist: true, readOnly: true });
  try {
    const result = verifyAuditChain(db);
    if (values.json) {
      io.out(JSON.stringify(result));
    } else if (result.ok) {
      io.out(`ok: ${result.entries} entries`);
    } else {
      io.out(`broken: the chain breaks at audit entry ${result.brokenAt}`);
    }
    return result.ok ? 0 : 1;
  } finally {
    closeDatabase(db);
  }
}

export const verifyAuditCommand: Command = {
  summary: 'check the hash chain of the audit trail; exit 1 at the first broken entry',
  usage,
  run,
};
