import { useState } from 'react';
import type { ApiErrorBody } from '../../../src-main/api/contract';
import type { SubjectRow } from '../../../src-main/api/contract/structure';
import { api } from '../../api/api';
import { ErrorNotice, SuccessNotice } from '../../components/ErrorNotice';
import { useSubmit } from '../../components/useSubmit';
import { useI18n } from '../../i18n/i18n';
import { SubjectForm } from './SubjectForm';

/** The school's subjects in both languages; the typical curriculum's can be added in one click. */
export function SubjectsSection({
  subjects,
  onChanged,
}: {
  subjects: { value: SubjectRow[]; error: ApiErrorBody | null };
  onChanged(): void;
}) {
  const { t } = useI18n();
  const [editing, setEditing] = useState<SubjectRow | null>(null);
  const [seeded, setSeeded] = useState<number | null>(null);
  const seed = useSubmit<{ added: SubjectRow[] }>();

  async function addTypical() {
    const result = await seed.run(() => api()['subjects.seed']());
    if (!result) return;
    setSeeded(result.added.length);
    onChanged();
  }

  return (
    <section aria-label={t('structure.subjects')}>
      <div className="toolbar">
        <button type="button" onClick={() => void addTypical()} disabled={seed.busy}>
          {t('subjects.seed')}
        </button>
      </div>
      <SuccessNotice text={seeded === null ? null : t('subjects.seeded', { count: seeded })} />
      <ErrorNotice error={seed.error ?? subjects.error} />
      {editing ? (
        <SubjectForm
          key={editing.id}
          subject={editing}
          onDone={(changed) => {
            setEditing(null);
            if (changed) onChanged();
          }}
        />
      ) : (
        <SubjectForm onDone={onChanged} />
      )}
      {subjects.value.length === 0 ? <p className="muted">{t('subjects.empty')}</p> : null}
      <table className="table">
        <thead>
          <tr>
            <th>{t('subjects.order')}</th>
            <th>{t('subjects.nameKy')}</th>
            <th>{t('subjects.nameRu')}</th>
            <th>{t('subjects.shortKy')}</th>
            <th>{t('subjects.shortRu')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {subjects.value.map((s) => (
            <tr key={s.id} data-subject={s.nameRu} className={s.active ? '' : 'inactive'}>
              <td>{s.sortOrder}</td>
              <td>{s.nameKy}</td>
              <td>{s.nameRu}</td>
              <td>{s.shortKy ?? ''}</td>
              <td>
                {s.shortRu ?? ''}
                {s.active ? null : <div className="muted">{t('subjects.inactive')}</div>}
              </td>
              <td>
                <button type="button" onClick={() => setEditing(s)} aria-label={`${t('structure.edit')} ${s.nameKy}`}>
                  {t('structure.edit')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
