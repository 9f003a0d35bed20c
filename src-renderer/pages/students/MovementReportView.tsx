import { useState, type FormEvent } from 'react';
import type { MovementReport, SexCounts } from '../../../src-main/api/contract/students';
import { api } from '../../api/api';
import { Field } from '../../components/Field';
import { useSubmit } from '../../components/useSubmit';
import { useI18n } from '../../i18n/i18n';
import { Refusal } from './Refusal';
import { today } from './manage';

/** The movement of pupils for a period: by class with boys and girls, the school's totals, the lines. */
export function MovementReportView() {
  const { t, format } = useI18n();
  const [from, setFrom] = useState(() => `${today().slice(0, 7)}-01`);
  const [to, setTo] = useState(today);
  const [report, setReport] = useState<MovementReport | null>(null);
  const { busy, error, run } = useSubmit<MovementReport>();

  async function show(e: FormEvent) {
    e.preventDefault();
    const value = await run(() => api()['movement.report']({ from, to }));
    if (value) setReport(value);
  }

  const counts = (c: SexCounts) => [c.m, c.f, c.total].map((n, i) => <td key={i}>{n}</td>);
  const sexHeads = [t('movement.boys'), t('movement.girls'), t('movement.total')];

  return (
    <section aria-label={t('movement.report')}>
      <form className="toolbar no-print grid-2" onSubmit={show} noValidate aria-label={t('movement.report')}>
        <Field label={t('movement.reportFrom')} path="from" type="date" value={from} onChange={setFrom} error={error} />
        <Field label={t('movement.reportTo')} path="to" type="date" value={to} onChange={setTo} error={error} />
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('movement.show')}
          </button>
        </div>
      </form>
      <Refusal error={error} />
      {report ? (
        <>
          <h2>
            {t('movement.report')}: {format.date(report.from)} – {format.date(report.to)}
          </h2>
          <table className="table movement-totals">
            <thead>
              <tr>
                <th rowSpan={2}>{t('students.class')}</th>
                <th colSpan={3}>{t('movement.arrived')}</th>
                <th colSpan={3}>{t('movement.left')}</th>
                <th rowSpan={2}>{t('movement.transferredIn')}</th>
                <th rowSpan={2}>{t('movement.transferredOut')}</th>
              </tr>
              <tr>
                {[...sexHeads, ...sexHeads].map((h, i) => (
                  <th key={i}>{h}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {report.byClass.map((c) => (
                <tr key={c.classId}>
                  <td>{c.className}</td>
                  {counts(c.arrived)}
                  {counts(c.left)}
                  <td>{c.transferredIn}</td>
                  <td>{c.transferredOut}</td>
                </tr>
              ))}
              <tr className="total">
                <th>{t('movement.totalRow')}</th>
                {counts(report.totals.arrived)}
                {counts(report.totals.left)}
                <td />
                <td />
              </tr>
            </tbody>
          </table>
          {report.lines.length === 0 ? (
            <p className="muted">{t('movement.noLines')}</p>
          ) : (
            <table className="table movement-lines">
              <thead>
                <tr>
                  <th>{t('movement.date')}</th>
                  <th>{t('movement.kind')}</th>
                  <th>{t('person.fullName')}</th>
                  <th>{t('students.class')}</th>
                  <th>{t('movement.place')}</th>
                  <th>{t('students.orderNo')}</th>
                  <th>{t('students.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {report.lines.map((l, i) => (
                  <tr key={i}>
                    <td>{format.date(l.date)}</td>
                    <td>{t(`movement.kind.${l.kind}`)}</td>
                    <td>{l.fullName}</td>
                    <td>{l.className}</td>
                    <td>
                      {[l.destination ? t(`movement.destination.${l.destination}`) : null, l.place]
                        .filter(Boolean)
                        .join(': ')}
                    </td>
                    <td>{l.orderNo ?? ''}</td>
                    <td>{l.reason ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      ) : null}
    </section>
  );
}
