import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { ApiErrorBody, SessionUser } from '../../../../src-main/api/contract';
import type { JournalWorkReport, JournalWorkRow } from '../../../../src-main/api/contract/control-usage';
import { api, call } from '../../../api/api';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { useI18n } from '../../../i18n/i18n';
import { PrintButton } from '../completion/PrintButton';

/**
 * The monthly report on teachers' work with the journal (003 §4.2Б): pick a month, read the table,
 * print it. The running month is counted up to today.
 */
export function JournalWorkSection({ user }: { user: SessionUser }) {
  const { t, format } = useI18n();
  const ids = useId();
  // Null: the server's current month, taken from its first answer.
  const [month, setMonth] = useState<string | null>(null);
  const [report, setReport] = useState<JournalWorkReport | null>(null);
  const [error, setError] = useState<ApiErrorBody | null>(null);

  // Only the answer to the latest question is shown: a month changed while one loads must win.
  const asked = useRef(0);
  const load = useCallback(async () => {
    if (month !== null && !/^\d{4}-\d{2}$/.test(month)) return;
    const mine = ++asked.current;
    const result = await call(api()['control.journalWork'](month === null ? {} : { month }));
    if (mine !== asked.current) return;
    if (!result.ok) {
      setReport(null);
      return setError(result.error);
    }
    setReport(result.value);
    setMonth((m) => m ?? result.value.month);
    setError(null);
  }, [month]);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void load();
  }, [load]);

  const n = (x: number) => format.number(x, Number.isInteger(x) ? 0 : 1);
  const cells = (r: Omit<JournalWorkRow, 'teacher'>) => [
    r.entries,
    r.days,
    `${r.lessonsEntered} / ${r.lessonsPlanned}`,
    n(r.lag),
    r.untaught,
    r.remarks.received,
    r.remarks.fixed,
    r.remarks.open,
    r.remarks.overdue,
  ];
  const heads = ['entries', 'days', 'lessons', 'lag', 'untaught', 'received', 'fixed', 'open', 'overdue'] as const;
  const id = (name: string) => `${ids}-${name}`;
  return (
    <section aria-labelledby={id('title')}>
      <h2 id={id('title')}>{t('control.work.title')}</h2>
      <div className="toolbar">
        <div className="field">
          <label htmlFor={id('month')}>{t('control.work.month')}</label>
          <input id={id('month')} type="month" value={month ?? ''} onChange={(e) => setMonth(e.target.value)} />
        </div>
        {user.permissions.includes('print') && report ? (
          <div className="field">
            <PrintButton
              input={{ kind: 'journal-work', period: 'year', on: report.asOf }}
              disabled={!report.rows.length}
            />
          </div>
        ) : null}
      </div>
      <ErrorNotice error={error} />
      {report ? (
        <div className="control-scroll">
          <p className="muted">{t('control.work.explain', { day: format.date(report.asOf) })}</p>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('control.completion.teacher')}</th>
                {heads.map((h) => (
                  <th key={h} scope="col">
                    {t(`control.work.${h}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {report.rows.map((r) => (
                <tr key={r.teacher.staffId}>
                  <th scope="row">{r.teacher.fullName}</th>
                  {cells(r).map((c, i) => (
                    <td
                      key={heads[i]}
                      className={heads[i] === 'overdue' && Number(c) > 0 ? 'control-behind' : undefined}
                    >
                      {c}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('control.work.total')}</th>
                {cells(report.total).map((c, i) => (
                  <td key={heads[i]}>{c}</td>
                ))}
              </tr>
            </tfoot>
          </table>
        </div>
      ) : null}
    </section>
  );
}
