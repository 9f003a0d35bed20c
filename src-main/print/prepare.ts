import { eq } from 'drizzle-orm';
import type { Database } from '../db/connection';
import { printedDocument } from '../db/schema';
import { fingerprintOf, shortCode, sortFacts } from './fingerprint';
import { frameDocument } from './frame';
import { PrintError, type DocumentKind, type DocumentParams } from './kinds';
import { documentKind } from './registry';
import { schoolName, signatories } from './data/school';
import type { DocumentBody, DocumentLanguage, PreparedDocument } from './types';

/*
 * From a request to documents ready for the renderer: build the body, add the frame, compute the
 * fingerprint of the facts. Synchronous and read-only, so that it runs inside one read of the
 * database and every document of a batch shows the same moment.
 */

export interface PrintRequest {
  kind: string;
  params: DocumentParams;
  language: DocumentLanguage;
}

export interface PrintedBy {
  userId: number | null;
  /** As printed in the footer: "Асанова А. Б." or the login. */
  name: string;
}

const bishkekOffsetMs = 6 * 3_600_000;

/** "06.12.2026 14:05" in the school's time (UTC+6 all year). */
export function schoolTime(now: Date): string {
  const local = new Date(now.getTime() + bishkekOffsetMs).toISOString();
  return `${local.slice(8, 10)}.${local.slice(5, 7)}.${local.slice(0, 4)} ${local.slice(11, 16)}`;
}

/** The parameters as stored: only what is set, so that the fingerprint does not depend on undefined. */
export function storedParams(params: DocumentParams): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined));
}

export function prepareDocument(db: Database, request: PrintRequest, by: PrintedBy, now: Date): PreparedDocument {
  const kind = documentKind(request.kind);
  if (!kind) throw new PrintError('print.unknownKind', { kind: request.kind });
  return prepareOfKind(db, kind, request, by, now);
}

/** The same for a kind object in hand (a kind's own tests). */
export function prepareOfKind(
  db: Database,
  kind: DocumentKind,
  request: Omit<PrintRequest, 'kind'>,
  by: PrintedBy,
  now: Date,
): PreparedDocument {
  return prepareBody(db, kind.name, request, kind.build(db, request.params, request.language), by, now);
}

/** Frame and fingerprint a body already built (access slips, built with the passwords just issued). */
export function prepareBody(
  db: Database,
  kindName: string,
  request: Omit<PrintRequest, 'kind'>,
  body: DocumentBody,
  by: PrintedBy,
  now: Date,
): PreparedDocument {
  const params = storedParams(request.params);
  const facts = sortFacts(body.facts);
  const fingerprint = fingerprintOf(kindName, params, facts);
  const code = shortCode(fingerprint);
  const framed = frameDocument({
    body,
    language: request.language,
    schoolName: schoolName(db, request.language),
    signatories: signatories(db, body.signatories, request.language, body.classId),
    code,
    printedAt: schoolTime(now),
    printedBy: by.name,
  });
  return {
    kind: kindName,
    params,
    language: request.language,
    title: body.title,
    fileStem: body.fileStem,
    facts,
    fingerprint,
    code,
    ...framed,
  };
}

/** Records a printed document; returns its id. The page count follows once it is rendered. */
export function recordPrinted(db: Database, doc: PreparedDocument, by: PrintedBy, now: Date): number {
  const row = db.orm
    .insert(printedDocument)
    .values({
      kind: doc.kind,
      params: doc.params,
      language: doc.language,
      fingerprint: doc.fingerprint,
      code: doc.code,
      title: `${doc.title} · ${doc.fileStem}`,
      facts: doc.facts,
      printedAt: now.toISOString(),
      printedBy: by.userId,
    })
    .returning({ id: printedDocument.id })
    .get();
  return row.id;
}

export function recordPages(db: Database, id: number, pages: number): void {
  db.orm.update(printedDocument).set({ pages }).where(eq(printedDocument.id, id)).run();
}
