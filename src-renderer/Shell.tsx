import { useState } from 'react';
import type { SessionUser } from '../src-main/api/contract';
import { LanguageSwitch } from './components/LanguageSwitch';
import { useI18n } from './i18n/i18n';
import { HomePage } from './pages/HomePage';
import { UsersPage } from './pages/users/UsersPage';
import { ChangePasswordPage } from './pages/ChangePasswordPage';
import { AuditPage } from './pages/AuditPage';

type View = 'home' | 'users' | 'audit' | 'password';

/** The signed-in program: header, navigation by what the role may do, and the current page. */
export function Shell({
  user,
  schoolName,
  onUserChanged,
  onSignOut,
}: {
  user: SessionUser;
  schoolName: string;
  onUserChanged(user: SessionUser): void;
  onSignOut(): void;
}) {
  const { t } = useI18n();
  const [view, setView] = useState<View>('home');
  const views: { view: View; label: string; allowed: boolean }[] = [
    { view: 'home', label: t('nav.home'), allowed: true },
    { view: 'users', label: t('nav.users'), allowed: user.permissions.includes('users.read') },
    { view: 'audit', label: t('nav.audit'), allowed: user.permissions.includes('audit.read') },
    { view: 'password', label: t('nav.password'), allowed: true },
  ];

  return (
    <>
      <header className="app-header no-print">
        <div className="brand">
          <strong>{t('app.name')}</strong>
          <span className="muted">{schoolName}</span>
        </div>
        <div className="who">
          <span className="who-name">
            {user.surname} {user.name}
          </span>
          <span className="muted">{t(`role.${user.role}`)}</span>
          <LanguageSwitch />
          <button type="button" onClick={onSignOut}>
            {t('signOut')}
          </button>
        </div>
      </header>
      <nav className="app-nav no-print" aria-label={t('app.name')}>
        {views
          .filter((v) => v.allowed)
          .map((v) => (
            <button
              key={v.view}
              type="button"
              className={v.view === view ? 'nav-item active' : 'nav-item'}
              aria-current={v.view === view ? 'page' : undefined}
              onClick={() => setView(v.view)}
            >
              {v.label}
            </button>
          ))}
      </nav>
      {view === 'home' ? <HomePage user={user} /> : null}
      {view === 'users' ? <UsersPage schoolName={schoolName} /> : null}
      {view === 'audit' ? <AuditPage /> : null}
      {view === 'password' ? <ChangePasswordPage forced={false} onChanged={onUserChanged} /> : null}
    </>
  );
}
