import { useState } from 'react';
import type { OverviewRow, PlanOverview } from '../../../src-main/api/contract/plan';
import { useI18n } from '../../i18n/i18n';
import { lineKey, lineTitle } from './lines';

/**
 * The deputy's check (SCENARIOS §3): every plan of the year, which are missing and which do not match
 * the curriculum's hours; a line opens in the plan tab.
 */
export function OverviewSection({
  overview,
  split,
  onOpen,
}: {
  overview: PlanOverview;
  split: Set<number>;
  onOpen(key: string): void;
}) {
  const { t, lang, format } = useI18n();
  const [onlyProblems, setOnlyProblems] = useState(true);
  const n = (x: number) => format.number(x, Number.isInteger(x) ? 0 : 1);
  const problem = (r: OverviewRow) => r.status === 'missing' || r.status === 'mismatch';
  const rows = onlyProblems ? overview.rows.filter(problem) : overview.rows;
  const count = (status: OverviewRow['status']) => overview.rows.filter((r) => r.status === status).length;

  return (
    <section aria-label={t('plan.tab.overview')}>
      <p>{t('plan.overview.intro')}</p>
      <p role="status">
        {t('plan.overview.summary', {
          total: overview.rows.length,
          missing: count('missing'),
          mismatch: count('mismatch'),
        })}
      </p>
      <label className="checkbox">
        <input type="checkbox" checked={onlyProblems} onChange={(e) => setOnlyProblems(e.target.checked)} />
        {t('plan.overview.onlyProblems')}
      </label>
      <div className="plan-scroll">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('plan.completion.class')}</th>
              <th scope="col">{t('plan.completion.subject')}</th>
              <th scope="col">{t('plan.completion.teacher')}</th>
              <th scope="col">{t('plan.overview.topics')}</th>
              <th scope="col">{t('plan.overview.hours')}</th>
              <th scope="col">{t('plan.overview.difference')}</th>
              <th scope="col">{t('plan.overview.status')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={lineKey(r)} data-status={r.status}>
                <td>{r.className}</td>
                <td>
                  {lineTitle({ ...r, split: split.has(r.classSubjectId) }, lang, t)}
                  {r.shared ? <span className="muted"> ({t('plan.overview.shared')})</span> : null}
                </td>
                <td>{r.teacher?.fullName ?? t('plan.noTeacher')}</td>
                <td>{r.topicCount}</td>
                <td>
                  {n(r.hours.planned)} / {n(r.hours.expected)}
                </td>
                <td className={r.hours.difference && r.status !== 'notNeeded' ? 'plan-difference' : undefined}>
                  {r.status === 'notNeeded' ? '' : n(r.hours.difference)}
                </td>
                <td className={problem(r) ? 'plan-status-problem' : undefined}>
                  {t(`plan.overview.status.${r.status}`)}
                </td>
                <td>
                  <button type="button" onClick={() => onOpen(lineKey(r))}>
                    {t('plan.overview.open')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
