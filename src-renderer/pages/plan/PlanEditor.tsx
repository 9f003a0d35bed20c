import { useCallback, useEffect, useState } from 'react';
import type { PlanView } from '../../../src-main/api/contract/plan';
import { api, call } from '../../api/api';
import { ErrorNotice, SuccessNotice } from '../../components/ErrorNotice';
import { fieldMessages } from '../../components/errors';
import { useSubmit } from '../../components/useSubmit';
import { useI18n } from '../../i18n/i18n';
import { CopyPanel } from './CopyPanel';
import { blankRow, draftHours, moveRow, rowsOf, sameAsStored, toInput, type DraftRow } from './draft';
import { HoursSummary } from './HoursSummary';
import { ImportPanel } from './ImportPanel';
import { titleInputId, TopicRow } from './TopicRow';

export interface PlanKey {
  classSubjectId: number;
  subgroupId: number | null;
}

const keyInput = (k: PlanKey) => ({
  classSubjectId: k.classSubjectId,
  ...(k.subgroupId !== null ? { subgroupId: k.subgroupId } : {}),
});

/**
 * One plan as an editable table: rows are typed, moved, added and removed on the screen, and "Save"
 * sends the whole list (plan.save keeps the ids of the rows it knows). The hours check follows the
 * typing. Import and copy replace the plan on the server and the table is reloaded from it.
 */
export function PlanEditor({ planKey, onChanged }: { planKey: PlanKey; onChanged(): void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [view, setView] = useState<PlanView | null>(null);
  const [rows, setRows] = useState<DraftRow[]>([]);
  const [focusKey, setFocusKey] = useState<number | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const loading = useSubmit<PlanView>();
  const saving = useSubmit<PlanView>();

  const show = useCallback((next: PlanView) => {
    setView(next);
    setRows(rowsOf(next.topics));
  }, []);
  const load = useCallback(async () => {
    const result = await call(api()['plan.get'](keyInput(planKey)));
    if (result.ok) show(result.value);
    else loading.setError(result.error);
    // `loading.setError` is a state setter: stable.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [planKey.classSubjectId, planKey.subgroupId, show]);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void load();
  }, [load]);
  useEffect(() => {
    if (focusKey !== null) document.getElementById(titleInputId(focusKey))?.focus();
  }, [focusKey]);

  if (!view) {
    return loading.error ? <ErrorNotice error={loading.error} /> : <p role="status">{t('plan.loading')}</p>;
  }
  const editable = view.canEdit;
  const changed = !sameAsStored(rows, view.topics);

  function edit(next: DraftRow[]) {
    setRows(next);
    setDone(null);
  }
  function add() {
    const row = blankRow(rows.at(-1));
    edit([...rows, row]);
    setFocusKey(row.key);
  }
  function enter(index: number) {
    const next = rows[index + 1];
    if (next) document.getElementById(titleInputId(next.key))?.focus();
    else if (editable) add();
  }
  async function save() {
    const saved = await saving.run(() => api()['plan.save']({ ...keyInput(planKey), topics: toInput(rows) }));
    if (!saved) return;
    show(saved);
    setDone(t('plan.saved'));
    onChanged();
  }
  async function takeCommon() {
    const result = await call(api()['plan.get']({ classSubjectId: planKey.classSubjectId }));
    if (!result.ok) return saving.setError(result.error);
    edit(rowsOf(result.value.topics.map(({ topicId: _id, lessonCount: _n, ...topic }) => topic)));
  }
  const replaced = (next: PlanView, message: string) => {
    show(next);
    saving.setError(null);
    setDone(message);
    onChanged();
  };
  const listMessages = fieldMessages(saving.error, 'topics', i18n);

  return (
    <section className="plan-editor" aria-label={t('plan.tab.plan')}>
      <p className="muted">{t('plan.teacher', { name: view.teacher?.fullName ?? t('plan.noTeacher') })}</p>
      {view.year.closed ? (
        <p className="notice notice-info">{t('plan.closedYear', { title: view.year.title })}</p>
      ) : null}
      {!editable && !view.year.closed ? <p className="notice notice-info">{t('plan.readOnly')}</p> : null}
      <HoursSummary hours={view.hours} planned={draftHours(rows)} />
      {view.commonTopics && !rows.length ? (
        <div className="notice notice-info">
          <p>{t('plan.shared', { count: view.commonTopics })}</p>
          {editable ? (
            <button type="button" onClick={() => void takeCommon()}>
              {t('plan.takeCommon')}
            </button>
          ) : null}
        </div>
      ) : null}
      {rows.length === 0 && !view.commonTopics ? <p className="muted">{t('plan.empty')}</p> : null}
      {rows.length ? (
        <div className="plan-scroll">
          <table className="table plan-table">
            <thead>
              <tr>
                <th scope="col">{t('plan.col.number')}</th>
                <th scope="col">{t('plan.col.section')}</th>
                <th scope="col">{t('plan.col.title')}</th>
                <th scope="col">{t('plan.col.hours')}</th>
                <th scope="col">{t('plan.col.date')}</th>
                <th scope="col">{t('plan.col.lessons')}</th>
                {editable ? <th scope="col">{t('plan.col.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => (
                <TopicRow
                  key={row.key}
                  row={row}
                  index={index}
                  count={rows.length}
                  editable={editable}
                  error={saving.error}
                  onChange={(patch) => edit(rows.map((r) => (r.key === row.key ? { ...r, ...patch } : r)))}
                  onMove={(delta) => edit(moveRow(rows, index, delta))}
                  onRemove={() => edit(rows.filter((r) => r.key !== row.key))}
                  onEnter={() => enter(index)}
                />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {listMessages.map((m) => (
        <p key={m} className="notice notice-error" role="alert">
          {m}
        </p>
      ))}
      <ErrorNotice error={saving.error} />
      <SuccessNotice text={done} />
      {editable ? (
        <>
          <div className="actions">
            <button type="button" onClick={add}>
              {t('plan.add')}
            </button>
            <button type="button" className="primary" disabled={saving.busy} onClick={() => void save()}>
              {t('plan.save')}
            </button>
            {changed ? <span className="plan-unsaved">{t('plan.unsaved')}</span> : null}
          </div>
          <p className="muted">{t('plan.keys')}</p>
          <ImportPanel planKey={keyInput(planKey)} onApplied={replaced} />
          {planKey.subgroupId === null ? <CopyPanel view={view} onCopied={replaced} /> : null}
        </>
      ) : null}
    </section>
  );
}
