import { printKindNames } from '../api/contract/print';
import type { Database } from '../db/connection';
import type { DocumentBody, DocumentLanguage } from './types';
import type { PeriodCode } from './words';

/** The documents the program prints (the names are the CLI's), and the access slips. */
export const documentKinds = [...printKindNames, 'credentials'] as const;
export type DocumentKindName = (typeof documentKinds)[number];

/** What one document is printed for, as recorded with it and recomputed to verify it. */
export interface DocumentParams {
  yearId: number;
  period: PeriodCode;
  classId?: number;
  classSubjectId?: number;
  /** The day a document is as of (completion up to it; the monthly report of its month). */
  on?: string;
  /** The accounts whose access slips were printed (credentials). */
  userIds?: number[];
  /** A day of the week a weekly document covers (weekly-analysis): any day, the week runs Monday to Sunday. */
  weekOf?: string;
  /** The day a report counting "up to today" was printed (filling control): verifying recounts the same days. */
  asOf?: string;
}

/** What one document of a kind is about: a class, one class subject, or the whole school. */
export type KindTarget = 'class' | 'classSubject' | 'school';

/** A table for `.xlsx`: what a ledger or a report is, without the page. */
export interface SheetTable {
  name: string;
  /** Header rows, top to bottom; a cell spanning columns repeats its text in a `null`-free row. */
  header: string[][];
  rows: (string | number | null)[][];
}

export interface DocumentKind {
  name: DocumentKindName;
  target: KindTarget;
  /** Reads what the document shows and lays it out. Throws `PrintError` when there is nothing to print. */
  build(db: Database, params: DocumentParams, language: DocumentLanguage): DocumentBody;
  /**
   * Printed only where its secret content is issued (access slips): not offered with the other
   * documents, refused by `startPrint`, still verifiable by its code.
   */
  issuedOnly?: boolean;
  /** Counts up to the day it is printed: the print call records that day as `asOf`. */
  countsToToday?: boolean;
  /** The document as tables, for `.xlsx`, where a table is the point. */
  tables?(db: Database, params: DocumentParams, language: DocumentLanguage): SheetTable[];
}

/** A refusal to print, with the message key the screens and the CLI translate. */
export class PrintError extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(key);
    this.name = 'PrintError';
  }
}
