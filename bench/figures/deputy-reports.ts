import type { Figure } from '../figure';
import { fillingReport } from './filling-report';
import { resultsReport } from './results-report';

/**
 * The deputy's reports of the whole school, each against its reference (the issue asks for the
 * results and the filling control; each is one module under bench/figures/).
 */
export const deputyReportFigures: Figure[] = [resultsReport, fillingReport];
