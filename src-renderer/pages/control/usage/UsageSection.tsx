import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import type { ApiErrorBody } from '../../../../src-main/api/contract';
import { entryKinds, type UsageReport } from '../../../../src-main/api/contract/control-usage';
import { api, call } from '../../../api/api';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { useI18n } from '../../../i18n/i18n';

/**
 * Who used the journal (000 §3.1.8): for a range of days, each person's sign-ins and journal entries
 * per week, by kind; teachers who made none show as zero. The sign-ins themselves below, newest first.
 */
export function UsageSection() {
  const { t, format } = useI18n();
  const ids = useId();
  const [range, setRange] = useState({ from: '', to: '' });
  const [report, setReport] = useState<UsageReport | null>(null);
  const [error, setError] = useState<ApiErrorBody | null>(null);

  // The first load asks for the server's four weeks up to its today, and shows the dates it took.
  const load = useCallback(async (r?: { from: string; to: string }) => {
    const result = await call(api()['control.usage'](r));
    if (!result.ok) return setError(result.error);
    setReport(result.value);
    setRange({ from: result.value.from, to: result.value.to });
    setError(null);
  }, []);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void load();
  }, [load]);
  function submit(event: FormEvent) {
    event.preventDefault();
    void load(range);
  }
  const id = (name: string) => `${ids}-${name}`;
  return (
    <section aria-labelledby={id('title')}>
      <h2 id={id('title')}>{t('control.usage.title')}</h2>
      <form className="toolbar" onSubmit={submit}>
        <div className="field">
          <label htmlFor={id('from')}>{t('control.usage.from')}</label>
          <input
            id={id('from')}
            type="date"
            value={range.from}
            onChange={(e) => setRange({ ...range, from: e.target.value })}
            required
          />
        </div>
        <div className="field">
          <label htmlFor={id('to')}>{t('control.usage.to')}</label>
          <input
            id={id('to')}
            type="date"
            value={range.to}
            onChange={(e) => setRange({ ...range, to: e.target.value })}
            required
          />
        </div>
        <div className="field">
          <button type="submit">{t('control.usage.show')}</button>
        </div>
      </form>
      <ErrorNotice error={error} />
      {report ? (
        <div className="control-scroll">
          <table className="table">
            <caption>{t('control.usage.entriesCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('control.usage.person')}</th>
                <th scope="col">{t('control.usage.signIns')}</th>
                <th scope="col">{t('control.usage.lastSignIn')}</th>
                {report.weeks.map((w) => (
                  <th key={w} scope="col">
                    {t('control.usage.week', { day: format.date(w) })}
                  </th>
                ))}
                <th scope="col">{t('control.usage.entries')}</th>
                {entryKinds.map((k) => (
                  <th key={k} scope="col">
                    {t(`control.usage.kind.${k}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {report.users.map((u) => (
                <tr key={u.userId}>
                  <th scope="row">
                    {u.person ?? u.login}
                    <div className="muted">
                      {u.login} · {t(`role.${u.role}`)}
                    </div>
                  </th>
                  <td>{u.signIns}</td>
                  <td>{u.lastSignIn ? format.dateTime(u.lastSignIn) : '—'}</td>
                  {u.perWeek.map((n, i) => (
                    <td
                      key={report.weeks[i]}
                      className={n === 0 && u.role === 'teacher' ? 'control-behind' : undefined}
                    >
                      {n}
                    </td>
                  ))}
                  <td>{u.entries}</td>
                  {entryKinds.map((k) => (
                    <td key={k}>{u.byKind[k]}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <details>
            <summary>{t('control.usage.signInList', { count: report.signInTotal })}</summary>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('control.usage.at')}</th>
                  <th scope="col">{t('control.usage.person')}</th>
                  <th scope="col">{t('control.usage.address')}</th>
                </tr>
              </thead>
              <tbody>
                {report.signIns.map((s) => (
                  <tr key={`${s.at}-${s.userId ?? s.login ?? ''}`}>
                    <td>{format.dateTime(s.at)}</td>
                    <td>{s.person ?? s.login}</td>
                    <td>{s.address ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </div>
      ) : null}
    </section>
  );
}
