import { useId } from 'react';
import type { ApiErrorBody } from '../../../src-main/api/contract';
import type { Sex } from '../../../src-main/api/contract/students';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/i18n';
import { PersonNameFields } from '../../components/PersonNameFields';
import type { CardForm } from './card-state';

/** The card's own fields; their paths (`card.pin`…) match the API's, so refusals land beside them. */
export function CardFields({
  form,
  onChange,
  error,
}: {
  form: CardForm;
  onChange(form: CardForm): void;
  error: ApiErrorBody | null;
}) {
  const { t } = useI18n();
  const sexId = useId();
  const set = (key: keyof CardForm) => (value: string) => onChange({ ...form, [key]: value });
  return (
    <div className="grid-2">
      <PersonNameFields value={form} onChange={(key, text) => set(key)(text)} prefix="card." error={error} autoFocus />
      <Field
        label={t('students.birthDate')}
        path="card.birthDate"
        type="date"
        value={form.birthDate}
        onChange={set('birthDate')}
        error={error}
      />
      <div className="field">
        <label htmlFor={sexId}>{t('students.sex')}</label>
        <select id={sexId} value={form.sex} onChange={(e) => onChange({ ...form, sex: e.target.value as '' | Sex })}>
          <option value="">{t('students.sex.none')}</option>
          <option value="m">{t('students.sex.m')}</option>
          <option value="f">{t('students.sex.f')}</option>
        </select>
      </div>
      <Field
        label={t('students.pin')}
        path="card.pin"
        value={form.pin}
        onChange={set('pin')}
        error={error}
        inputMode="numeric"
        maxLength={14}
      />
      <Field
        label={t('students.address')}
        path="card.address"
        value={form.address}
        onChange={set('address')}
        error={error}
      />
    </div>
  );
}
