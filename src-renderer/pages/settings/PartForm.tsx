import { useState, type FormEvent, type ReactNode } from 'react';
import type { ApiErrorBody } from '../../../src-main/api/contract';
import type { JournalSettings, SettingsPart } from '../../../src-main/api/contract/settings';
import { api } from '../../api/api';
import { ErrorNotice, SuccessNotice } from '../../components/ErrorNotice';
import { useSubmit } from '../../components/useSubmit';
import { useI18n } from '../../i18n/i18n';

type SaveInput = Parameters<ReturnType<typeof api>['settings.journalSave']>[0];

/**
 * One part of the settings as its own form: its fieldset, "Save", and "Restore defaults" behind a
 * confirmation (the school's values are deleted, which cannot be undone from here). The part's
 * component gives the fields (with the last refusal, for their messages) and what to send.
 */
export function PartForm({
  part,
  legend,
  stored,
  value,
  onDone,
  children,
}: {
  part: SettingsPart;
  legend: string;
  stored: boolean;
  /** The input of the save, from the fields as they stand. */
  value(): SaveInput;
  onDone(settings: JournalSettings): void;
  children(error: ApiErrorBody | null): ReactNode;
}) {
  const { t } = useI18n();
  const { busy, error, run } = useSubmit<JournalSettings>();
  const [confirming, setConfirming] = useState(false);
  // What was done, not its sentence: the notice follows a change of language.
  const [done, setDone] = useState<'saved' | 'restored' | null>(null);

  async function save(e: FormEvent) {
    e.preventDefault();
    setDone(null);
    const saved = await run(() => api()['settings.journalSave'](value()));
    if (!saved) return;
    setDone('saved');
    onDone(saved);
  }

  async function restore() {
    setConfirming(false);
    setDone(null);
    const restored = await run(() => api()['settings.journalReset']({ part }));
    if (!restored) return;
    setDone('restored');
    onDone(restored);
  }

  return (
    <form className="panel settings-part" onSubmit={save} noValidate aria-label={legend} data-part={part}>
      <fieldset disabled={busy}>
        <legend>{legend}</legend>
        <p className="muted settings-state">{t(stored ? 'settings.state.school' : 'settings.state.default')}</p>
        {children(error)}
      </fieldset>
      <ErrorNotice error={error} />
      <SuccessNotice text={done ? t(`settings.${done}`, { part: legend }) : null} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('common.working') : t('common.save')}
        </button>
        {confirming ? (
          <span className="confirm" role="group" aria-label={t('settings.restore')}>
            {t('settings.confirmRestore', { part: legend })}{' '}
            <button type="button" className="danger" onClick={() => void restore()}>
              {t('common.yes')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </span>
        ) : stored ? (
          <button type="button" onClick={() => setConfirming(true)} disabled={busy}>
            {t('settings.restore')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
