import { useCallback, useEffect, useId, useState } from 'react';
import type { PlanView } from '../../../src-main/api/contract/plan';
import type { LoadRow } from '../../../src-main/api/contract/structure';
import { api, call } from '../../api/api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { fieldMessages } from '../../components/errors';
import { useSubmit } from '../../components/useSubmit';
import { useI18n } from '../../i18n/i18n';

/** "5-Б" → 5: class names are written grade, hyphen, letter by the program itself. */
const gradeOf = (className: string) => Number.parseInt(className, 10);

/**
 * Copies the class plan of another class of the parallel (the same subject in the same grade), found in
 * the year's teaching load. A plan that has topics is replaced only when the box is ticked.
 */
export function CopyPanel({ view, onCopied }: { view: PlanView; onCopied(plan: PlanView, message: string): void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const selectId = useId();
  const [load, setLoad] = useState<LoadRow[]>([]);
  const [chosen, setChosen] = useState<number | null>(null);
  const [replace, setReplace] = useState(false);
  const copying = useSubmit<PlanView>();

  const fetchLoad = useCallback(async () => {
    const result = await call(api()['load.list']());
    if (result.ok) setLoad(result.value);
  }, []);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void fetchLoad();
  }, [fetchLoad]);

  const parallel = load.filter(
    (l) => l.subjectId === view.subjectId && gradeOf(l.className) === view.grade && l.id !== view.classSubjectId,
  );
  const from = parallel.find((l) => l.id === chosen) ?? parallel[0] ?? null;

  async function copy() {
    if (!from) return;
    const copied = await copying.run(() =>
      api()['plan.copy']({ fromClassSubjectId: from.id, toClassSubjectId: view.classSubjectId, replace }),
    );
    if (copied) onCopied(copied, t('plan.copy.done', { className: from.className }));
  }

  const messages = [
    ...fieldMessages(copying.error, 'fromClassSubjectId', i18n),
    ...fieldMessages(copying.error, 'replace', i18n),
  ];
  return (
    <details className="panel plan-panel">
      <summary>{t('plan.copy.title')}</summary>
      {parallel.length === 0 ? (
        <p className="muted">{t('plan.copy.none')}</p>
      ) : (
        <div className="toolbar">
          <div className="field">
            <label htmlFor={selectId}>{t('plan.copy.from')}</label>
            <select id={selectId} value={from?.id ?? ''} onChange={(e) => setChosen(Number(e.target.value))}>
              {parallel.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.className} — {l.teacher?.fullName ?? t('plan.noTeacher')}
                </option>
              ))}
            </select>
          </div>
          {view.topics.length ? (
            <label className="checkbox">
              <input type="checkbox" checked={replace} onChange={(e) => setReplace(e.target.checked)} />
              {t('plan.copy.replace')}
            </label>
          ) : null}
          <button type="button" disabled={copying.busy} onClick={() => void copy()}>
            {t('plan.copy.submit')}
          </button>
        </div>
      )}
      {messages.length ? (
        messages.map((m) => (
          <p key={m} className="notice notice-error" role="alert">
            {m}
          </p>
        ))
      ) : (
        <ErrorNotice error={copying.error} />
      )}
    </details>
  );
}
