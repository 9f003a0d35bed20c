import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { setTemporaryPassword } from '../accounts/users-service';
import { appendAudit } from '../audit/audit-log';
import { transaction, type Database } from '../db/connection';
import { user } from '../db/schema';
import { renderBatch } from '../print/batch';
import { printIssuedCredentials } from '../print/credentials-print';
import { PrintError } from '../print/kinds';
import { recordPages } from '../print/prepare';
import type { PdfRenderer } from '../print/render';
import type { DocumentLanguage } from '../print/types';
import { CliError } from './args';

/**
 * `print credentials --login a,b`: new temporary passwords for those accounts (audited, sessions
 * ended), printed straight onto access slips. The passwords are never written to the terminal.
 */
export async function printCredentialsFromCli(
  db: Database,
  renderer: PdfRenderer,
  options: { logins: string[]; language: DocumentLanguage; out: string; by?: string; now: Date },
): Promise<{ pages: number; fingerprint: string; code: string; file: string }> {
  const wanted = options.logins.map((l) => l.trim().toLowerCase()).filter(Boolean);
  if (!wanted.length) throw new CliError('print credentials: give --login LOGIN[,LOGIN…]');
  // Logins compare without case, as at sign-in.
  const accounts = db.orm
    .select({ id: user.id, login: user.login })
    .from(user)
    .where(eq(user.state, 'active'))
    .all()
    .filter((a) => wanted.includes(a.login.toLowerCase()));
  const missing = wanted.filter((l) => !accounts.some((a) => a.login.toLowerCase() === l));
  if (missing.length) throw new CliError(`print credentials: no active account "${missing.join('", "')}"`);
  const by = { userId: null, name: options.by ?? os.userInfo().username };
  const issued = transaction(db, () =>
    accounts.map((a) => {
      const temporaryPassword = setTemporaryPassword(db, a.id, options.now);
      appendAudit(
        db.orm,
        {
          action: 'cli.resetPassword',
          actor: by.name,
          entity: 'user',
          entityId: a.id,
          after: { login: a.login, passwordReset: true },
        },
        options.now,
      );
      return { userId: a.id, temporaryPassword };
    }),
  );
  let recorded;
  try {
    recorded = printIssuedCredentials(db, issued, options.language, by, options.now);
  } catch (error) {
    if (error instanceof PrintError) throw new CliError(`print credentials: ${error.key}`, 1);
    throw error;
  }
  const result = await renderBatch(renderer, [recorded.doc], path.dirname(options.out));
  const written = result.files[0];
  if (!written) throw new CliError('print credentials: nothing was printed', 1);
  recordPages(db, recorded.id, written.pages);
  return { pages: written.pages, fingerprint: recorded.doc.fingerprint, code: recorded.doc.code, file: written.file };
}
