import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { ApiErrorBody } from '../../../../src-main/api/contract';
import type { PeriodResults } from '../../../../src-main/api/contract/control-results';
import type { PrintPeriod } from '../../../../src-main/api/contract/print';
import { schoolDay } from '../../../../src-main/api/contract/school-day';
import { api, call } from '../../../api/api';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { useI18n } from '../../../i18n/i18n';
import { periodLabel } from '../../print/offer';
import { MissingMarks } from './MissingMarks';
import { PrintButton } from './PrintButton';
import { ResultCharts } from './ResultCharts';
import { ResultLists } from './ResultLists';
import { ResultsTable } from './ResultsTable';
import { latestQuarter, yearPeriods } from '../year-periods';
import { rowName } from './results-format';
import './results.css';

/** The periods a year has, the one under way (or the last begun) first chosen. */
async function choices(): Promise<{ codes: PrintPeriod[]; current: PrintPeriod }> {
  const result = await call(api()['years.list']());
  const year = result.ok ? result.value.find((y) => y.isCurrent) : undefined;
  if (!year) return { codes: ['q1', 'q2', 'q3', 'q4', 'h1', 'h2', 'year'], current: 'q1' };
  const periods = yearPeriods(year);
  return { codes: periods.map((p) => p.code), current: latestQuarter(periods, schoolDay(new Date()))?.code ?? 'year' };
}

/**
 * Results for a period (issue 7, point 4): charts first, then the numbers by class and parallel, by
 * subject and by teacher, with the change since the previous period; choosing a row shows the pupils
 * behind it; the marks still missing below. The deputy and the director see the school, a class
 * teacher her class (the service decides).
 */
export function ResultsTab() {
  const { t, lang } = useI18n();
  const periodSelect = useId();
  const [codes, setCodes] = useState<PrintPeriod[]>([]);
  const [period, setPeriod] = useState<PrintPeriod | null>(null);
  const [results, setResults] = useState<PeriodResults | null>(null);
  const [error, setError] = useState<ApiErrorBody | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const listsHeading = useRef<HTMLHeadingElement>(null);
  const choose = (key: string) => {
    setChosen(key);
    requestAnimationFrame(() => listsHeading.current?.focus());
  };

  useEffect(() => {
    void choices().then(({ codes: list, current }) => {
      setCodes(list);
      setPeriod(current);
    });
  }, []);
  const load = useCallback(async () => {
    if (period === null) return;
    const result = await call(api()['control.results']({ period }));
    if (result.ok) {
      setResults(result.value);
      setError(null);
      setChosen(
        (key) => key ?? result.value.rows.find((r) => r.level === 'school')?.key ?? result.value.rows[0]?.key ?? null,
      );
    } else setError(result.error);
  }, [period]);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void load();
  }, [load]);

  const rows = results?.rows ?? [];
  const chosenRow = rows.find((r) => r.key === chosen) ?? null;
  const compared = results?.previous ? t(periodLabel[results.previous.code]) : null;
  const byClass = rows.filter((r) => r.level === 'class' || r.level === 'parallel' || r.level === 'school');
  // Each parallel after its classes, the school last: the order of the paper.
  const ordered = [
    ...byClass
      .filter((r) => r.level !== 'school')
      .sort(
        (a, b) =>
          (a.grade ?? 0) - (b.grade ?? 0) || (a.level === 'parallel' ? 1 : 0) - (b.level === 'parallel' ? 1 : 0),
      ),
    ...byClass.filter((r) => r.level === 'school'),
  ];
  return (
    <section aria-label={t('control.tab.results')}>
      <div className="toolbar no-print">
        <div className="field">
          <label htmlFor={periodSelect}>{t('results.period')}</label>
          <select id={periodSelect} value={period ?? ''} onChange={(e) => setPeriod(e.target.value as PrintPeriod)}>
            {codes.map((code) => (
              <option key={code} value={code}>
                {t(periodLabel[code])}
              </option>
            ))}
          </select>
        </div>
        {results?.scope === 'school' && period ? (
          <PrintButton kind="results" period={period} label={t('results.print')} />
        ) : null}
      </div>
      <ErrorNotice error={error} />
      {results ? (
        <>
          {results.scope === 'ownClasses' ? <p className="notice notice-info">{t('results.ownClasses')}</p> : null}
          {!rows.length ? <p className="muted">{t('results.noClasses')}</p> : null}
          <p className="muted">{compared ? t('results.change', { period: compared }) : t('results.noPrevious')}</p>
          <ResultCharts rows={rows} chosen={chosenRow} />
          <ResultsTable
            caption={t('results.byClass')}
            rows={ordered}
            chosen={chosen}
            onChoose={choose}
            compared={compared}
          />
          <ResultsTable
            caption={t('results.bySubject')}
            rows={rows.filter((r) => r.level === 'subject')}
            chosen={chosen}
            onChoose={choose}
            compared={compared}
          />
          <ResultsTable
            caption={t('results.byTeacher')}
            rows={rows.filter((r) => r.level === 'teacher')}
            chosen={chosen}
            onChoose={choose}
            compared={compared}
          />
          <p className="muted">{t('results.formula')}</p>
          {results.left.length ? (
            <p className="muted">
              {t('results.left', { names: results.left.map((p) => `${p.pupil} (${p.classTitle})`).join(', ') })}
            </p>
          ) : null}
          {chosenRow ? (
            <ResultLists
              row={chosenRow}
              name={rowName(chosenRow, t, lang)}
              lists={results.lists}
              headingRef={listsHeading}
            />
          ) : rows.length ? (
            <p className="muted">{t('results.listsHint')}</p>
          ) : null}
          <MissingMarks results={results} />
        </>
      ) : null}
    </section>
  );
}
