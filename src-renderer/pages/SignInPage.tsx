import { useState, type FormEvent } from 'react';
import type { SessionUser } from '../../src-main/api/contract';
import { api } from '../api/api';
import { Field } from '../components/Field';
import { ErrorNotice, SuccessNotice } from '../components/ErrorNotice';
import { useSubmit } from '../components/useSubmit';
import { useI18n } from '../i18n/i18n';

export function SignInPage({
  schoolName,
  notice,
  onSignedIn,
}: {
  schoolName: string;
  notice: string | null;
  onSignedIn(user: SessionUser): void;
}) {
  const { t } = useI18n();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, run } = useSubmit<SessionUser>();

  async function submit(e: FormEvent) {
    e.preventDefault();
    const user = await run(() => api()['session.signIn']({ login, password }));
    if (user) onSignedIn(user);
    else setPassword('');
  }

  return (
    <main className="page page-narrow">
      <p className="school-name">{schoolName}</p>
      <h1>{t('signIn.title')}</h1>
      <SuccessNotice text={notice} />
      <form onSubmit={submit} noValidate>
        <fieldset disabled={busy}>
          <Field
            label={t('auth.login')}
            path="login"
            value={login}
            onChange={setLogin}
            error={error}
            autoComplete="username"
            autoFocus
            required
          />
          <Field
            label={t('auth.password')}
            path="password"
            type="password"
            value={password}
            onChange={setPassword}
            error={error}
            autoComplete="current-password"
            required
          />
        </fieldset>
        <ErrorNotice error={error} />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('common.working') : t('signIn.submit')}
        </button>
      </form>
      <p className="muted">{t('signIn.forgot')}</p>
    </main>
  );
}
