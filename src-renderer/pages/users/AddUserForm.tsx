import { useId, useState, type FormEvent } from 'react';
import type { IssuedCredentials, Role } from '../../../src-main/api/contract';
import { api } from '../../api/api';
import { Field } from '../../components/Field';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useSubmit } from '../../components/useSubmit';
import { useI18n } from '../../i18n/i18n';
import { PersonNameFields } from '../../components/PersonNameFields';
import { RoleSelect } from './RoleSelect';

const empty = { surname: '', name: '', patronymic: '', position: '', login: '' };

export function AddUserForm({ onIssued, onCancel }: { onIssued(issued: IssuedCredentials[]): void; onCancel(): void }) {
  const { t } = useI18n();
  const roleId = useId();
  const [form, setForm] = useState(empty);
  const [role, setRole] = useState<Role>('teacher');
  const { busy, error, run } = useSubmit<IssuedCredentials>();
  const set = (key: keyof typeof empty) => (value: string) => setForm((f) => ({ ...f, [key]: value }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const issued = await run(() =>
      api()['users.create']({ ...form, role, login: form.login.trim() === '' ? undefined : form.login.trim() }),
    );
    if (!issued) return;
    setForm(empty);
    onIssued([issued]);
  }

  return (
    <form className="panel" onSubmit={submit} noValidate aria-label={t('users.add')}>
      <h2>{t('users.add')}</h2>
      <fieldset disabled={busy} className="grid-2">
        <PersonNameFields value={form} onChange={(key, text) => set(key)(text)} error={error} autoFocus />
        <Field
          label={t('users.position')}
          path="position"
          value={form.position}
          onChange={set('position')}
          error={error}
        />
        <div className="field">
          <label htmlFor={roleId}>{t('users.role')}</label>
          <RoleSelect id={roleId} value={role} onChange={setRole} />
        </div>
        <Field label={t('users.loginAuto')} path="login" value={form.login} onChange={set('login')} error={error} />
      </fieldset>
      <ErrorNotice error={error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('common.working') : t('common.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
