import { useEffect, useState } from 'react';
import type { ApiErrorBody } from '../../../src-main/api/contract';
import type { NetworkStatus } from '../../../src-main/api/contract/network';
import { api, call } from '../../api/api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useI18n } from '../../i18n/i18n';
import { AccessSection } from './AccessSection';
import { ConnectedSection } from './ConnectedSection';
import { SettingsSection } from './SettingsSection';
import './network.css';

/** While the listener changes state the screen asks again soon; otherwise now and then, for who is connected. */
const pollMs = { changing: 1_000, steady: 15_000 };

/**
 * The administrator's Network screen, at the office PC: the state of the listener, the settings,
 * the address and QR code to open with the certificate's fingerprint, and who is connected.
 */
export function NetworkPage({ schoolName }: { schoolName: string }) {
  const { t } = useI18n();
  const [status, setStatus] = useState<NetworkStatus | null>(null);
  const [error, setError] = useState<ApiErrorBody | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    void call(api()['network.status']()).then((r) => {
      if (!live) return;
      if (r.ok) setStatus(r.value);
      else setError(r.error);
    });
    return () => {
      live = false;
    };
  }, [version]);

  const state = status?.listener.state;
  useEffect(() => {
    if (!state) return;
    const changing = state === 'starting' || state === 'closing' || (state === 'off' && status.settings.enabled);
    const timer = setTimeout(() => setVersion((n) => n + 1), changing ? pollMs.changing : pollMs.steady);
    return () => clearTimeout(timer);
  }, [state, status]);

  const listener = status?.listener;
  return (
    <main className="page network-page" aria-busy={!status && !error}>
      <h1>{t('network.title')}</h1>
      <p className="lead">{t('network.lead')}</p>
      <ErrorNotice error={error} />
      {!status && !error ? <p className="muted">{t('network.loading')}</p> : null}
      {status && listener ? (
        <>
          <p className={`network-state network-state-${listener.state}`} role="status">
            {t(`network.state.${listener.state}`, { port: listener.port ?? '', error: listener.error ?? '' })}
          </p>
          <SettingsSection
            status={status}
            onSaved={(next) => {
              setStatus(next);
              setVersion((n) => n + 1);
            }}
          />
          {status.settings.enabled ? <AccessSection status={status} schoolName={schoolName} /> : null}
          <ConnectedSection connected={status.connected} />
        </>
      ) : null}
    </main>
  );
}
