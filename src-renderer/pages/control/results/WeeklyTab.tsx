import { useCallback, useEffect, useId, useState } from 'react';
import type { ApiErrorBody } from '../../../../src-main/api/contract';
import type { WeeklyAnalysis, WeeklyCounts } from '../../../../src-main/api/contract/control-weekly';
import { schoolDay } from '../../../../src-main/api/contract/school-day';
import { api, call } from '../../../api/api';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { useI18n } from '../../../i18n/i18n';
import { PrintButton } from './PrintButton';
import './results.css';

const columns = [
  'planned',
  'entered',
  'share',
  'noTopic',
  'noHomework',
  'marks',
  'twos',
  'excused',
  'unexcused',
  'late',
] as const;

/** A date moved by whole days, as `YYYY-MM-DD`. */
function shifted(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const share = (c: WeeklyCounts) => (c.planned === 0 ? '' : String(Math.round((100 * c.entered) / c.planned)));

/**
 * The weekly analysis (003 §4.2Б): one week per class, as the notice-board page prints it. Any day
 * picks its week; the buttons step a week back or forward.
 */
export function WeeklyTab() {
  const { t, format } = useI18n();
  const dateId = useId();
  const [weekOf, setWeekOf] = useState(() => schoolDay(new Date()));
  const [week, setWeek] = useState<WeeklyAnalysis | null>(null);
  const [error, setError] = useState<ApiErrorBody | null>(null);
  const load = useCallback(async () => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(weekOf)) return;
    const result = await call(api()['control.weekly']({ weekOf }));
    if (result.ok) {
      setWeek(result.value);
      setError(null);
    } else setError(result.error);
  }, [weekOf]);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void load();
  }, [load]);

  const cell = (c: WeeklyCounts, column: (typeof columns)[number]) => (column === 'share' ? share(c) : c[column]);
  return (
    <section aria-label={t('control.tab.weekly')}>
      <div className="toolbar no-print">
        <button type="button" onClick={() => setWeekOf(shifted(week?.monday ?? weekOf, -7))}>
          {t('weekly.previous')}
        </button>
        <div className="field">
          <label htmlFor={dateId}>{t('weekly.weekOf')}</label>
          <input id={dateId} type="date" value={weekOf} onChange={(e) => setWeekOf(e.target.value)} />
        </div>
        <button type="button" onClick={() => setWeekOf(shifted(week?.monday ?? weekOf, 7))}>
          {t('weekly.next')}
        </button>
        {week?.rows.length ? (
          <PrintButton kind="weekly-analysis" period="year" weekOf={week.monday} label={t('weekly.print')} />
        ) : null}
      </div>
      <ErrorNotice error={error} />
      {week ? (
        <>
          <h2>{t('weekly.span', { from: format.date(week.monday), to: format.date(week.sunday) })}</h2>
          {week.rows.length ? (
            <div className="results-scroll">
              <table className="table results-table">
                <thead>
                  <tr>
                    <th scope="col">{t('weekly.class')}</th>
                    {columns.map((c) => (
                      <th key={c} scope="col">
                        {c === 'excused' || c === 'unexcused'
                          ? `${t('weekly.absences')}: ${t(`weekly.${c}`)}`
                          : t(`weekly.${c}`)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {week.rows.map((row) => (
                    <tr key={row.classId}>
                      <th scope="row">{row.classTitle}</th>
                      {columns.map((c) => (
                        <td
                          key={c}
                          className={c === 'entered' && row.entered < row.planned ? 'num results-short' : 'num'}
                        >
                          {cell(row, c)}
                        </td>
                      ))}
                    </tr>
                  ))}
                  <tr className="results-total">
                    <th scope="row">{t('weekly.total')}</th>
                    {columns.map((c) => (
                      <td key={c} className="num">
                        {cell(week.total, c)}
                      </td>
                    ))}
                  </tr>
                </tbody>
              </table>
            </div>
          ) : (
            <p className="muted">{t('weekly.empty')}</p>
          )}
          <p className="muted">{t('weekly.note')}</p>
        </>
      ) : null}
    </section>
  );
}
