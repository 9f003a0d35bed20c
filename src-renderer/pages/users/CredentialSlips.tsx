import type { IssuedCredentials } from '../../../src-main/api/contract';
import { useI18n } from '../../i18n/i18n';

/**
 * New logins and temporary passwords, shown once, as slips to print, cut and hand out in person.
 * Closing this panel is the last time the passwords can be seen.
 */
export function CredentialSlips({
  issued,
  schoolName,
  onClose,
}: {
  issued: IssuedCredentials[];
  schoolName: string;
  onClose(): void;
}) {
  const { t } = useI18n();
  return (
    <section className="panel slips-panel" aria-label={t('users.issuedTitle')}>
      <h2 className="no-print">{t('users.issuedTitle')}</h2>
      <p className="notice notice-info no-print">{t('users.issuedNote')}</p>
      <div className="slips">
        {issued.map(({ user, temporaryPassword }) => (
          <div key={user.userId} className="slip" data-login={user.login}>
            <div className="slip-school">{schoolName}</div>
            <div className="slip-name">
              {user.surname} {user.name} {user.patronymic ?? ''}
            </div>
            <div>
              {t('auth.login')}: <strong className="slip-login">{user.login}</strong>
            </div>
            <div>
              {t('users.temporary')}: <strong className="slip-password">{temporaryPassword}</strong>
            </div>
            <div className="slip-hint">{t('users.slipHint')}</div>
          </div>
        ))}
      </div>
      <div className="actions no-print">
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('common.print')}
        </button>
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </section>
  );
}
