import type { DocumentKind, DocumentKindName } from './kinds';
import { attendanceDocument } from './documents/attendance';
import { classReport } from './documents/class-report';
import { credentialSlips } from './documents/credentials';
import { journalDocument } from './documents/journal';
import { movementBook } from './documents/movement';
import { parentLetter } from './documents/parent-letter';
import { quarterLedger } from './documents/quarter-ledger';
import { schoolReport } from './documents/school-report';
import { summaryLedger } from './documents/summary-ledger';
import { completionDocument } from './documents/completion';
import { journalWorkDocument } from './documents/journal-work';
import { resultsDocument } from '../control/results/document';
import { weeklyDocument } from '../control/weekly/document';
import { forecastDocument } from './documents/forecast';
import { fillingControlDocument } from './documents/filling-control';

/** Every kind the program prints, by its CLI name. A kind is printable once it is listed here. */
const kinds: Partial<Record<DocumentKindName, DocumentKind>> = {
  journal: journalDocument,
  'quarter-ledger': quarterLedger,
  'summary-ledger': summaryLedger,
  attendance: attendanceDocument,
  'class-report': classReport,
  'school-report': schoolReport,
  'parent-letter': parentLetter,
  movement: movementBook,
  credentials: credentialSlips,
  completion: completionDocument,
  'journal-work': journalWorkDocument,
  results: resultsDocument,
  'weekly-analysis': weeklyDocument,
  forecast: forecastDocument,
  'filling-control': fillingControlDocument,
};

export function documentKind(name: string): DocumentKind | null {
  return Object.hasOwn(kinds, name) ? (kinds[name as DocumentKindName] ?? null) : null;
}

/** The kinds printed from the Print screen and `cli print` (access slips are printed as they are issued). */
export function printableKinds(): DocumentKindName[] {
  return (Object.keys(kinds) as DocumentKindName[]).filter((name) => !kinds[name]?.issuedOnly);
}
