import { useCallback, useEffect, useId, useState } from 'react';
import type { ApiErrorBody } from '../../../src-main/api/contract';
import type { YearRow } from '../../../src-main/api/contract/calendar';
import type { PlanCompletion } from '../../../src-main/api/contract/plan';
import { schoolDay } from '../../../src-main/api/contract/school-day';
import { api, call } from '../../api/api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useI18n } from '../../i18n/i18n';
import { lineTitle } from './lines';

interface PeriodChoice {
  id: number;
  label: string;
  endsOn: string;
}

/**
 * Is the programme covered (000 §5.3): for a quarter or half-year of the current year, per plan line,
 * what was planned in it, how many lessons were given, and which planned topics are still not given.
 */
export function CompletionSection({ classes }: { classes: { classId: number; className: string }[] }) {
  const { t, lang, format } = useI18n();
  const periodId = useId();
  const classSelect = useId();
  const [periods, setPeriods] = useState<PeriodChoice[] | null>(null);
  const [period, setPeriod] = useState<number | null>(null);
  const [classId, setClassId] = useState<number | null>(null);
  const [report, setReport] = useState<PlanCompletion | null>(null);
  const [error, setError] = useState<ApiErrorBody | null>(null);
  const n = (x: number) => format.number(x, Number.isInteger(x) ? 0 : 1);

  const loadPeriods = useCallback(async () => {
    const result = await call(api()['years.list']());
    if (!result.ok) return setError(result.error);
    const year: YearRow | undefined = result.value.find((y) => y.isCurrent);
    const list = year
      ? [
          ...year.quarters.map((q) => ({ ...q, label: t('plan.completion.quarter', { n: q.number }) })),
          ...year.halfYears.map((h) => ({ ...h, label: t('plan.completion.halfYear', { n: h.number }) })),
        ]
      : [];
    setPeriods(list);
    // The quarter under way (or the last one): what the deputy checks at a quarter's end.
    const today = schoolDay(new Date());
    setPeriod((list.find((p) => p.endsOn >= today) ?? list.at(-1))?.id ?? null);
  }, [t]);
  const loadReport = useCallback(async () => {
    if (period === null) return;
    const result = await call(api()['plan.completion']({ periodId: period, ...(classId ? { classId } : {}) }));
    if (result.ok) {
      setReport(result.value);
      setError(null);
    } else setError(result.error);
  }, [period, classId]);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void loadPeriods();
  }, [loadPeriods]);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void loadReport();
  }, [loadReport]);

  if (periods && !periods.length) return <p className="muted">{t('plan.completion.noYear')}</p>;
  return (
    <section aria-label={t('plan.tab.completion')}>
      <div className="toolbar">
        <div className="field">
          <label htmlFor={periodId}>{t('plan.completion.period')}</label>
          <select id={periodId} value={period ?? ''} onChange={(e) => setPeriod(Number(e.target.value))}>
            {(periods ?? []).map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={classSelect}>{t('plan.completion.class')}</label>
          <select id={classSelect} value={classId ?? ''} onChange={(e) => setClassId(Number(e.target.value) || null)}>
            <option value="">{t('plan.completion.allClasses')}</option>
            {classes.map((c) => (
              <option key={c.classId} value={c.classId}>
                {c.className}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ErrorNotice error={error} />
      {report && !report.rows.length ? <p className="muted">{t('plan.completion.empty')}</p> : null}
      {report?.rows.length ? (
        <div className="plan-scroll">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('plan.completion.class')}</th>
                <th scope="col">{t('plan.completion.subject')}</th>
                <th scope="col">{t('plan.completion.teacher')}</th>
                <th scope="col">{t('plan.completion.planned')}</th>
                <th scope="col">{t('plan.completion.delivered')}</th>
                <th scope="col">{t('plan.completion.pending')}</th>
                <th scope="col">{t('plan.completion.match')}</th>
              </tr>
            </thead>
            <tbody>
              {report.rows.map((r) => (
                <tr key={`${r.classSubjectId}:${r.subgroupId ?? ''}`}>
                  <td>{r.className}</td>
                  <td>{lineTitle(r, lang, t)}</td>
                  <td>{r.teacher?.fullName ?? t('plan.noTeacher')}</td>
                  <td>{t('plan.completion.plannedValue', { topics: r.plannedTopics, hours: n(r.plannedHours) })}</td>
                  <td>{r.deliveredLessons}</td>
                  <td className={r.pending.length ? 'plan-pending' : undefined}>
                    {r.pending.length ? (
                      <ol className="plan-pending-list">
                        {r.pending.map((p) => (
                          <li key={p.topicId} value={p.position}>
                            {p.title} ({format.date(p.plannedDate)})
                          </li>
                        ))}
                      </ol>
                    ) : (
                      t('plan.completion.none')
                    )}
                  </td>
                  <td className={r.hoursMatch ? undefined : 'plan-difference'}>
                    {r.hoursMatch
                      ? t('plan.completion.matches')
                      : t('plan.completion.differs', { difference: n(r.hours.difference) })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
