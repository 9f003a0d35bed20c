import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ApiErrorBody, IssuedCredentials, Role, UserRow } from '../../../src-main/api/contract';
import { api, call } from '../../api/api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useI18n } from '../../i18n/i18n';
import { AddUserForm } from './AddUserForm';
import { AddManyForm } from './AddManyForm';
import { CredentialSlips } from './CredentialSlips';
import { RoleSelect } from './RoleSelect';
import { UserActions } from './UserActions';

type Panel = 'none' | 'one' | 'many';

/** The administrator's list of accounts. */
export function UsersPage({ schoolName }: { schoolName: string }) {
  const { t, format } = useI18n();
  const [users, setUsers] = useState<UserRow[]>([]);
  const [error, setError] = useState<ApiErrorBody | null>(null);
  const [panel, setPanel] = useState<Panel>('none');
  const [issued, setIssued] = useState<IssuedCredentials[] | null>(null);
  const [query, setQuery] = useState('');

  const reload = useCallback(async () => {
    const result = await call(api()['users.list']());
    if (result.ok) setUsers(result.value);
    else setError(result.error);
  }, []);

  useEffect(() => {
    // Loading the list on arrival is the point of this effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void reload();
  }, [reload]);

  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q) return users;
    return users.filter((u) => `${u.surname} ${u.name} ${u.patronymic ?? ''} ${u.login}`.toLowerCase().includes(q));
  }, [users, query]);

  function showIssued(list: IssuedCredentials[]) {
    setPanel('none');
    setIssued(list);
    void reload();
  }

  async function changeRole(user: UserRow, role: Role) {
    const result = await call(api()['users.setRole']({ userId: user.userId, role }));
    setError(result.ok ? null : result.error);
    void reload();
  }

  return (
    <main className="page">
      <h1>{t('users.title')}</h1>
      <ErrorNotice error={error} />
      {issued ? <CredentialSlips issued={issued} schoolName={schoolName} onClose={() => setIssued(null)} /> : null}
      <div className="toolbar no-print">
        <button type="button" className="primary" onClick={() => setPanel('one')}>
          {t('users.add')}
        </button>
        <button type="button" onClick={() => setPanel('many')}>
          {t('users.addMany')}
        </button>
        <input
          type="search"
          placeholder={t('users.search')}
          aria-label={t('users.search')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <span className="muted">{t('users.count', { count: users.length })}</span>
      </div>
      {panel === 'one' ? <AddUserForm onIssued={showIssued} onCancel={() => setPanel('none')} /> : null}
      {panel === 'many' ? <AddManyForm onIssued={showIssued} onCancel={() => setPanel('none')} /> : null}
      <table className="table no-print">
        <thead>
          <tr>
            <th>{t('person.fullName')}</th>
            <th>{t('auth.login')}</th>
            <th>{t('users.role')}</th>
            <th>{t('users.status')}</th>
            <th>{t('users.lastSignIn')}</th>
            <th>{t('users.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((u) => (
            <tr key={u.userId} data-login={u.login} className={u.active ? '' : 'inactive'}>
              <td>
                {u.surname} {u.name} {u.patronymic ?? ''}
                {u.position ? <div className="muted">{u.position}</div> : null}
              </td>
              <td>{u.login}</td>
              <td>
                <RoleSelect value={u.role} disabled={!u.active} onChange={(role) => void changeRole(u, role)} />
              </td>
              <td>
                {!u.active
                  ? t('users.deactivated')
                  : u.lockedUntil
                    ? t('users.lockedUntil', { time: format.dateTime(u.lockedUntil) })
                    : u.mustChangePassword
                      ? t('users.temporary')
                      : t('users.active')}
              </td>
              <td>{u.lastSignInAt ? format.dateTime(u.lastSignInAt) : t('users.never')}</td>
              <td>
                <UserActions user={u} onChanged={() => void reload()} onIssued={showIssued} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
