import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { PrintJob, PrintKindName, PrintPeriod } from '../../../src-main/api/contract/print';
import { isCalendarDate } from '../../../src-main/api/contract/fields';
import { schoolDay } from '../../../src-main/api/contract/school-day';
import { api } from '../../api/api';
import { useSubmit } from '../../components/useSubmit';
import { useI18n } from '../../i18n/i18n';
import { languages, type Language } from '../../i18n/languages';
import { JobProgress } from './JobProgress';
import { kindLabel, periodLabel, type PrintOffer } from './offer';
import { PrintRefusal } from './PrintRefusal';

/**
 * What to print: the kind, its class (and subject), the period, the document's language (the
 * screen's at first, but its own choice) and, for the director and the deputy, "every class". Enter
 * on any control prints; the job's progress and files appear below.
 */
export function PrintForm({ offer, onFinished }: { offer: PrintOffer; onFinished(): void }) {
  const { t, lang } = useI18n();
  const ids = useId();
  const [kindName, setKindName] = useState<PrintKindName>(() => offer.kinds[0]?.name ?? 'summary-ledger');
  const [classId, setClassId] = useState<number | null>(null);
  const [subjectId, setSubjectId] = useState<number | null>(null);
  const [period, setPeriod] = useState<PrintPeriod>(() =>
    kindName === 'summary-ledger' && offer.periods.includes('year') ? 'year' : offer.defaultPeriod,
  );
  const [language, setLanguage] = useState<Language>(lang);
  // The weekly analysis is of a week, given by any day of it: this week at first.
  const [weekOf, setWeekOf] = useState(() => schoolDay(new Date()));
  const [all, setAll] = useState(false);
  const [job, setJob] = useState<PrintJob | null>(null);
  const start = useSubmit<PrintJob>();

  const kind = offer.kinds.find((k) => k.name === kindName) ?? offer.kinds[0];
  const classes = kind ? offer.classesFor(kind) : [];
  const chosenClass = classes.find((c) => c.id === classId) ?? classes[0] ?? null;
  const subjects = chosenClass?.subjects ?? [];
  const chosenSubject = subjects.find((s) => s.id === subjectId) ?? subjects[0] ?? null;
  const batch = offer.canBatch && all && kind?.target !== 'school';
  const needsClass = kind?.target !== 'school' && !batch;
  const running = job?.state === 'running';

  function chooseKind(name: PrintKindName) {
    setKindName(name);
    // The summary ledger is the year's: its period is the year whatever was chosen before.
    if (name === 'summary-ledger' && offer.periods.includes('year')) setPeriod('year');
    start.setError(null);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!kind || running) return;
    if (needsClass && !chosenClass) return;
    const started = await start.run(() =>
      api()['print.start']({
        kind: kind.name,
        period,
        language,
        ...(batch ? { all: true } : {}),
        ...(needsClass && chosenClass ? { classId: chosenClass.id } : {}),
        ...(needsClass && kind.target === 'classSubject' && chosenSubject ? { classSubjectId: chosenSubject.id } : {}),
        // Completion and the monthly report are as of a day: today (this month, for the monthly report).
        ...(kind.name === 'completion' || kind.name === 'journal-work' ? { on: schoolDay(new Date()) } : {}),
        ...(kind.name === 'weekly-analysis' ? { weekOf } : {}),
      }),
    );
    if (started) setJob(started);
  }

  // Enter prints from a list or the checkbox too, not only from a text field.
  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    const target = event.target;
    const control =
      target instanceof HTMLSelectElement || (target instanceof HTMLInputElement && target.type === 'checkbox');
    if (event.key === 'Enter' && control) {
      event.preventDefault();
      event.currentTarget.requestSubmit();
    }
  }

  const id = (name: string) => `${ids}-${name}`;
  return (
    <>
      <form className="print-form" aria-label={t('print.form')} onSubmit={(e) => void submit(e)} onKeyDown={onKeyDown}>
        <fieldset disabled={running}>
          <legend>{t('print.form')}</legend>
          <div className="print-fields">
            <div className="field print-kind">
              <label htmlFor={id('kind')}>{t('print.kind')}</label>
              <select
                id={id('kind')}
                value={kind?.name ?? ''}
                onChange={(e) => chooseKind(e.target.value as PrintKindName)}
              >
                {offer.kinds.map((k) => (
                  <option key={k.name} value={k.name}>
                    {t(kindLabel[k.name])}
                  </option>
                ))}
              </select>
            </div>
            {kind?.target !== 'school' ? (
              <div className="field">
                <label htmlFor={id('class')}>{t('print.class')}</label>
                <select
                  id={id('class')}
                  value={chosenClass?.id ?? ''}
                  disabled={batch}
                  onChange={(e) => {
                    setClassId(Number(e.target.value));
                    setSubjectId(null);
                  }}
                >
                  {classes.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.title}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
            {kind?.target === 'classSubject' ? (
              <div className="field">
                <label htmlFor={id('subject')}>{t('print.subject')}</label>
                <select
                  id={id('subject')}
                  value={chosenSubject?.id ?? ''}
                  disabled={batch}
                  onChange={(e) => setSubjectId(Number(e.target.value))}
                >
                  {subjects.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
            {kind?.name !== 'weekly-analysis' ? (
              <div className="field">
                <label htmlFor={id('period')}>{t('print.period')}</label>
                <select id={id('period')} value={period} onChange={(e) => setPeriod(e.target.value as PrintPeriod)}>
                  {offer.periods.map((p) => (
                    <option key={p} value={p}>
                      {t(periodLabel[p])}
                    </option>
                  ))}
                </select>
              </div>
            ) : (
              // The weekly analysis is of a week, not a period.
              <div className="field">
                <label htmlFor={id('week')}>{t('print.week')}</label>
                <input
                  id={id('week')}
                  type="date"
                  required
                  value={weekOf}
                  onChange={(e) => {
                    if (isCalendarDate(e.target.value)) setWeekOf(e.target.value);
                  }}
                />
              </div>
            )}
            <div className="field">
              <label htmlFor={id('language')}>{t('print.language')}</label>
              <select id={id('language')} value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
                {languages.map((l) => (
                  <option key={l} value={l}>
                    {t(`lang.${l}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {offer.canBatch && kind?.target !== 'school' ? (
            <div className="field">
              <label className="checkbox">
                <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} />
                <span>{t(kind?.target === 'classSubject' ? 'print.allSubjects' : 'print.all')}</span>
              </label>
              <span className="field-hint">{t('print.all.hint')}</span>
            </div>
          ) : null}
          {needsClass && !classes.length ? <p className="notice notice-info">{t('print.noClasses')}</p> : null}
          <PrintRefusal error={start.error} />
          <div className="actions">
            <button type="submit" className="primary" disabled={start.busy || (needsClass && !chosenClass)}>
              {start.busy ? t('print.starting') : t('print.start')}
            </button>
          </div>
        </fieldset>
      </form>
      {job ? <JobProgress key={job.jobId} job={job} onChange={setJob} onFinished={onFinished} /> : null}
    </>
  );
}
