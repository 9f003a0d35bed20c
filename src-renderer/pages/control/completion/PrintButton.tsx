import { useState } from 'react';
import type { PrintJob } from '../../../../src-main/api/contract/print';
import type { InputOf } from '../../../../src-main/api/contract/define';
import type { Contract } from '../../../../src-main/api/contract';
import { api } from '../../../api/api';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { useSubmit } from '../../../components/useSubmit';
import { useI18n } from '../../../i18n/i18n';
import { JobProgress } from '../../print/JobProgress';

type PrintInput = Omit<InputOf<Contract['print.start']>, 'language'>;

/**
 * Prints what the tab shows, in the screen's language, as the Print screen would: a recorded job
 * whose files open below, with their verification codes.
 */
export function PrintButton({ input, disabled }: { input: PrintInput; disabled?: boolean }) {
  const { t, lang } = useI18n();
  const [job, setJob] = useState<PrintJob | null>(null);
  const start = useSubmit<PrintJob>();
  async function print() {
    const started = await start.run(() => api()['print.start']({ ...input, language: lang }));
    if (started) setJob(started);
  }
  return (
    <>
      <button type="button" onClick={() => void print()} disabled={disabled || start.busy || job?.state === 'running'}>
        {start.busy ? t('print.starting') : t('control.printPdf')}
      </button>
      <ErrorNotice error={start.error} />
      {job ? <JobProgress key={job.jobId} job={job} onChange={setJob} onFinished={() => undefined} /> : null}
    </>
  );
}
