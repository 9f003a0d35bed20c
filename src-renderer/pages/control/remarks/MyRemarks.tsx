import { useCallback, useEffect, useState } from 'react';
import type { ApiErrorBody } from '../../../../src-main/api/contract';
import type { RemarkList, RemarkRow } from '../../../../src-main/api/contract/control-remarks';
import { api, call } from '../../../api/api';
import { ErrorNotice, SuccessNotice } from '../../../components/ErrorNotice';
import { Field } from '../../../components/Field';
import { useI18n } from '../../../i18n/i18n';

/** One open remark with its "fixed" button and an optional note. */
function OpenRemark({ remark, onFixed }: { remark: RemarkRow; onFixed(): void }) {
  const { t, lang, format } = useI18n();
  const [note, setNote] = useState('');
  const [error, setError] = useState<ApiErrorBody | null>(null);
  const fix = async () => {
    const r = await call(api()['remarks.fix']({ remarkId: remark.remarkId, ...(note ? { note } : {}) }));
    if (r.ok) onFixed();
    else setError(r.error);
  };
  const subject = lang === 'ky' ? remark.subject.nameKy : remark.subject.nameRu;
  return (
    <li className={`my-remark remark-${remark.state}`} data-remark={remark.remarkId}>
      <strong>
        {remark.className} — {subject}
      </strong>
      <p>{remark.text}</p>
      <p className="muted">
        {t('remarks.mine.from', { name: remark.createdBy ?? '', date: format.dateTime(remark.createdAt) })} ·{' '}
        {remark.state === 'overdue'
          ? t('remarks.mine.overdue', { date: format.date(remark.dueOn) })
          : t('remarks.mine.due', { date: format.date(remark.dueOn) })}
      </p>
      <ErrorNotice error={error} />
      <Field label={t('remarks.note')} path="note" value={note} onChange={setNote} error={error} />
      <button type="button" className="primary" onClick={() => void fix()}>
        {t('remarks.fix')}
      </button>
    </li>
  );
}

/** A teacher's open remarks, on the home screen she sees on signing in. Nothing when there are none. */
export function MyRemarks() {
  const { t } = useI18n();
  const [list, setList] = useState<RemarkList | null>(null);
  const [fixed, setFixed] = useState(false);
  const load = useCallback(async () => {
    const r = await call(api()['remarks.mine']());
    if (r.ok) setList(r.value);
  }, []);
  useEffect(() => {
    // Loading on arrival (and when what to load changes) is the point of this effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void load();
  }, [load]);
  const open = list?.rows.filter((r) => r.state !== 'fixed') ?? [];
  if (!open.length && !fixed) return null;
  return (
    <section className="my-remarks notice notice-info" aria-labelledby="my-remarks-title">
      <h2 id="my-remarks-title">{t('remarks.mine.title')}</h2>
      <SuccessNotice text={fixed ? t('remarks.fixed') : null} />
      {open.length ? <p>{t('remarks.mine.lead')}</p> : null}
      <ul>
        {open.map((r) => (
          <OpenRemark
            key={r.remarkId}
            remark={r}
            onFixed={() => {
              setFixed(true);
              void load();
            }}
          />
        ))}
      </ul>
    </section>
  );
}
