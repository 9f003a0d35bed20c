import { useState } from 'react';
import type { ApiErrorBody, IssuedCredentials } from '../../../src-main/api/contract';
import type { PrintJob } from '../../../src-main/api/contract/print';
import { api, call } from '../../api/api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useI18n } from '../../i18n/i18n';
import { JobProgress } from '../print/JobProgress';

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
  const { t, lang } = useI18n();
  const [job, setJob] = useState<PrintJob | null>(null);
  const [error, setError] = useState<ApiErrorBody | null>(null);
  const [busy, setBusy] = useState(false);

  // The slips as a PDF with the school's frame and a code: the passwords go back to be checked
  // against the accounts, so only the ones that work now are printed.
  async function printPdf() {
    setBusy(true);
    setError(null);
    const items = issued.map(({ user, temporaryPassword }) => ({ userId: user.userId, temporaryPassword }));
    const r = await call(api()['print.credentials']({ issued: items, language: lang }));
    setBusy(false);
    if (!r.ok) return setError(r.error);
    setJob(r.value);
  }

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
        <button type="button" onClick={() => void printPdf()} disabled={busy || (job?.state ?? '') === 'running'}>
          {t('users.slipsPdf')}
        </button>
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      <ErrorNotice error={error} />
      {job ? (
        <div className="no-print">
          <JobProgress job={job} onChange={setJob} onFinished={() => undefined} />
        </div>
      ) : null}
    </section>
  );
}
