import { useCallback, useEffect, useState } from 'react';
import type { ApiErrorBody, SessionUser } from '../../../src-main/api/contract';
import type { JournalChoices } from '../../../src-main/api/contract/journal';
import type { PrintChoices } from '../../../src-main/api/contract/print';
import { api, call } from '../../api/api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useI18n } from '../../i18n/i18n';
import { ArchiveSection } from './ArchiveSection';
import { HistorySection } from './HistorySection';
import { printOffer } from './offer';
import { PrintForm } from './PrintForm';
import { VerifySection } from './VerifySection';
import './print.css';

/**
 * Printing documents: choose one and print it (or the set for every class) with its progress and
 * files; for the director and the deputy also the check of a paper copy by its code and the latest
 * prints.
 */
export function PrintPage({ user }: { user: SessionUser }) {
  const { t, lang } = useI18n();
  const [choices, setChoices] = useState<PrintChoices | null>(null);
  const [journals, setJournals] = useState<JournalChoices | null>(null);
  const [error, setError] = useState<ApiErrorBody | null>(null);
  const [printed, setPrinted] = useState(0);
  const holdsPrint = user.permissions.includes('print');
  const finished = useCallback(() => setPrinted((n) => n + 1), []);

  useEffect(() => {
    let live = true;
    void Promise.all([call(api()['print.choices']()), call(api()['journal.choices']())]).then(([p, j]) => {
      if (!live) return;
      if (!p.ok) return setError(p.error);
      // Without the journal's choices a teacher is offered nothing and the periods are all listed.
      setJournals(j.ok ? j.value : null);
      setChoices(p.value);
    });
    return () => {
      live = false;
    };
  }, []);

  const offer = choices ? printOffer(user, choices, journals, lang) : null;
  return (
    <main className="page print-page" aria-busy={!choices && !error}>
      <h1>{t('print.title')}</h1>
      <p className="lead">{t('print.lead')}</p>
      <ErrorNotice error={error} />
      {!choices && !error ? <p className="muted">{t('print.loading')}</p> : null}
      {offer ? (
        offer.kinds.length ? (
          <PrintForm offer={offer} onFinished={finished} />
        ) : (
          <p className="notice notice-info">{t('print.noKinds')}</p>
        )
      ) : null}
      {holdsPrint && choices ? <ArchiveSection years={choices.years} onFinished={finished} /> : null}
      {holdsPrint ? (
        <>
          <VerifySection />
          <HistorySection refresh={printed} />
        </>
      ) : null}
    </main>
  );
}
