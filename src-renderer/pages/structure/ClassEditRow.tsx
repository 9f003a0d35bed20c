import { useState, type FormEvent } from 'react';
import type { ClassRow, StaffRow } from '../../../src-main/api/contract/structure';
import { api } from '../../api/api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { useSubmit } from '../../components/useSubmit';
import { useI18n } from '../../i18n/i18n';
import { LanguageSelect, ShiftSelect } from './LanguageSelect';
import { SelectField } from './SelectField';
import { StaffSelect } from './StaffSelect';

/** Letter, language, shift and class teacher of one class, edited in place of its row. */
export function ClassEditRow({
  row,
  staff,
  onDone,
}: {
  row: ClassRow;
  staff: StaffRow[];
  onDone(changed: boolean): void;
}) {
  const { t } = useI18n();
  const [letter, setLetter] = useState(row.letter);
  const [language, setLanguage] = useState(row.language);
  const [shift, setShift] = useState<1 | 2>(row.shift === 2 ? 2 : 1);
  const [teacher, setTeacher] = useState(row.classTeacher?.staffId ?? null);
  const { busy, error, run } = useSubmit<ClassRow>();

  async function submit(e: FormEvent) {
    e.preventDefault();
    const saved = await run(() =>
      api()['classes.update']({ classId: row.id, letter, language, shift, classTeacherId: teacher }),
    );
    if (saved) onDone(true);
  }

  return (
    <tr>
      <td colSpan={6}>
        <form onSubmit={submit} noValidate aria-label={`${t('structure.edit')} ${row.name}`}>
          <fieldset disabled={busy} className="grid-2">
            <Field
              label={t('classes.letter')}
              path="letter"
              value={letter}
              onChange={setLetter}
              error={error}
              autoFocus
            />
            <SelectField label={t('classes.language')} path="language" error={error}>
              {(id) => <LanguageSelect id={id} value={language} onChange={setLanguage} />}
            </SelectField>
            <SelectField label={t('classes.shift')} path="shift" error={error}>
              {(id) => <ShiftSelect id={id} value={shift} onChange={setShift} />}
            </SelectField>
            <SelectField label={t('classes.teacher')} path="classTeacherId" error={error}>
              {(id) => <StaffSelect id={id} staff={staff} value={teacher} onChange={setTeacher} />}
            </SelectField>
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
      </td>
    </tr>
  );
}
