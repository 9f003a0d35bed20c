import { useEffect, useState } from 'react';
import type { ApiErrorBody } from '../../../src-main/api/contract';
import type { BackupJob } from '../../../src-main/api/contract/backup';
import { api, call } from '../../api/api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useI18n } from '../../i18n/i18n';

/** How often a running backup is asked for its progress. */
const pollMs = 300;

/**
 * A backup as it runs: a progress bar with its stage ("Шифрленүүдө"), then "written and checked:
 * mektep-….mjb", or why it failed. The job is asked for its progress until it ends. Keyed by the
 * job's id where it is used: a new job is a new view.
 */
export function BackupJobView({ job, onEnded }: { job: BackupJob; onEnded(job: BackupJob): void }) {
  const { t } = useI18n();
  const [current, setCurrent] = useState(job);
  const [error, setError] = useState<ApiErrorBody | null>(null);
  const running = current.state === 'running';

  useEffect(() => {
    if (!running || error) return;
    let live = true;
    const timer = setTimeout(() => {
      void call(api()['backup.job']({ jobId: current.jobId })).then((r) => {
        if (!live) return;
        if (!r.ok) return setError(r.error);
        setCurrent(r.value);
        if (r.value.state !== 'running') onEnded(r.value);
      });
    }, pollMs);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [current, running, error, onEnded]);

  return (
    <div className="backup-job" data-state={current.state}>
      {running ? (
        <div className="backup-progress">
          <progress max={1} value={current.fraction} aria-label={t('backup.progress')} />
          <span data-testid="backup-stage">{current.stage ? t(`backup.stage.${current.stage}`) : '…'}</span>
        </div>
      ) : null}
      {current.state === 'done' ? (
        <p className="notice notice-success" role="status">
          {t('backup.done', { file: current.fileName ?? '' })}
        </p>
      ) : null}
      {current.state === 'failed' ? (
        <div className="notice notice-error" role="alert">
          {t('backup.failed')} {current.error ? t(current.error.key) : null}
          {current.error?.detail ? <div className="muted backup-detail">{current.error.detail}</div> : null}
        </div>
      ) : null}
      <ErrorNotice error={error} />
    </div>
  );
}
