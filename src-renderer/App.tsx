import { useCallback, useEffect, useState } from 'react';
import type { SessionUser, SetupStatus } from '../src-main/api/contract';
import { api, call, onSessionExpired } from './api/api';
import { LanguageSwitch } from './components/LanguageSwitch';
import { ErrorNotice } from './components/ErrorNotice';
import { ConnectionNotice } from './components/ConnectionNotice';
import { useI18n } from './i18n/i18n';
import { SetupPage } from './pages/SetupPage';
import { SignInPage } from './pages/SignInPage';
import { ChangePasswordPage } from './pages/ChangePasswordPage';
import { Shell } from './Shell';

type State =
  | { kind: 'loading' }
  | { kind: 'failed' }
  | { kind: 'setup' }
  | { kind: 'signIn'; notice: string | null }
  | { kind: 'signedIn'; user: SessionUser };

/** Where the person is: first run, signing in, forced to change a password, or in the program. */
export function App() {
  const { t, lang } = useI18n();
  const [status, setStatus] = useState<SetupStatus | null>(null);
  const [state, setState] = useState<State>({ kind: 'loading' });

  const load = useCallback(async () => {
    const setup = await call(api()['setup.status']());
    if (!setup.ok) return setState({ kind: 'failed' });
    setStatus(setup.value);
    if (setup.value.needsSetup) return setState({ kind: 'setup' });
    const current = await call(api()['session.current']());
    setState(
      current.ok && current.value ? { kind: 'signedIn', user: current.value } : { kind: 'signIn', notice: null },
    );
  }, []);

  useEffect(() => {
    // Asking the API where we are is the point of this effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void load();
  }, [load]);
  useEffect(() => onSessionExpired(() => setState({ kind: 'signIn', notice: t('errors.UNAUTHENTICATED') })), [t]);

  const schoolName = status?.school ? (lang === 'ky' ? status.school.nameKy : status.school.nameRu) : '';

  async function signOut() {
    await api()['session.signOut']();
    setState({ kind: 'signIn', notice: null });
  }

  const body = (() => {
    switch (state.kind) {
      case 'loading':
        return <p className="page muted">{t('app.loading')}</p>;
      case 'failed':
        return <ErrorNotice error={{ code: 'INTERNAL', message: 'errors.NETWORK' }} />;
      case 'setup':
        return (
          <SetupPage
            onDone={(result) => {
              const notice = result.demo
                ? t('setup.doneDemo', { logins: result.demo.logins.join(', '), password: result.demo.password })
                : t('setup.done');
              void load().then(() => setState({ kind: 'signIn', notice }));
            }}
          />
        );
      case 'signIn':
        return (
          <SignInPage
            schoolName={schoolName}
            notice={state.notice}
            onSignedIn={(user) => setState({ kind: 'signedIn', user })}
          />
        );
      case 'signedIn':
        return state.user.mustChangePassword ? (
          <ChangePasswordPage forced onChanged={(user) => setState({ kind: 'signedIn', user })} />
        ) : (
          <Shell
            user={state.user}
            schoolName={schoolName}
            onUserChanged={(user) => setState({ kind: 'signedIn', user })}
            onSignOut={() => void signOut()}
          />
        );
    }
  })();

  const showOwnHeader = state.kind !== 'signedIn' || state.user.mustChangePassword;
  return (
    <>
      {showOwnHeader ? (
        <header className="app-header no-print">
          <div className="brand">
            <strong>{t('app.name')}</strong>
            <span className="muted">{t('app.tagline')}</span>
          </div>
          <div className="who">
            <LanguageSwitch />
            {state.kind === 'signedIn' ? (
              <button type="button" onClick={() => void signOut()}>
                {t('signOut')}
              </button>
            ) : null}
          </div>
        </header>
      ) : null}
      <ConnectionNotice />
      {body}
    </>
  );
}
