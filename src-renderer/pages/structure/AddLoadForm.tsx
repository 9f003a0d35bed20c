import { useState, type FormEvent } from 'react';
import type { LoadRow, StaffRow, SubjectRow } from '../../../src-main/api/contract/structure';
import { api } from '../../api/api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { useSubmit } from '../../components/useSubmit';
import { useI18n } from '../../i18n/i18n';
import { parseHours } from './hours';
import { SelectField } from './SelectField';
import { StaffSelect } from './StaffSelect';

/** A subject for the chosen class: its teacher and hours a week. */
export function AddLoadForm({
  classId,
  subjects,
  staff,
  onAdded,
}: {
  classId: number;
  subjects: SubjectRow[];
  staff: StaffRow[];
  onAdded(): void;
}) {
  const { t, lang } = useI18n();
  const [subjectId, setSubjectId] = useState<number | null>(null);
  const [teacher, setTeacher] = useState<number | null>(null);
  const [hours, setHours] = useState('');
  const { busy, error, run } = useSubmit<LoadRow>();

  async function submit(e: FormEvent) {
    e.preventDefault();
    const added = await run(() =>
      api()['load.create']({
        classId,
        // Left unchosen, the API says at the field that a subject is needed.
        subjectId: subjectId ?? 0,
        teacherId: teacher,
        hoursPerWeek: parseHours(hours),
      }),
    );
    if (!added) return;
    setSubjectId(null);
    setHours('');
    onAdded();
  }

  return (
    <form className="panel" onSubmit={submit} noValidate aria-label={t('load.add')}>
      <h2>{t('load.add')}</h2>
      <fieldset disabled={busy} className="grid-2">
        <SelectField label={t('load.subject')} path="subjectId" error={error}>
          {(id) => (
            <select
              id={id}
              value={subjectId ?? ''}
              onChange={(e) => setSubjectId(e.target.value === '' ? null : Number(e.target.value))}
            >
              <option value="">{t('structure.none')}</option>
              {subjects
                .filter((s) => s.active)
                .map((s) => (
                  <option key={s.id} value={s.id}>
                    {lang === 'ru' ? s.nameRu : s.nameKy}
                  </option>
                ))}
            </select>
          )}
        </SelectField>
        <SelectField label={t('load.teacher')} path="teacherId" error={error}>
          {(id) => <StaffSelect id={id} staff={staff} value={teacher} onChange={setTeacher} />}
        </SelectField>
        <Field
          label={t('load.hours')}
          path="hoursPerWeek"
          inputMode="decimal"
          value={hours}
          onChange={setHours}
          error={error}
          required
        />
      </fieldset>
      <ErrorNotice error={error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('common.working') : t('load.add')}
        </button>
      </div>
    </form>
  );
}
