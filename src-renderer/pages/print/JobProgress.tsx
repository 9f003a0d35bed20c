import { useEffect, useRef, useState } from 'react';
import type { ApiErrorBody } from '../../../src-main/api/contract';
import type { PrintJob, PrintJobFile } from '../../../src-main/api/contract/print';
import { api, call } from '../../api/api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useI18n } from '../../i18n/i18n';

/** How often a running job is asked for its progress. */
const pollMs = 300;

/** A finished file, served with the session's cookie; index -1 is a set's combined file. */
export function printFileUrl(jobId: string, index: number): string {
  return `files/print/${encodeURIComponent(jobId)}/${index}`;
}

function FileLine({ jobId, file, combined }: { jobId: string; file: PrintJobFile; combined?: boolean }) {
  const { t } = useI18n();
  return (
    <li className={combined ? 'print-file print-file-combined' : 'print-file'}>
      {combined ? <strong>{t('print.combined')}: </strong> : null}
      <a href={printFileUrl(jobId, file.index)} target="_blank" rel="noopener noreferrer">
        {file.name}
      </a>
      <span className="muted">{t('print.pages', { pages: file.pages })}</span>
      {file.code ? <code className="print-code">{t('print.code', { code: file.code })}</code> : null}
    </li>
  );
}

/**
 * A print job as it runs: a progress bar with "3 / 31 — 5-А" and a cancel button, then the files to
 * open (the combined file of a set first). The job is asked for its progress every 300 ms until it
 * ends.
 */
export function JobProgress({
  job,
  onChange,
  onFinished,
}: {
  job: PrintJob;
  onChange(job: PrintJob): void;
  onFinished(): void;
}) {
  const { t } = useI18n();
  const [error, setError] = useState<ApiErrorBody | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const result = useRef<HTMLHeadingElement>(null);
  const running = job.state === 'running';

  useEffect(() => {
    if (!running || error) return;
    let live = true;
    const timer = setTimeout(() => {
      void call(api()['print.job']({ jobId: job.jobId })).then((r) => {
        if (!live) return;
        if (!r.ok) return setError(r.error);
        onChange(r.value);
        if (r.value.state !== 'running') onFinished();
      });
    }, pollMs);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [job, running, error, onChange, onFinished]);

  // The cancel button goes with the bar: the keyboard's focus moves on to the outcome.
  useEffect(() => {
    if (running) return;
    const focused = document.activeElement;
    if (!focused || focused === document.body) result.current?.focus();
  }, [running]);

  async function cancel() {
    setCancelling(true);
    const r = await call(api()['print.cancel']({ jobId: job.jobId }));
    setCancelling(false);
    if (!r.ok) return setError(r.error);
    onChange(r.value);
    if (r.value.state !== 'running') onFinished();
  }

  const files = job.files;
  const count = files.length + (job.combined ? 1 : 0);
  return (
    <section className="panel print-job" aria-labelledby={`print-job-${job.jobId}`}>
      <h2 id={`print-job-${job.jobId}`} tabIndex={-1} ref={result}>
        {t('print.files')}
      </h2>
      {running ? (
        <div className="print-progress">
          <progress
            max={Math.max(job.total, 1)}
            value={Math.min(job.done + job.fraction, job.total)}
            aria-label={t('print.progress')}
          />
          <span className="print-progress-text" data-testid="print-progress">
            {job.done} / {job.total}
            {job.current ? ` — ${job.current}` : ''}
          </span>
          <button type="button" onClick={() => void cancel()} disabled={cancelling}>
            {t('print.cancel')}
          </button>
        </div>
      ) : null}
      {job.state === 'done' ? (
        <p className="notice notice-success" role="status">
          {t('print.done', { count })} {t('print.open')}
        </p>
      ) : null}
      {job.state === 'cancelled' ? (
        <p className="notice notice-info" role="status">
          {t('print.cancelled')}
        </p>
      ) : null}
      {job.state === 'failed' ? (
        <div className="notice notice-error" role="alert">
          {t('print.failed')}
          {job.error ? <div className="muted">{job.error}</div> : null}
        </div>
      ) : null}
      <ErrorNotice error={error} />
      {count ? (
        <ul className="print-files">
          {job.combined ? <FileLine jobId={job.jobId} file={job.combined} combined /> : null}
          {files.map((f) => (
            <FileLine key={f.index} jobId={job.jobId} file={f} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
