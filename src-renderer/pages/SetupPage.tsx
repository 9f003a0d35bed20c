import { useState, type FormEvent } from 'react';
import type { SetupResult } from '../../src-main/api/contract';
import { api } from '../api/api';
import { Field } from '../components/Field';
import { ErrorNotice } from '../components/ErrorNotice';
import { useSubmit } from '../components/useSubmit';
import { PersonNameFields } from '../components/PersonNameFields';
import { useI18n } from '../i18n/i18n';

/** First run: the school's name and the administrator's account, and optionally the demo school. */
export function SetupPage({ onDone }: { onDone(result: SetupResult): void }) {
  const { t } = useI18n();
  const [form, setForm] = useState({
    schoolNameKy: '',
    schoolNameRu: '',
    surname: '',
    name: '',
    patronymic: '',
    login: 'admin',
    password: '',
    repeat: '',
    demo: false,
  });
  const { busy, error, run } = useSubmit<SetupResult>();
  const mismatch = form.repeat !== '' && form.repeat !== form.password;
  const set = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (mismatch) return;
    const done = await run(() =>
      api()['setup.create']({
        schoolNameKy: form.schoolNameKy,
        schoolNameRu: form.schoolNameRu || form.schoolNameKy,
        admin: {
          surname: form.surname,
          name: form.name,
          patronymic: form.patronymic,
          login: form.login,
          password: form.password,
        },
        demo: form.demo,
      }),
    );
    if (done) onDone(done);
  }

  return (
    <main className="page page-narrow">
      <h1>{t('setup.title')}</h1>
      <p className="lead">{t('setup.intro')}</p>
      <form onSubmit={submit} noValidate>
        <fieldset disabled={busy}>
          <legend>{t('setup.schoolSection')}</legend>
          <Field
            label={t('setup.schoolNameKy')}
            path="schoolNameKy"
            value={form.schoolNameKy}
            onChange={set('schoolNameKy')}
            error={error}
            autoFocus
            required
          />
          <Field
            label={t('setup.schoolNameRu')}
            path="schoolNameRu"
            value={form.schoolNameRu}
            onChange={set('schoolNameRu')}
            error={error}
          />
        </fieldset>
        <fieldset disabled={busy}>
          <legend>{t('setup.adminSection')}</legend>
          <PersonNameFields value={form} onChange={(key, text) => set(key)(text)} prefix="admin." error={error} />
          <Field
            label={t('auth.login')}
            path="admin.login"
            value={form.login}
            onChange={set('login')}
            error={error}
            autoComplete="username"
            required
          />
          <Field
            label={t('auth.password')}
            path="admin.password"
            type="password"
            value={form.password}
            onChange={set('password')}
            error={error}
            hint={t('auth.passwordHint')}
            autoComplete="new-password"
            required
          />
          <Field
            label={t('auth.passwordRepeat')}
            path="repeat"
            type="password"
            value={form.repeat}
            onChange={set('repeat')}
            localError={mismatch ? t('password.mismatch') : null}
            autoComplete="new-password"
            required
          />
          <label className="checkbox">
            <input
              type="checkbox"
              name="demo"
              checked={form.demo}
              onChange={(e) => setForm((f) => ({ ...f, demo: e.target.checked }))}
            />
            {t('setup.demo')}
          </label>
        </fieldset>
        <ErrorNotice error={error} />
        <button type="submit" className="primary" disabled={busy || mismatch}>
          {busy ? t('setup.working') : t('setup.submit')}
        </button>
      </form>
    </main>
  );
}
