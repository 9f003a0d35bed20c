import { useState, type FormEvent } from 'react';
import type { RemarkRow } from '../../../../src-main/api/contract/control-remarks';
import { api } from '../../../api/api';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { Field } from '../../../components/Field';
import { useSubmit } from '../../../components/useSubmit';
import { useI18n } from '../../../i18n/i18n';

/** The deputy writes a remark on one class subject: what is wrong, and (optionally) by when. */
export function RemarkForm({
  classSubjectId,
  initialText = '',
  onSaved,
  onCancel,
}: {
  classSubjectId: number;
  initialText?: string;
  onSaved(row: RemarkRow): void;
  onCancel?: () => void;
}) {
  const { t } = useI18n();
  const [text, setText] = useState(initialText);
  const [dueOn, setDueOn] = useState('');
  const submit = useSubmit<RemarkRow>();

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const saved = await submit.run(() => api()['remarks.add']({ classSubjectId, text, ...(dueOn ? { dueOn } : {}) }));
    if (saved) onSaved(saved);
  };

  return (
    <form className="remark-form" onSubmit={(e) => void save(e)}>
      <ErrorNotice error={submit.error && !submit.error.fields ? submit.error : null} />
      <Field label={t('remarks.text')} path="text" value={text} onChange={setText} error={submit.error} required />
      <Field
        label={t('remarks.dueOn')}
        path="dueOn"
        type="date"
        value={dueOn}
        onChange={setDueOn}
        error={submit.error}
        hint={t('remarks.dueHint')}
      />
      <div className="toolbar">
        <button type="submit" className="primary" disabled={submit.busy}>
          {t('remarks.save')}
        </button>
        {onCancel ? (
          <button type="button" onClick={onCancel}>
            {t('remarks.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
