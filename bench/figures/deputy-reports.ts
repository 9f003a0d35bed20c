import type { Figure } from '../figure';

/**
 * THE REGISTRATION POINT FOR THE DEPUTY'S REPORTS. The issue asks for the results report and the
 * filling-control report of the whole school, measured each against its reference. Those reports are
 * being written now by other engineers; each adds its figure module here (one file under
 * bench/figures/, e.g. `results-report.ts` exporting a `Figure`), and the bench measures it. Until
 * then this list is empty and the bench reports no figure for them, rather than a made-up one.
 */
export const deputyReportFigures: Figure[] = [];
