import { desc, eq } from 'drizzle-orm';
import type { Database } from '../db/connection';
import { printedDocument, staff, user } from '../db/schema';
import { diffFacts, type FactChange } from './facts';
import { normalizeCode } from './fingerprint';
import { PrintError, type DocumentParams } from './kinds';
import { documentKind } from './registry';
import { signatureName } from './data/school';
import type { DocumentLanguage, Fact } from './types';

/*
 * "Verify a paper copy": find what was printed under a code, build the same document from today's
 * data, and compare the facts. This is the paper-versus-electronic comparison of 003 §4.2Б.
 */

export interface PrintedRecord {
  id: number;
  kind: string;
  title: string;
  code: string;
  language: DocumentLanguage;
  params: DocumentParams;
  pages: number | null;
  printedAt: string;
  printedBy: string | null;
}

export type Verification =
  | { found: false; code: string }
  | { found: true; unchanged: boolean; changes: FactChange[]; printed: PrintedRecord; rebuildError?: string };

export function findPrinted(db: Database, code: string): (PrintedRecord & { facts: Fact[] }) | null {
  const row = db.orm
    .select({ doc: printedDocument, surname: staff.surname, name: staff.name, patronymic: staff.patronymic })
    .from(printedDocument)
    .leftJoin(user, eq(user.id, printedDocument.printedBy))
    .leftJoin(staff, eq(staff.id, user.staffId))
    .where(eq(printedDocument.code, code))
    .orderBy(desc(printedDocument.id))
    .get();
  if (!row) return null;
  const { doc } = row;
  return {
    id: doc.id,
    kind: doc.kind,
    title: doc.title,
    code: doc.code,
    language: doc.language,
    params: doc.params as DocumentParams,
    pages: doc.pages,
    printedAt: doc.printedAt,
    printedBy: row.surname
      ? signatureName({ surname: row.surname, name: row.name ?? '', patronymic: row.patronymic })
      : null,
    facts: doc.facts as Fact[],
  };
}

export function verifyPrinted(db: Database, typedCode: string): Verification {
  const code = normalizeCode(typedCode);
  if (!code) throw new PrintError('print.codeInvalid');
  const found = findPrinted(db, code);
  if (!found) return { found: false, code };
  const { facts, ...printed } = found;
  const kind = documentKind(printed.kind);
  try {
    if (!kind) throw new PrintError('print.unknownKind', { kind: printed.kind });
    const now = kind.build(db, printed.params, printed.language).facts;
    const changes = diffFacts(facts, now);
    return { found: true, unchanged: changes.length === 0, changes, printed };
  } catch (error) {
    if (!(error instanceof PrintError)) throw error;
    // The document cannot be made any more (its class is gone): everything it showed has changed.
    const changes = diffFacts(facts, []);
    return { found: true, unchanged: false, changes, printed, rebuildError: error.key };
  }
}
