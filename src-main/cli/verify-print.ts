import { verifyPrinted } from '../print/verify';
import { PrintError } from '../print/kinds';
import { CliError } from './args';
import { inspectCommand } from './inspect-command';
import { printErrorText } from './print-errors';

const usage = `Usage:
  npm run cli -- verify-print --db FILE --code CODE [--json]

Finds the document printed under CODE (the code on every page and in the QR code), builds it again
from today's data and says whether anything it showed has changed: "unchanged", or each change as
label: before → after. Opens the file read-only. Exit code 0 unchanged, 1 changed, 2 no such code.

Options:
  --db FILE    the database file
  --code CODE  the code from the paper, e.g. 7KQ2-M9XD
  --json       print { "unchanged": true|false, "changes": [...] }
  -h, --help   this text`;

export const verifyPrintCommand = inspectCommand(
  'verify-print',
  'check a printed document against the data now, by the code on its pages',
  usage,
  (db, { json, extra }, io) => {
    const code = extra.code;
    if (!code) throw new CliError('verify-print: --code is required (see: verify-print --help)');
    let result;
    try {
      result = verifyPrinted(db, code);
    } catch (error) {
      if (error instanceof PrintError) throw new CliError(`verify-print: ${printErrorText(error)}`);
      throw error;
    }
    if (!result.found) {
      if (json) io.out(JSON.stringify({ found: false, code: result.code }));
      else io.out(`no document was printed under the code ${result.code}`);
      return 2;
    }
    if (json) {
      io.out(JSON.stringify({ unchanged: result.unchanged, changes: result.changes, printed: result.printed }));
    } else if (result.unchanged) {
      io.out(`unchanged since printing: ${result.printed.title}, printed ${result.printed.printedAt}`);
    } else {
      io.out(`changed since printing: ${result.printed.title}, printed ${result.printed.printedAt}`);
      for (const c of result.changes) io.out(`  ${c.label}: ${c.before || '—'} → ${c.after || '—'}`);
    }
    return result.unchanged ? 0 : 1;
  },
  { code: { type: 'string' } },
);
