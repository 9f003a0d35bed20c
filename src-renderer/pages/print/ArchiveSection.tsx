import { useId, useState, type FormEvent } from 'react';
import type { PrintChoices, PrintJob } from '../../../src-main/api/contract/print';
import { api } from '../../api/api';
import { useSubmit } from '../../components/useSubmit';
import { useI18n } from '../../i18n/i18n';
import { languages, type Language } from '../../i18n/languages';
import { JobProgress } from './JobProgress';
import { PrintRefusal } from './PrintRefusal';

/**
 * The year-end archive set in one action (000 §5.5): every class's summary ledger, the school's
 * results and the movement book of a year, the current one or a closed one, at any time.
 */
export function ArchiveSection({ years, onFinished }: { years: PrintChoices['years']; onFinished(): void }) {
  const { t, lang } = useI18n();
  const ids = useId();
  const [yearId, setYearId] = useState<number | null>(() => years.find((y) => y.current)?.id ?? years[0]?.id ?? null);
  const [language, setLanguage] = useState<Language>(lang);
  const [job, setJob] = useState<PrintJob | null>(null);
  const start = useSubmit<PrintJob>();
  const running = job?.state === 'running';

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (running || yearId === null) return;
    const started = await start.run(() => api()['print.archive']({ language, yearId }));
    if (started) setJob(started);
  }

  return (
    <section className="panel print-archive" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('print.archive.title')}</h2>
      <p className="muted">{t('print.archive.lead')}</p>
      <form className="print-form" aria-label={t('print.archive.title')} onSubmit={(e) => void submit(e)}>
        <fieldset disabled={running}>
          <div className="print-fields">
            <div className="field">
              <label htmlFor={`${ids}-year`}>{t('print.archive.year')}</label>
              <select id={`${ids}-year`} value={yearId ?? ''} onChange={(e) => setYearId(Number(e.target.value))}>
                {years.map((y) => (
                  <option key={y.id} value={y.id}>
                    {y.title}
                    {y.closed ? ` (${t('print.archive.closed')})` : ''}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${ids}-language`}>{t('print.language')}</label>
              <select id={`${ids}-language`} value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
                {languages.map((l) => (
                  <option key={l} value={l}>
                    {t(`lang.${l}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <PrintRefusal error={start.error} />
          <div className="actions">
            <button type="submit" className="primary" disabled={start.busy || yearId === null}>
              {start.busy ? t('print.starting') : t('print.archive.start')}
            </button>
          </div>
        </fieldset>
      </form>
      {job ? <JobProgress key={job.jobId} job={job} onChange={setJob} onFinished={onFinished} /> : null}
    </section>
  );
}
