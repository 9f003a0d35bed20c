import { useState } from 'react';
import type { PrintJob, PrintPeriod } from '../../../../src-main/api/contract/print';
import { api } from '../../../api/api';
import { useSubmit } from '../../../components/useSubmit';
import { useI18n } from '../../../i18n/i18n';
import { JobProgress } from '../../print/JobProgress';
import { PrintRefusal } from '../../print/PrintRefusal';

/**
 * Prints what the tab shows, in the screen's language, through the print engine (recorded with its
 * code like any document); the job's progress and its files (PDF) appear below, as on the print screen.
 */
export function PrintButton({
  kind,
  period,
  weekOf,
  label,
}: {
  kind: 'results' | 'weekly-analysis';
  period: PrintPeriod;
  weekOf?: string;
  label: string;
}) {
  const { t, lang } = useI18n();
  const start = useSubmit<PrintJob>();
  const [job, setJob] = useState<PrintJob | null>(null);
  const running = job?.state === 'running';
  async function print() {
    const started = await start.run(() =>
      api()['print.start']({ kind, period, language: lang, ...(weekOf ? { weekOf } : {}) }),
    );
    if (started) setJob(started);
  }
  return (
    <div className="no-print">
      <button type="button" onClick={() => void print()} disabled={start.busy || running}>
        {start.busy ? t('print.starting') : label}
      </button>
      <PrintRefusal error={start.error} />
      {job ? <JobProgress key={job.jobId} job={job} onChange={setJob} onFinished={() => undefined} /> : null}
    </div>
  );
}
