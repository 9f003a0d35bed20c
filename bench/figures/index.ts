import type { Figure } from '../figure';
import { backup } from './backup';
import { deputyReportFigures } from './deputy-reports';
import { importWorkbook } from './import-workbook';
import { journalPage } from './journal-page';
import { markEntry } from './mark-entry';
import { networkLoad } from './network-load';
import { proposals } from './proposals';
import { size } from './size';
import { startup } from './startup';
import { summaryLedger } from './summary-ledger';

/**
 * Every figure of `npm run bench`, in the order of the table. A new figure is one module under
 * bench/figures/ and one line here. Start-up and size come before the figures that write, so they
 * see the school as generated.
 */
export const figures: Figure[] = [
  startup,
  size,
  journalPage,
  markEntry,
  proposals,
  // The deputy's reports (results, filling control): registered in ./deputy-reports.ts.
  ...deputyReportFigures,
  importWorkbook,
  summaryLedger,
  backup,
  networkLoad,
];
