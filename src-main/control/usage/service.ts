import type { CallContext } from '../../api/context';
import type { JournalWorkReport } from '../../api/contract/control-usage';
import { schoolDay } from '../../calendar/school-day';
import { journalWork } from '../journal-work/journal-work';

/** The monthly report as the call gives it: up to today. */
export function journalWorkForCaller(ctx: CallContext, month: string): JournalWorkReport {
  return journalWork(ctx.app.db, month, schoolDay(ctx.now));
}
