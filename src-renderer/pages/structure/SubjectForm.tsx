import { useState, type FormEvent } from 'react';
import type { SubjectRow } from '../../../src-main/api/contract/structure';
import { api } from '../../api/api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { useSubmit } from '../../components/useSubmit';
import { useI18n } from '../../i18n/i18n';

const blank = { nameKy: '', nameRu: '', shortKy: '', shortRu: '', sortOrder: '' };

/** A new subject (no `subject`) or one subject's names, short names, order and use. */
export function SubjectForm({ subject, onDone }: { subject?: SubjectRow; onDone(changed: boolean): void }) {
  const { t } = useI18n();
  const [form, setForm] = useState(
    subject
      ? {
          nameKy: subject.nameKy,
          nameRu: subject.nameRu,
          shortKy: subject.shortKy ?? '',
          shortRu: subject.shortRu ?? '',
          sortOrder: String(subject.sortOrder),
        }
      : blank,
  );
  const [active, setActive] = useState(subject?.active ?? true);
  const { busy, error, run } = useSubmit<SubjectRow>();
  const set = (key: keyof typeof blank) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const heading = subject ? `${t('structure.edit')}: ${subject.nameKy}` : t('subjects.add');

  async function submit(e: FormEvent) {
    e.preventDefault();
    const order = form.sortOrder.trim() === '' ? undefined : Number(form.sortOrder);
    const fields = {
      nameKy: form.nameKy,
      nameRu: form.nameRu,
      shortKy: form.shortKy || null,
      shortRu: form.shortRu || null,
      sortOrder: order,
    };
    const saved = await run(() =>
      subject
        ? api()['subjects.update']({ subjectId: subject.id, ...fields, active })
        : api()['subjects.create'](fields),
    );
    if (!saved) return;
    if (!subject) setForm(blank);
    onDone(true);
  }

  return (
    <form className="panel" onSubmit={submit} noValidate aria-label={heading}>
      <h2>{heading}</h2>
      <fieldset disabled={busy} className="grid-2">
        <Field
          label={t('subjects.nameKy')}
          path="nameKy"
          value={form.nameKy}
          onChange={set('nameKy')}
          error={error}
          required
        />
        <Field
          label={t('subjects.nameRu')}
          path="nameRu"
          value={form.nameRu}
          onChange={set('nameRu')}
          error={error}
          required
        />
        <Field
          label={t('subjects.shortKy')}
          path="shortKy"
          value={form.shortKy}
          onChange={set('shortKy')}
          error={error}
        />
        <Field
          label={t('subjects.shortRu')}
          path="shortRu"
          value={form.shortRu}
          onChange={set('shortRu')}
          error={error}
        />
        <Field
          label={t('subjects.order')}
          path="sortOrder"
          type="number"
          min={0}
          value={form.sortOrder}
          onChange={set('sortOrder')}
          error={error}
        />
        {subject ? (
          <label className="checkbox">
            <input type="checkbox" checked={active} onChange={(e) => setActive(e.target.checked)} />
            {t('subjects.active')}
          </label>
        ) : null}
      </fieldset>
      <ErrorNotice error={error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('common.working') : subject ? t('common.save') : t('subjects.add')}
        </button>
        {subject ? (
          <button type="button" onClick={() => onDone(false)}>
            {t('common.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
