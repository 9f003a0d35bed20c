import { useState, type FormEvent } from 'react';
import type { LoadRow, StaffRow } from '../../../src-main/api/contract/structure';
import { api } from '../../api/api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { useSubmit } from '../../components/useSubmit';
import { useI18n } from '../../i18n/i18n';
import { parseHours } from './hours';
import { SelectField } from './SelectField';
import { StaffSelect } from './StaffSelect';

/** A load line's teacher and hours; class and subject stay (lessons hang on them). */
export function LoadLineEditor({
  line,
  staff,
  onDone,
}: {
  line: LoadRow;
  staff: StaffRow[];
  onDone(changed: boolean): void;
}) {
  const { t, format } = useI18n();
  const [teacher, setTeacher] = useState(line.teacher?.staffId ?? null);
  const [hours, setHours] = useState(format.number(line.hoursPerWeek, Number.isInteger(line.hoursPerWeek) ? 0 : 1));
  const { busy, error, run } = useSubmit<LoadRow>();

  async function submit(e: FormEvent) {
    e.preventDefault();
    const saved = await run(() =>
      api()['load.update']({ classSubjectId: line.id, teacherId: teacher, hoursPerWeek: parseHours(hours) }),
    );
    if (saved) onDone(true);
  }

  return (
    <form onSubmit={submit} noValidate aria-label={`${t('structure.edit')}: ${line.subjectNameKy}`}>
      <fieldset disabled={busy} className="grid-2">
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
        />
      </fieldset>
      <ErrorNotice error={error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('common.save')}
        </button>
        <button type="button" onClick={() => onDone(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
