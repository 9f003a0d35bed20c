import { useState, type FormEvent } from 'react';
import type { SessionUser } from '../../src-main/api/contract';
import { api } from '../api/api';
import { Field } from '../components/Field';
import { ErrorNotice, SuccessNotice } from '../components/ErrorNotice';
import { useSubmit } from '../components/useSubmit';
import { useI18n } from '../i18n/i18n';

/** The caller's own password; `forced` after signing in with a temporary one. */
export function ChangePasswordPage({ forced, onChanged }: { forced: boolean; onChanged(user: SessionUser): void }) {
  const { t } = useI18n();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [done, setDone] = useState(false);
  const { busy, error, run } = useSubmit<SessionUser>();
  const mismatch = repeat !== '' && repeat !== next;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (mismatch) return;
    const user = await run(() => api()['account.changePassword']({ currentPassword: current, newPassword: next }));
    if (!user) return;
    setCurrent('');
    setNext('');
    setRepeat('');
    setDone(true);
    onChanged(user);
  }

  return (
    <main className="page page-narrow">
      <h1>{t('password.title')}</h1>
      {forced ? <p className="notice notice-info">{t('password.mustChange')}</p> : null}
      <SuccessNotice text={done ? t('password.changed') : null} />
      <form onSubmit={submit} noValidate>
        <fieldset disabled={busy}>
          <Field
            label={t('password.current')}
            path="currentPassword"
            type="password"
            value={current}
            onChange={setCurrent}
            error={error}
            autoComplete="current-password"
            autoFocus
            required
          />
          <Field
            label={t('password.new')}
            path="newPassword"
            type="password"
            value={next}
            onChange={setNext}
            error={error}
            hint={t('auth.passwordHint')}
            autoComplete="new-password"
            required
          />
          <Field
            label={t('password.repeat')}
            path="repeat"
            type="password"
            value={repeat}
            onChange={setRepeat}
            localError={mismatch ? t('password.mismatch') : null}
            autoComplete="new-password"
            required
          />
        </fieldset>
        <ErrorNotice error={error} />
        <button type="submit" className="primary" disabled={busy || mismatch}>
          {busy ? t('common.working') : t('password.submit')}
        </button>
      </form>
    </main>
  );
}
