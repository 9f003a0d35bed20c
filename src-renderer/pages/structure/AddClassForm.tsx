import { useState, type FormEvent } from 'react';
import type { ClassRow, InstructionLanguage, StaffRow } from '../../../src-main/api/contract/structure';
import { api } from '../../api/api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { useSubmit } from '../../components/useSubmit';
import { useI18n } from '../../i18n/i18n';
import { LanguageSelect, ShiftSelect } from './LanguageSelect';
import { SelectField } from './SelectField';
import { StaffSelect } from './StaffSelect';

/** A new class of the current year, typed as people write it ("7B" with a Latin B, "7 v"). */
export function AddClassForm({ staff, onAdded }: { staff: StaffRow[]; onAdded(c: ClassRow): void }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [language, setLanguage] = useState<InstructionLanguage>('ky');
  const [shift, setShift] = useState<1 | 2>(1);
  const [teacher, setTeacher] = useState<number | null>(null);
  const { busy, error, run } = useSubmit<ClassRow>();

  async function submit(e: FormEvent) {
    e.preventDefault();
    const added = await run(() => api()['classes.create']({ name, language, shift, classTeacherId: teacher }));
    if (!added) return;
    setName('');
    setTeacher(null);
    onAdded(added);
  }

  return (
    <form className="panel" onSubmit={submit} noValidate aria-label={t('classes.add')}>
      <h2>{t('classes.add')}</h2>
      <fieldset disabled={busy} className="grid-2">
        <Field
          label={t('classes.name')}
          path="name"
          value={name}
          onChange={setName}
          error={error}
          hint={t('classes.nameHint')}
          required
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
          {busy ? t('common.working') : t('classes.add')}
        </button>
      </div>
    </form>
  );
}
