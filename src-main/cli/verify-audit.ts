import { verifyAuditChain } from '../audit/audit-log';
import { inspectCommand } from './inspect-command';

const usage = `Usage:
  npm run cli -- verify-audit --db FILE [--json]

Walks the audit trail from its first entry and checks every link of the hash chain: an entry changed,
deleted or inserted by hand breaks it. Opens the file read-only; never changes it.
Exit code 0 when the chain holds, 1 when it is broken (the first broken entry's id is printed).

Options:
  --db FILE    the database file
  --json       print one JSON object instead of text
  -h, --help   this text`;

export const verifyAuditCommand = inspectCommand(
  'verify-audit',
  'check the hash chain of the audit trail; exit 1 at the first broken entry',
  usage,
  (db, { json }, io) => {
    const result = verifyAuditChain(db);
    if (json) {
      io.out(JSON.stringify(result));
    } else if (result.ok) {
      io.out(`ok: ${result.entries} entries`);
    } else {
      io.out(`broken: the chain breaks at audit entry ${result.brokenAt}`);
    }
    return result.ok ? 0 : 1;
  },
);
