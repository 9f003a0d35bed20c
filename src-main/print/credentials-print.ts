import { eq, inArray } from 'drizzle-orm';
import { verifyPassword } from '../accounts/password';
import { transaction, type Database } from '../db/connection';
import { academicYear, user } from '../db/schema';
import { slipsWithPasswords } from './documents/credentials';
import { schoolName } from './data/school';
import { PrintError, type DocumentParams } from './kinds';
import { prepareBody, type PrintedBy } from './prepare';
import { record, type RecordedDocument } from './print-service';
import type { DocumentLanguage } from './types';

/*
 * Printing access slips for passwords just issued. The screen sends back what it was shown; each
 * password is checked against the account's stored hash, and must still be temporary, so a slip can
 * only ever carry the password that works now, never one typed in. Passwords are neither recorded
 * nor audited: the record keeps the names and logins.
 */

export interface IssuedPassword {
  userId: number;
  temporaryPassword: string;
}

export function printIssuedCredentials(
  db: Database,
  issued: IssuedPassword[],
  language: DocumentLanguage,
  by: PrintedBy & { login?: string | null; address?: string | null; action?: string },
  now: Date,
): RecordedDocument {
  const ids = [...new Set(issued.map((i) => i.userId))].sort((a, b) => a - b);
  const rows = ids.length ? db.orm.select().from(user).where(inArray(user.id, ids)).all() : [];
  const stored = new Map(rows.map((r) => [r.id, r]));
  const passwords = new Map<number, string>();
  for (const item of issued) {
    const row = stored.get(item.userId);
    if (!row || !row.mustChangePassword || !verifyPassword(item.temporaryPassword, row.passwordHash)) {
      throw new PrintError('print.credentialsNotCurrent');
    }
    passwords.set(item.userId, item.temporaryPassword);
  }
  const year = db.orm.select({ id: academicYear.id }).from(academicYear).where(eq(academicYear.isCurrent, true)).get();
  const params: DocumentParams = { yearId: year?.id ?? 0, period: 'year', userIds: ids };
  const body = slipsWithPasswords(db, params, language, passwords, schoolName(db, language));
  const doc = prepareBody(db, 'credentials', { params, language }, body, by, now);
  return transaction(db, () => record(db, doc, by, now));
}
