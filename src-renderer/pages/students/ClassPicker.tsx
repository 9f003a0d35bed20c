import { useId } from 'react';
import type { ClassChoice } from '../../../src-main/api/contract/students';
import { useI18n } from '../../i18n/i18n';

/** A plain select: reachable by Tab, chosen by typing the grade or with the arrow keys. */
export function ClassPicker({
  classes,
  value,
  onChange,
  label,
  exclude,
}: {
  classes: ClassChoice[];
  value: number | null;
  onChange(classId: number | null): void;
  label: string;
  exclude?: number;
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
      >
        <option value="">{t('students.pickClass')}</option>
        {classes
          .filter((c) => c.classId !== exclude)
          .map((c) => (
            <option key={c.classId} value={c.classId}>
              {t('students.classOption', { name: c.name, count: c.pupils })}
            </option>
          ))}
      </select>
    </div>
  );
}
