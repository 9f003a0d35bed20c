import { useState } from 'react';
import type { ApiErrorBody } from '../../../src-main/api/contract';
import type { ClassRow, StaffRow } from '../../../src-main/api/contract/structure';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useI18n } from '../../i18n/i18n';
import { AddClassForm } from './AddClassForm';
import { ClassEditRow } from './ClassEditRow';

/** The current year's classes: the list, a new class, and one class's details edited in its row. */
export function ClassesSection({
  classes,
  staff,
  onChanged,
}: {
  classes: { value: ClassRow[]; error: ApiErrorBody | null };
  staff: StaffRow[];
  onChanged(): void;
}) {
  const { t } = useI18n();
  const [editing, setEditing] = useState<number | null>(null);
  return (
    <section aria-label={t('structure.classes')}>
      <AddClassForm staff={staff} onAdded={onChanged} />
      <ErrorNotice error={classes.error} />
      <p className="muted">{t('classes.count', { count: classes.value.length })}</p>
      {classes.value.length === 0 ? <p className="muted">{t('classes.empty')}</p> : null}
      <table className="table">
        <thead>
          <tr>
            <th>{t('classes.name')}</th>
            <th>{t('classes.language')}</th>
            <th>{t('classes.shift')}</th>
            <th>{t('classes.teacher')}</th>
            <th>{t('classes.pupils')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {classes.value.map((c) =>
            editing === c.id ? (
              <ClassEditRow
                key={c.id}
                row={c}
                staff={staff}
                onDone={(changed) => {
                  setEditing(null);
                  if (changed) onChanged();
                }}
              />
            ) : (
              <tr key={c.id} data-class={c.name}>
                <td>{c.name}</td>
                <td>{t(`language.${c.language}`)}</td>
                <td>{c.shift}</td>
                <td>{c.classTeacher?.fullName ?? t('structure.none')}</td>
                <td>{c.pupilCount}</td>
                <td>
                  <button
                    type="button"
                    onClick={() => setEditing(c.id)}
                    aria-label={`${t('structure.edit')} ${c.name}`}
                  >
                    {t('structure.edit')}
                  </button>
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
    </section>
  );
}
