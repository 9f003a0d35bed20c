import { useCallback, useEffect, useId, useState } from 'react';
import type { ApiErrorBody, SessionUser } from '../../../../src-main/api/contract';
import type { RemarkList, remarkStates } from '../../../../src-main/api/contract/control-remarks';
import type { JournalChoices } from '../../../../src-main/api/contract/journal';
import { api, call } from '../../../api/api';
import { ErrorNotice, SuccessNotice } from '../../../components/ErrorNotice';
import { useI18n } from '../../../i18n/i18n';
import { RemarkForm } from './RemarkForm';
import { RemarksTable } from './RemarksTable';

type State = (typeof remarkStates)[number];
const states: State[] = ['open', 'overdue', 'fixed', 'all'];

/** The deputy's (and the director's) list of remarks: open, overdue, fixed; the deputy adds one here too. */
export function RemarksTab({ user }: { user: SessionUser }) {
  const { t, lang } = useI18n();
  const ids = useId();
  const [state, setState] = useState<State>('open');
  const [list, setList] = useState<RemarkList | null>(null);
  const [error, setError] = useState<ApiErrorBody | null>(null);
  const [choices, setChoices] = useState<JournalChoices | null>(null);
  const [classSubjectId, setClassSubjectId] = useState<number | null>(null);
  const [saved, setSaved] = useState(false);
  const mayAdd = user.permissions.includes('journal.correct');

  const load = useCallback(async () => {
    const r = await call(api()['remarks.list']({ state }));
    if (r.ok) setList(r.value);
    else setError(r.error);
  }, [state]);

  useEffect(() => {
    // Loading on arrival (and when what to load changes) is the point of this effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void load();
  }, [load]);
  useEffect(() => {
    if (!mayAdd) return;
    void call(api()['journal.choices']()).then((r) => (r.ok ? setChoices(r.value) : setError(r.error)));
  }, [mayAdd]);

  return (
    <section aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('remarks.title')}</h2>
      <ErrorNotice error={error} />
      {mayAdd && choices ? (
        <div className="remark-add">
          <div className="field">
            <label htmlFor={`${ids}-journal`}>{t('remarks.journal')}</label>
            <select
              id={`${ids}-journal`}
              value={classSubjectId ?? ''}
              onChange={(e) => (setClassSubjectId(e.target.value ? Number(e.target.value) : null), setSaved(false))}
            >
              <option value="">{t('remarks.pick')}</option>
              {choices.journals.map((j) => (
                <option key={j.classSubjectId} value={j.classSubjectId}>
                  {j.className} — {lang === 'ky' ? j.subject.nameKy : j.subject.nameRu}
                  {j.teacherName ? ` (${j.teacherName})` : ''}
                </option>
              ))}
            </select>
          </div>
          {classSubjectId !== null ? (
            <RemarkForm
              key={classSubjectId}
              classSubjectId={classSubjectId}
              onSaved={() => {
                setClassSubjectId(null);
                setSaved(true);
                void load();
              }}
            />
          ) : null}
          <SuccessNotice text={saved ? t('remarks.saved') : null} />
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={`${ids}-state`}>{t('remarks.state')}</label>
        <select id={`${ids}-state`} value={state} onChange={(e) => setState(e.target.value as State)}>
          {states.map((s) => (
            <option key={s} value={s}>
              {t(`remarks.state.${s}`)}
            </option>
          ))}
        </select>
      </div>
      {list ? (
        <>
          <p className="remark-counts">{t('remarks.counts', { ...list.counts })}</p>
          {list.rows.length ? <RemarksTable rows={list.rows} /> : <p className="muted">{t('remarks.none')}</p>}
        </>
      ) : null}
    </section>
  );
}
