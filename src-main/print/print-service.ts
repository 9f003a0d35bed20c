import { appendAudit } from '../audit/audit-log';
import { transaction, type Database } from '../db/connection';
import { PrintError, type DocumentParams } from './kinds';
import { prepareDocument, recordPrinted, type PrintedBy } from './prepare';
import { documentKind } from './registry';
import { batchTargets } from './targets';
import type { DocumentLanguage, PreparedDocument } from './types';

/*
 * The one way a print starts, for the API and the CLI alike: in one write transaction, build every
 * document from the same moment of the data, record each with its fingerprint, and audit it. Then
 * the caller renders them (off the database, on the worker).
 */

export interface PrintOrder {
  kind: string;
  params: DocumentParams;
  language: DocumentLanguage;
  /** One document per class (or class subject) of the year instead of the one in `params`. */
  all?: boolean;
}

const skippedInSets = new Set(['print.noPupils', 'print.noLessons']);

export interface RecordedDocument {
  id: number;
  doc: PreparedDocument;
}

/** Who prints, as the audit trail records it; `action` is the API call's name (default `print`). */
type Printer = PrintedBy & { login?: string | null; address?: string | null; action?: string };

/** Records one prepared document and audits the print (kind, parameters, code: never its content). */
export function record(db: Database, doc: PreparedDocument, by: Printer, now: Date): RecordedDocument {
  const id = recordPrinted(db, doc, by, now);
  appendAudit(
    db.orm,
    {
      action: by.action ?? 'print',
      userId: by.userId,
      actor: by.login ?? by.name,
      address: by.address ?? null,
      entity: 'printed_document',
      entityId: id,
      after: { kind: doc.kind, params: doc.params, language: doc.language, code: doc.code },
    },
    now,
  );
  return { id, doc };
}

/** `onRecorded`: called with each document as soon as it is recorded (to start drawing it, see RenderAhead). */
type OnRecorded = (recorded: RecordedDocument) => void;

export function startPrint(
  db: Database,
  order: PrintOrder,
  by: Printer,
  now: Date,
  onRecorded?: OnRecorded,
): RecordedDocument[] {
  const kind = documentKind(order.kind);
  if (!kind || kind.issuedOnly) throw new PrintError('print.unknownKind', { kind: order.kind });
  const targets = order.all ? batchTargets(db, kind, order.params) : [order.params];
  return transaction(db, () => {
    const recorded: RecordedDocument[] = [];
    for (const params of targets) {
      let doc: PreparedDocument;
      try {
        doc = prepareDocument(db, { kind: order.kind, params, language: order.language }, by, now);
      } catch (error) {
        // In a set, a class with nobody (or a subject with no lesson) to print is left out; asked for
        // alone, it is refused.
        if (order.all && error instanceof PrintError && skippedInSets.has(error.key)) continue;
        throw error;
      }
      const done = record(db, doc, by, now);
      recorded.push(done);
      onRecorded?.(done);
    }
    if (!recorded.length) throw new PrintError('print.nothingToPrint');
    return recorded;
  });
}

/**
 * The year-end archive set (000 §5.5, 004 §6.2), one action: the summary ledger of every class with
 * the year, exam and final marks, the school's results for the year and the movement book of the
 * year. Works for a closed year at any time later: printing only reads.
 */
export function startArchive(
  db: Database,
  yearId: number,
  language: DocumentLanguage,
  by: Printer,
  now: Date,
  onRecorded?: OnRecorded,
): RecordedDocument[] {
  const params = { yearId, period: 'year' as const };
  const orders: PrintOrder[] = [
    { kind: 'summary-ledger', params, language, all: true },
    { kind: 'school-report', params, language },
    { kind: 'movement', params, language },
  ];
  return transaction(db, () => {
    const recorded = orders.flatMap((order) => {
      try {
        return startPrint(db, order, by, now, onRecorded);
      } catch (error) {
        // A year with no class to print still has its school report and movement book.
        if (error instanceof PrintError && error.key === 'print.nothingToPrint') return [];
        throw error;
      }
    });
    if (!recorded.length) throw new PrintError('print.nothingToPrint');
    return recorded;
  });
}
