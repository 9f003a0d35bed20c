import { useState, type FormEvent } from 'react';
import type { NetworkStatus } from '../../../src-main/api/contract/network';
import { api } from '../../api/api';
import { ErrorNotice, SuccessNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { useSubmit } from '../../components/useSubmit';
import { useI18n } from '../../i18n/i18n';

/** Switching access on or off, the port, who besides teachers may connect, and the idle limit. */
export function SettingsSection({ status, onSaved }: { status: NetworkStatus; onSaved(status: NetworkStatus): void }) {
  const { t } = useI18n();
  const [enabled, setEnabled] = useState(status.settings.enabled);
  const [port, setPort] = useState(String(status.settings.port));
  const [allowDeputy, setAllowDeputy] = useState(status.settings.allowDeputy);
  const [allowDirector, setAllowDirector] = useState(status.settings.allowDirector);
  const [idleMinutes, setIdleMinutes] = useState(String(status.settings.idleMinutes));
  const [saved, setSaved] = useState(false);
  const submit = useSubmit<NetworkStatus>();

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const input = { enabled, port: Number(port), allowDeputy, allowDirector, idleMinutes: Number(idleMinutes) };
    const next = await submit.run(() => api()['network.configure'](input));
    if (next) {
      setSaved(true);
      onSaved(next);
    }
  }

  const check = (label: string, name: string, value: boolean, set: (v: boolean) => void) => (
    <label className="checkbox">
      <input type="checkbox" name={name} checked={value} onChange={(e) => set(e.target.checked)} />
      {label}
    </label>
  );

  return (
    <section className="panel" aria-labelledby="network-settings-title">
      <h2 id="network-settings-title">{t('network.settings')}</h2>
      <form aria-label={t('network.settings')} onSubmit={(e) => void save(e)} noValidate>
        {check(t('network.enabled'), 'enabled', enabled, setEnabled)}
        <p className="muted">{t('network.whoAlways')}</p>
        {check(t('network.allowDeputy'), 'allowDeputy', allowDeputy, setAllowDeputy)}
        {check(t('network.allowDirector'), 'allowDirector', allowDirector, setAllowDirector)}
        <div className="network-numbers">
          <Field
            label={t('network.port')}
            path="port"
            type="number"
            min={1024}
            max={65535}
            value={port}
            onChange={setPort}
            error={submit.error}
            hint={t('network.portHint')}
          />
          <Field
            label={t('network.idleMinutes')}
            path="idleMinutes"
            type="number"
            min={5}
            max={240}
            value={idleMinutes}
            onChange={setIdleMinutes}
            error={submit.error}
          />
        </div>
        <div className="actions">
          <button type="submit" className="primary" disabled={submit.busy}>
            {submit.busy ? t('common.working') : t('network.save')}
          </button>
        </div>
      </form>
      {submit.error?.code !== 'INVALID_INPUT' ? <ErrorNotice error={submit.error} /> : null}
      <SuccessNotice text={saved ? t('network.saved') : null} />
    </section>
  );
}
