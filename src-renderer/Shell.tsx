import { Fragment, useState } from 'react';
import type { SessionUser } from '../src-main/api/contract';
import { LanguageSwitch } from './components/LanguageSwitch';
import { useI18n } from './i18n/i18n';
import { viewsFor } from './views';
import { BackupWarning } from './pages/backup/BackupWarning';
import { NavigationContext, type NavTarget } from './navigation';

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
  const allowed = viewsFor(user);
  const [viewId, setViewId] = useState('home');
  // The last cross-screen opening (navigation.tsx); a new one remounts the view with its parameters.
  const [opened, setOpened] = useState<{ target: NavTarget; n: number } | null>(null);
  const navigate = (target: NavTarget) => {
    setOpened((o) => ({ target, n: (o?.n ?? 0) + 1 }));
    setViewId(target.view);
  };
  const current = allowed.find((v) => v.id === viewId) ?? allowed[0];

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
        {allowed.map((v) => (
          <button
            key={v.id}
            type="button"
            className={v.id === current?.id ? 'nav-item active' : 'nav-item'}
            aria-current={v.id === current?.id ? 'page' : undefined}
            onClick={() => {
              setOpened(null);
              setViewId(v.id);
            }}
          >
            {t(v.label)}
          </button>
        ))}
      </nav>
      {user.permissions.includes('backup.manage') ? <BackupWarning onOpen={() => setViewId('backup')} /> : null}
      <NavigationContext.Provider value={navigate}>
        <Fragment key={opened?.n ?? 0}>
          {current?.render({
            user,
            schoolName,
            onUserChanged,
            target: opened?.target.view === current.id ? opened.target : null,
          })}
        </Fragment>
      </NavigationContext.Provider>
    </>
  );
}
