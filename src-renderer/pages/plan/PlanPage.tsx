import { useCallback, useEffect, useId, useState } from 'react';
import type { ApiErrorBody, SessionUser } from '../../../src-main/api/contract';
import type { PlanOverview } from '../../../src-main/api/contract/plan';
import { api, call } from '../../api/api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useI18n } from '../../i18n/i18n';
import { CompletionSection } from './CompletionSection';
import { lineKey, lineTitle } from './lines';
import { OverviewSection } from './OverviewSection';
import { PlanEditor } from './PlanEditor';
import './plan.css';

type Tab = 'plan' | 'completion' | 'overview';

/**
 * The calendar-thematic plan: a teacher picks one of their class subjects (the deputy any, grouped by
 * class), edits its topics against the hours check, imports or copies it; the programme's completion
 * by period; and for those who read every journal, the list of missing and mismatched plans.
 */
export function PlanPage({ user }: { user: SessionUser }) {
  const { t, lang } = useI18n();
  const pickerId = useId();
  const readsAll = user.permissions.includes('journal.readAll');
  const tabs: Tab[] = readsAll ? ['plan', 'completion', 'overview'] : ['plan', 'completion'];
  const [tab, setTab] = useState<Tab>('plan');
  const [overview, setOverview] = useState<PlanOverview | null>(null);
  const [error, setError] = useState<ApiErrorBody | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);

  const reload = useCallback(async () => {
    const result = await call(api()['plan.overview']({}));
    if (result.ok) setOverview(result.value);
    else setError(result.error);
  }, []);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void reload();
  }, [reload]);

  const rows = overview?.rows ?? [];
  const split = new Set(rows.filter((r) => r.subgroupId !== null).map((r) => r.classSubjectId));
  const selected = rows.find((r) => lineKey(r) === chosen) ?? rows[0] ?? null;
  const classes = [...new Map(rows.map((r) => [r.classId, { classId: r.classId, className: r.className }])).values()];

  return (
    <main className="page plan-page">
      <h1>{t('plan.title')}</h1>
      <div className="toolbar" role="group" aria-label={t('plan.sections')}>
        {tabs.map((x) => (
          <button
            key={x}
            type="button"
            className={x === tab ? 'nav-item active' : 'nav-item'}
            aria-pressed={x === tab}
            onClick={() => setTab(x)}
          >
            {t(`plan.tab.${x}`)}
          </button>
        ))}
      </div>
      <ErrorNotice error={error} />
      {overview && !rows.length ? <p className="muted">{t('plan.noLines')}</p> : null}
      {tab === 'plan' && selected ? (
        <>
          <div className="field">
            <label htmlFor={pickerId}>{t('plan.choose')}</label>
            <select id={pickerId} value={lineKey(selected)} onChange={(e) => setChosen(e.target.value)}>
              {classes.map((c) => (
                <optgroup key={c.classId} label={c.className}>
                  {rows
                    .filter((r) => r.classId === c.classId)
                    .map((r) => (
                      <option key={lineKey(r)} value={lineKey(r)}>
                        {c.className} · {lineTitle({ ...r, split: split.has(r.classSubjectId) }, lang, t)}
                      </option>
                    ))}
                </optgroup>
              ))}
            </select>
          </div>
          <PlanEditor
            key={lineKey(selected)}
            planKey={{ classSubjectId: selected.classSubjectId, subgroupId: selected.subgroupId }}
            onChanged={() => void reload()}
          />
        </>
      ) : null}
      {tab === 'completion' && overview ? <CompletionSection classes={classes} /> : null}
      {tab === 'overview' && overview ? (
        <OverviewSection
          overview={overview}
          split={split}
          onOpen={(key) => {
            setChosen(key);
            setTab('plan');
          }}
        />
      ) : null}
    </main>
  );
}
