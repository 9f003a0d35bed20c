import { useId, useMemo, useState, type FormEvent } from 'react';
import type { IssuedCredentials, Role } from '../../../src-main/api/contract';
import { api } from '../../api/api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useSubmit } from '../../components/useSubmit';
import { useI18n } from '../../i18n/i18n';
import { RoleSelect } from './RoleSelect';
import { parseStaffList } from './parse-staff-list';

/** Accounts for a whole list of staff at once, the September routine (000 §3.1.2). */
export function AddManyForm({ onIssued, onCancel }: { onIssued(issued: IssuedCredentials[]): void; onCancel(): void }) {
  const { t } = useI18n();
  const textId = useId();
  const roleId = useId();
  const [text, setText] = useState('');
  const [role, setRole] = useState<Role>('teacher');
  const parsed = useMemo(() => parseStaffList(text), [text]);
  const { busy, error, run } = useSubmit<IssuedCredentials[]>();

  // The API names a bad row by its index in `people`; show it as the line the administrator typed.
  const rowIssues = (error?.fields ?? []).flatMap((f) => {
    const match = /^people\.(\d+)\./.exec(f.path);
    const person = match ? parsed.people[Number(match[1])] : undefined;
    return person ? [t('users.manyLine', { line: person.line, message: t(f.message, f.params) })] : [];
  });

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (parsed.badLines.length || parsed.people.length === 0) return;
    const issued = await run(() =>
      api()['users.createMany']({
        people: parsed.people.map(({ surname, name, patronymic, position }) => ({
          surname,
          name,
          patronymic,
          position,
          role,
        })),
      }),
    );
    if (!issued) return;
    setText('');
    onIssued(issued);
  }

  return (
    <form className="panel" onSubmit={submit} noValidate aria-label={t('users.addMany')}>
      <h2>{t('users.addMany')}</h2>
      <p className="muted">{t('users.manyHelp')}</p>
      <fieldset disabled={busy}>
        <div className="field">
          <label htmlFor={textId}>{t('person.fullName')}</label>
          <textarea
            id={textId}
            name="people"
            rows={10}
            value={text}
            onChange={(e) => setText(e.target.value)}
            autoFocus
          />
        </div>
        <div className="field">
          <label htmlFor={roleId}>{t('users.role')}</label>
          <RoleSelect id={roleId} value={role} onChange={setRole} />
        </div>
      </fieldset>
      <p>{t('users.manyRows', { count: parsed.people.length })}</p>
      <ul className="field-error-list">
        {parsed.badLines.map((line) => (
          <li key={`bad-${line}`}>{t('users.manyLine', { line, message: t('users.manyNeedsName') })}</li>
        ))}
        {rowIssues.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
      <ErrorNotice error={error} />
      <div className="actions">
        <button
          type="submit"
          className="primary"
          disabled={busy || parsed.badLines.length > 0 || parsed.people.length === 0}
        >
          {busy ? t('common.working') : t('users.manyCreate')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
