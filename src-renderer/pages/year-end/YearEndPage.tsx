import { useCallback, useEffect, useState } from 'react';
import type { ApiErrorBody } from '../../../src-main/api/contract';
import type { YearRow } from '../../../src-main/api/contract/calendar';
import type { YearEndCheck } from '../../../src-main/api/contract/year-end';
import { api, call } from '../../api/api';
import { ErrorNotice, SuccessNotice } from '../../components/ErrorNotice';
import { useI18n } from '../../i18n/i18n';
import { CloseForm } from './CloseForm';
import { MissingSection } from './MissingSection';
import { RollOverSection } from './RollOverSection';
import './year-end.css';

/**
 * The deputy's year end, in the order it is done: what is missing, closing the year (read-only for
 * everyone from then on), and the roll-over into the next year once it is closed.
 */
export function YearEndPage() {
  const { t, format } = useI18n();
  const [years, setYears] = useState<YearRow[]>([]);
  const [yearId, setYearId] = useState<number | null>(null);
  const [check, setCheck] = useState<YearEndCheck | null>(null);
  const [error, setError] = useState<ApiErrorBody | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const loadYears = useCallback(async () => {
    const result = await call(api()['years.list']());
    if (!result.ok) return setError(result.error);
    setYears(result.value);
    setYearId((old) => old ?? result.value.find((y) => y.isCurrent)?.id ?? result.value[0]?.id ?? null);
  }, []);

  const loadCheck = useCallback(async (id: number) => {
    const result = await call(api()['yearEnd.check']({ yearId: id }));
    setError(result.ok ? null : result.error);
    setCheck(result.ok ? result.value : null);
  }, []);

  useEffect(() => {
    // Loading the years on arrival is the point of this effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void loadYears();
  }, [loadYears]);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (yearId !== null) void loadCheck(yearId);
  }, [yearId, loadCheck]);

  const done = (text: string) => {
    setNotice(text);
    void loadYears();
    if (yearId !== null) void loadCheck(yearId);
  };
  const year = check?.year ?? null;

  return (
    <main className="page year-end-page" aria-busy={!check && !error}>
      <h1>{t('yearEnd.title')}</h1>
      <p className="lead">{t('yearEnd.lead')}</p>
      <div className="field year-end-year">
        <label htmlFor="year-end-year">{t('yearEnd.year')}</label>
        <select
          id="year-end-year"
          value={yearId ?? ''}
          onChange={(e) => {
            setNotice(null);
            setCheck(null);
            setYearId(Number(e.target.value));
          }}
        >
          {years.map((y) => (
            <option key={y.id} value={y.id}>
              {y.title}
            </option>
          ))}
        </select>
      </div>
      <ErrorNotice error={error} />
      <SuccessNotice text={notice} />
      {!check && !error ? <p className="muted">{t('yearEnd.loading')}</p> : null}
      {check && year ? (
        <>
          <MissingSection check={check} />
          {year.state === 'open' ? (
            <CloseForm key={`${year.id}:${check.missingCount}`} check={check} onClosed={done} />
          ) : (
            <p className="notice notice-info" role="status">
              {t('yearEnd.closed', { title: year.title, at: format.dateTime(year.closedAt ?? '') })}
            </p>
          )}
          {year.state === 'closed' && check.rolledOverInto ? (
            <p className="notice notice-info">{t('yearEnd.rolledOver', { title: check.rolledOverInto.title })}</p>
          ) : null}
          {year.state === 'closed' && !check.rolledOverInto ? (
            <RollOverSection key={year.id} fromYearId={year.id} onDone={done} />
          ) : null}
        </>
      ) : null}
    </main>
  );
}
