import type { ApiErrorBody } from '../../src-main/api/contract';
import { useI18n } from '../i18n/i18n';
import { Field } from './Field';

export interface PersonName {
  surname: string;
  name: string;
  patronymic: string;
}

/**
 * Surname, name and patronymic, the way every form asks them. `prefix` is where the name sits in
 * the call's input (`admin.`, `card.`), so each field shows its own messages.
 */
export function PersonNameFields({
  value,
  onChange,
  prefix = '',
  error = null,
  autoFocus = false,
}: {
  value: PersonName;
  onChange(key: keyof PersonName, text: string): void;
  prefix?: string;
  error?: ApiErrorBody | null;
  autoFocus?: boolean;
}) {
  const { t } = useI18n();
  return (
    <>
      <Field
        label={t('person.surname')}
        path={`${prefix}surname`}
        value={value.surname}
        onChange={(text) => onChange('surname', text)}
        error={error}
        autoFocus={autoFocus}
        required
      />
      <Field
        label={t('person.name')}
        path={`${prefix}name`}
        value={value.name}
        onChange={(text) => onChange('name', text)}
        error={error}
        required
      />
      <Field
        label={t('person.patronymic')}
        path={`${prefix}patronymic`}
        value={value.patronymic}
        onChange={(text) => onChange('patronymic', text)}
        error={error}
      />
    </>
  );
}
