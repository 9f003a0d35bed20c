import { useCallback, useState } from 'react';
import type { BackupJob, BackupStatus } from '../../../src-main/api/contract/backup';
import { api } from '../../api/api';
import { useSubmit } from '../../components/useSubmit';
import { useI18n } from '../../i18n/i18n';
import { BackupJobView } from './BackupJobView';
import { BackupRefusal, useSize } from './BackupRefusal';

/**
 * The state of backups at a glance: a warning when there has been none for N days, the last checked
 * backup (when, which file, where, how it is locked), the last failure since, the copies on flash
 * drives, and "back up now" with its progress.
 */
export function StatusSection({ status, onChanged }: { status: BackupStatus; onChanged(): void }) {
  const { t, format } = useI18n();
  const size = useSize();
  const [job, setJob] = useState<BackupJob | null>(status.job);
  const start = useSubmit<BackupJob>();
  const ended = useCallback(
    (finished: BackupJob) => {
      setJob(finished);
      onChanged();
    },
    [onChanged],
  );

  async function backUpNow() {
    const started = await start.run(() => api()['backup.start']());
    if (started) setJob(started);
  }

  const last = status.last;
  return (
    <section className="panel backup-status" aria-labelledby="backup-status-title">
      <h2 id="backup-status-title">{t('backup.last')}</h2>
      {status.warning !== 'none' ? (
        <p className="notice notice-error" role="alert">
          {status.warning === 'never'
            ? t('backup.warning.never')
            : t('backup.warning.stale', { days: status.daysSinceLast ?? status.warnAfterDays })}
        </p>
      ) : null}
      {last ? (
        <div className="backup-last" data-testid="backup-last">
          <p>
            <strong>
              {t('backup.last.line', { at: format.dateTime(last.at), file: last.fileName, size: size(last.bytes) })}
            </strong>
          </p>
          <p className="muted">{t('backup.folder', { folder: last.folder })}</p>
          {last.protection ? <p className="muted">{t(`backup.protection.${last.protection}`)}</p> : null}
        </div>
      ) : (
        <p className="muted">{t('backup.last.none')}</p>
      )}
      {status.lastFailure ? (
        <div className="notice notice-error">
          {t('backup.failure', { at: format.dateTime(status.lastFailure.at) })}
          <div className="muted backup-detail">{status.lastFailure.error}</div>
        </div>
      ) : null}
      {!status.passphraseSet ? <p className="notice notice-info">{t('backup.noPassphrase')}</p> : null}
      <h3>{t('backup.drives')}</h3>
      {status.drives.length ? (
        <ul className="backup-drives">
          {status.drives.map((d) => (
            <li key={d.volumeId}>
              {d.label ?? d.volumeId} · {format.dateTime(d.at)} · {d.fileName}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('backup.drives.none')}</p>
      )}
      <div className="actions">
        <button
          type="button"
          className="primary"
          onClick={() => void backUpNow()}
          disabled={start.busy || job?.state === 'running'}
        >
          {t('backup.now')}
        </button>
      </div>
      <BackupRefusal error={start.error} />
      {job ? <BackupJobView key={job.jobId} job={job} onEnded={ended} /> : null}
    </section>
  );
}
