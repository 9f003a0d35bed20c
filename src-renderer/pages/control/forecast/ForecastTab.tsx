import { useCallback, useEffect, useId, useState } from 'react';
import type { ApiErrorBody, SessionUser } from '../../../../src-main/api/contract';
import type {
  ClassForecast,
  ForecastPeriod,
  ForecastPeriodInfo,
  SchoolForecast,
} from '../../../../src-main/api/contract/control-forecast';
import { isCalendarDate } from '../../../../src-main/api/contract/fields';
import { schoolDay } from '../../../../src-main/api/contract/school-day';
import { api, call } from '../../../api/api';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { useI18n } from '../../../i18n/i18n';
import { ClassForecastTable, SchoolForecastTable } from './ForecastTables';
import { latestQuarter, yearPeriods, type YearPeriod } from '../year-periods';
import './forecast.css';

interface PeriodChoice extends YearPeriod {
  code: ForecastPeriod;
  label: string;
}

/**
 * Forecasts on the deputy's desk: for a quarter or half-year and a day (today unless chosen), every
 * class's pupils at risk and forecast results, and one class's pupils by subject. A teacher gets the
 * classes they are class teacher of (the server decides, and refuses any other).
 */
export function ForecastTab({ user }: { user: SessionUser }) {
  const { t, format } = useI18n();
  const ids = useId();
  const seesAll = user.permissions.includes('reports.read');
  const [periods, setPeriods] = useState<PeriodChoice[] | null>(null);
  const [code, setCode] = useState<ForecastPeriod | null>(null);
  const [asOf, setAsOf] = useState(() => schoolDay(new Date()));
  const [classes, setClasses] = useState<{ id: number; title: string }[] | null>(null);
  const [classId, setClassId] = useState<number | null>(null);
  const [school, setSchool] = useState<SchoolForecast | null>(null);
  const [shown, setShown] = useState<{ period: ForecastPeriodInfo; forecast: ClassForecast } | null>(null);
  const [onlyAtRisk, setOnlyAtRisk] = useState(true);
  const [error, setError] = useState<ApiErrorBody | null>(null);
  const id = (name: string) => `${ids}-${name}`;

  const loadChoices = useCallback(async () => {
    const [years, own] = await Promise.all([call(api()['years.list']()), call(api()['forecast.classes']())]);
    if (!years.ok) return setError(years.error);
    if (!own.ok) return setError(own.error);
    const year = years.value.find((y) => y.isCurrent);
    // A forecast is of a quarter or a half-year, not of the year.
    const list: PeriodChoice[] = (year ? yearPeriods(year) : []).flatMap((p) =>
      p.kind === 'year'
        ? []
        : [
            {
              ...p,
              code: p.code as ForecastPeriod,
              label: t(p.kind === 'quarter' ? 'control.forecast.quarter' : 'control.forecast.halfYear', {
                n: p.number,
              }),
            },
          ],
    );
    setPeriods(list);
    setClasses(own.value);
    // The quarter under way, else the last one begun: early in a period is when a forecast helps.
    setCode((latestQuarter(list, schoolDay(new Date())) ?? list[0])?.code ?? null);
    if (!seesAll && own.value.length === 1) setClassId(own.value[0]?.id ?? null);
  }, [t, seesAll]);

  const loadSchool = useCallback(async () => {
    if (!seesAll || !code) return;
    const result = await call(api()['forecast.school']({ period: code, asOf }));
    if (!result.ok) return setError(result.error);
    setSchool(result.value);
    setError(null);
  }, [seesAll, code, asOf]);

  const loadClass = useCallback(async () => {
    if (!code || classId === null) return setShown(null);
    const result = await call(api()['forecast.class']({ classId, period: code, asOf }));
    if (!result.ok) return setError(result.error);
    setShown(result.value);
    setError(null);
  }, [code, classId, asOf]);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void loadChoices();
  }, [loadChoices]);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void loadSchool();
  }, [loadSchool]);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void loadClass();
  }, [loadClass]);

  if (periods && !periods.length) return <p className="muted">{t('control.forecast.noYear')}</p>;
  if (classes && !classes.length) return <p className="muted">{t('control.forecast.noClasses')}</p>;
  const info = shown?.period ?? school?.period ?? null;
  return (
    <section aria-label={t('control.tab.forecast')}>
      <div className="toolbar">
        <div className="field">
          <label htmlFor={id('period')}>{t('control.forecast.period')}</label>
          <select id={id('period')} value={code ?? ''} onChange={(e) => setCode(e.target.value as ForecastPeriod)}>
            {(periods ?? []).map((p) => (
              <option key={p.code} value={p.code}>
                {p.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={id('asOf')}>{t('control.forecast.asOf')}</label>
          <input
            id={id('asOf')}
            type="date"
            value={asOf}
            onChange={(e) => {
              if (isCalendarDate(e.target.value)) setAsOf(e.target.value);
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={id('class')}>{t('control.forecast.class')}</label>
          <select id={id('class')} value={classId ?? ''} onChange={(e) => setClassId(Number(e.target.value) || null)}>
            <option value="">{t('control.forecast.chooseClass')}</option>
            {(classes ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </select>
        </div>
        <label className="field">
          <input type="checkbox" checked={onlyAtRisk} onChange={(e) => setOnlyAtRisk(e.target.checked)} />{' '}
          {t('control.forecast.onlyAtRisk')}
        </label>
      </div>
      <ErrorNotice error={error} />
      {info ? (
        <p className="muted">
          {t('control.forecast.asOfLine', {
            day: format.date(info.asOf),
            from: format.date(info.startsOn),
            to: format.date(info.endsOn),
          })}
        </p>
      ) : null}
      {shown ? <ClassForecastTable forecast={shown.forecast} onlyAtRisk={onlyAtRisk} /> : null}
      {seesAll && school ? <SchoolForecastTable school={school} onOpen={setClassId} /> : null}
      <p className="muted">{t('control.forecast.explain')}</p>
    </section>
  );
}
