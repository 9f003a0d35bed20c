import { useEffect, useRef, useState } from 'react';
import type { ApiErrorBody } from '../../../src-main/api/contract';
import type { DriveView, DrivesStatus } from '../../../src-main/api/contract/backup-drives';
import { api, call } from '../../api/api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useSubmit } from '../../components/useSubmit';
import { useI18n } from '../../i18n/i18n';
import { BackupRefusal, useSize } from './BackupRefusal';

/** How often the screen looks at the plugged drives: a drive appears within this much of plugging. */
const pollMs = 1000;

/**
 * Flash drives on the Backup screen: an unmarked drive is offered ("mark it for backups?"), a marked
 * one shows its copy's progress and then "safe to remove", a failure says why with "copy again";
 * below, the marked drives with their last copy, each of which can be given up.
 */
export function DrivesSection({ onCopied }: { onCopied(): void }) {
  const { t, format } = useI18n();
  const size = useSize();
  const [status, setStatus] = useState<DrivesStatus | null>(null);
  const [error, setError] = useState<ApiErrorBody | null>(null);
  const [tick, setTick] = useState(0);
  const action = useSubmit<unknown>();
  const copying = useRef(new Set<string>());

  useEffect(() => {
    let live = true;
    void call(api()['backup.drives']()).then((r) => {
      if (!live) return;
      if (!r.ok) return setError(r.error);
      setError(null);
      setStatus(r.value);
      // A copy that ended changes the status above (the drives' last copies).
      const now = new Set(r.value.drives.filter((d) => d.state === 'copying').map((d) => d.mountPath));
      if ([...copying.current].some((m) => !now.has(m))) onCopied();
      copying.current = now;
    });
    const timer = setTimeout(() => setTick((n) => n + 1), pollMs);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [tick, onCopied]);

  const act = async (request: () => ReturnType<typeof action.run>) => {
    await request();
    setTick((n) => n + 1);
  };
  const mark = (d: DriveView) => act(() => action.run(() => api()['backup.markDrive']({ mountPath: d.mountPath })));
  const retry = (d: DriveView) => act(() => action.run(() => api()['backup.copyToDrive']({ mountPath: d.mountPath })));
  const dismiss = (d: DriveView) =>
    act(() => action.run(() => api()['backup.dismissDrive']({ mountPath: d.mountPath })));
  const unmark = (volumeId: string) => act(() => action.run(() => api()['backup.unmarkDrive']({ volumeId })));

  if (status && !status.watching && !status.marked.length) return null;
  const shown = status?.drives.filter((d) => d.state !== 'declined') ?? [];
  return (
    <section className="panel backup-drives-panel" aria-labelledby="backup-drives-title">
      <h2 id="backup-drives-title">{t('drives.title')}</h2>
      <ErrorNotice error={error} />
      {shown.map((d) => (
        <div key={d.mountPath} className="backup-drive" data-state={d.state} data-testid="backup-drive">
          {d.state === 'offered' ? (
            <>
              <p>
                <strong>{t('drives.offer', { label: d.label })}</strong>
              </p>
              <p className="muted">{t('drives.offer.hint')}</p>
              <div className="actions">
                <button type="button" className="primary" disabled={action.busy} onClick={() => void mark(d)}>
                  {t('drives.mark')}
                </button>
                <button type="button" disabled={action.busy} onClick={() => void dismiss(d)}>
                  {t('drives.decline')}
                </button>
              </div>
            </>
          ) : null}
          {d.state === 'readOnly' ? (
            <p className="notice notice-info">{t('drives.readOnly', { label: d.label })}</p>
          ) : null}
          {d.state === 'copying' ? (
            <div className="notice notice-info" role="status">
              {t('drives.copying', { label: d.label })}
              <div className="backup-progress">
                <progress
                  max={1}
                  value={d.progress?.fraction ?? 0}
                  aria-label={t('drives.copying', { label: d.label })}
                />
                <span>{d.progress ? t(`drives.phase.${d.progress.phase}`) : '…'}</span>
              </div>
            </div>
          ) : null}
          {d.state === 'safeToRemove' ? (
            <p className="notice notice-success" role="status">
              {t(d.upToDate ? 'drives.upToDate' : 'drives.safeToRemove', { label: d.label })}
            </p>
          ) : null}
          {d.state === 'failed' ? (
            <div className="notice notice-error" role="alert">
              {t('drives.failed', { label: d.label })} {d.error ? t(d.error.key) : null}
              {d.error?.detail ? <div className="muted backup-detail">{d.error.detail}</div> : null}
              <div className="actions">
                {d.present && d.volumeId ? (
                  <button type="button" disabled={action.busy} onClick={() => void retry(d)}>
                    {t('drives.retry')}
                  </button>
                ) : null}
                <button type="button" disabled={action.busy} onClick={() => void dismiss(d)}>
                  {t('drives.dismiss')}
                </button>
              </div>
            </div>
          ) : null}
          {d.present ? <p className="muted">{t('drives.free', { size: size(d.freeBytes) })}</p> : null}
        </div>
      ))}
      <BackupRefusal error={action.error} />
      {status?.marked.length ? (
        <>
          <h3>{t('drives.marked')}</h3>
          <ul className="backup-marked">
            {status.marked.map((m) => (
              <li key={m.volumeId}>
                <strong>{m.label ?? m.volumeId}</strong> ·{' '}
                {m.lastCopy ? t('drives.lastCopy', { date: format.dateTime(m.lastCopy.at) }) : t('drives.noCopy')}
                {m.lastFailure ? ` · ${t('drives.lastFailure', { date: format.dateTime(m.lastFailure.at) })}` : ''}{' '}
                <button type="button" disabled={action.busy} onClick={() => void unmark(m.volumeId)}>
                  {t('drives.unmark')}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
