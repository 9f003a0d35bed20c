import type { ApiErrorBody } from '../../../src-main/api/contract';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/i18n';
import { emptyGuardian, type GuardianForm } from './card-state';

export function GuardiansEditor({
  guardians,
  onChange,
  error,
}: {
  guardians: GuardianForm[];
  onChange(guardians: GuardianForm[]): void;
  error: ApiErrorBody | null;
}) {
  const { t } = useI18n();
  const set = (i: number, key: keyof GuardianForm) => (value: string) =>
    onChange(guardians.map((g, j) => (j === i ? { ...g, [key]: value } : g)));
  return (
    <fieldset>
      <legend>{t('students.guardians')}</legend>
      {guardians.map((g, i) => (
        <div className="grid-2 guardian" key={i} role="group" aria-label={`${t('students.guardians')} ${i + 1}`}>
          <Field
            label={t('students.guardianName')}
            path={`guardians.${i}.fullName`}
            value={g.fullName}
            onChange={set(i, 'fullName')}
            error={error}
          />
          <Field
            label={t('students.relation')}
            path={`guardians.${i}.relation`}
            value={g.relation}
            onChange={set(i, 'relation')}
            error={error}
          />
          <Field
            label={t('students.phone')}
            path={`guardians.${i}.phone`}
            type="tel"
            value={g.phone}
            onChange={set(i, 'phone')}
            error={error}
          />
          <div className="actions">
            <button type="button" onClick={() => onChange(guardians.filter((_, j) => j !== i))}>
              {t('students.removeGuardian')}
            </button>
          </div>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...guardians, emptyGuardian])} disabled={guardians.length >= 6}>
        {t('students.addGuardian')}
      </button>
    </fieldset>
  );
}
