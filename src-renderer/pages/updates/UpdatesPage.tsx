import { useEffect, useState } from 'react';
import type { ApiErrorBody, ApiResult } from '../../../src-main/api/contract';
import type { UpdateStatus } from '../../../src-main/api/contract/updates';
import { api, call } from '../../api/api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useSubmit } from '../../components/useSubmit';
import { useI18n } from '../../i18n/i18n';
import { BackupRefusal } from '../backup/BackupRefusal';

/** How often the screen asks how the check or the download goes. */
const pollMs = 1000;

/**
 * Updating the program, for the computer specialist: the version installed, the switch for looking
 * on the internet, and one offer at a time (from the internet or a flash drive) that is downloaded,
 * then installed, each only on a button press. Installing is refused (with the reason) while
 * documents print or a backup is written.
 */
export function UpdatesPage() {
  const { t, format } = useI18n();
  const [status, setStatus] = useState<UpdateStatus | null>(null);
  const [error, setError] = useState<ApiErrorBody | null>(null);
  const [tick, setTick] = useState(0);
  const action = useSubmit<UpdateStatus>();

  useEffect(() => {
    let live = true;
    void call(api()['updates.status']()).then((r) => {
      if (!live) return;
      if (!r.ok) return setError(r.error);
      setError(null);
      setStatus(r.value);
    });
    const timer = setTimeout(() => setTick((n) => n + 1), pollMs);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [tick]);

  const act = async (request: () => Promise<ApiResult<UpdateStatus>>) => {
    const value = await action.run(request);
    if (value) setStatus(value);
  };

  if (!status) {
    return (
      <main className="page updates-page" aria-busy={!error}>
        <ErrorNotice error={error} />
      </main>
    );
  }
  const s = status;
  const version = s.version ?? '';
  const busy = s.busy.printing || s.busy.backup;
  return (
    <main className="page updates-page">
      <h1>{t('updates.title')}</h1>
      <p className="lead" data-testid="updates-current">
        {t('updates.current', { version: s.currentVersion })}
      </p>
      <ErrorNotice error={error} />
      {!s.supported ? <p className="notice">{t('updates.unsupported')}</p> : null}
      <section className="panel">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={s.checkOnline}
            disabled={action.busy}
            onChange={(e) => void act(() => api()['updates.setCheckOnline']({ enabled: e.target.checked }))}
          />
          {t('updates.checkOnline')}
        </label>
        <p className="muted">{t('updates.checkOnline.hint')}</p>
        {s.supported ? (
          <button
            type="button"
            disabled={action.busy || !s.checkOnline || s.phase === 'checking' || s.phase === 'downloading'}
            onClick={() => void act(() => api()['updates.check']())}
          >
            {t('updates.checkNow')}
          </button>
        ) : null}
        {s.checkedAt ? <p className="muted">{t('updates.checkedAt', { date: format.dateTime(s.checkedAt) })}</p> : null}
      </section>
      <section
        className="panel"
        aria-live="polite"
        data-phase={s.phase}
        data-testid="updates-offer"
        hidden={s.phase === 'idle' && !s.error && !s.refused && !action.error}
      >
        {s.phase === 'checking' ? <p>{t('updates.checking')}</p> : null}
        {s.phase === 'upToDate' ? <p>{t('updates.upToDate')}</p> : null}
        {(s.phase === 'available' || s.phase === 'failed') && s.version ? (
          <>
            <p>
              <strong>
                {s.source === 'drive'
                  ? t('updates.availableOnDrive', { version, label: s.driveLabel ?? '' })
                  : t('updates.available', { version })}
              </strong>
            </p>
            <button
              type="button"
              className="primary"
              disabled={action.busy}
              onClick={() => void act(() => api()['updates.download']({ version }))}
            >
              {t('updates.download')}
            </button>
          </>
        ) : null}
        {s.phase === 'downloading' ? (
          <div className="backup-progress">
            <p>{t('updates.downloading', { version })}</p>
            <progress max={1} value={s.progress ?? 0} aria-label={t('updates.progress')} />
          </div>
        ) : null}
        {s.phase === 'downloaded' ? (
          <>
            <p>
              <strong>{t('updates.downloaded', { version })}</strong>
            </p>
            <p className="muted">{t('updates.install.hint')}</p>
            {s.busy.printing ? <p className="notice">{t('updates.busy.printing')}</p> : null}
            {s.busy.backup ? <p className="notice">{t('updates.busy.backup')}</p> : null}
            <button
              type="button"
              className="primary"
              disabled={action.busy || busy}
              onClick={() => void act(() => api()['updates.install']({ version }))}
            >
              {t('updates.install')}
            </button>
          </>
        ) : null}
        {s.phase === 'installing' ? <p>{t('updates.installing')}</p> : null}
        {s.error ? (
          <p className="notice notice-error" role="alert">
            {t(s.error.key)}
          </p>
        ) : null}
        {s.refused ? (
          <div className="notice notice-error" role="alert" data-testid="updates-refused">
            <strong>{t('updates.refused', { label: s.refused.driveLabel })}</strong> {t(s.refused.key)}
          </div>
        ) : null}
        <BackupRefusal error={action.error} />
      </section>
      {s.supported ? <p className="muted">{t('updates.drive.hint')}</p> : null}
    </main>
  );
}
