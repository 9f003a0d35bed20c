import type { ApiErrorBody } from '../../../src-main/api/contract';
import type { DateRange } from '../../../src-main/api/contract/calendar';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/i18n';

/** A period's two dates, labelled "<period>: <start or end>" so each input says which date it is. */
export function DateRangeFields({
  title,
  path,
  value,
  onChange,
  error,
}: {
  title: string;
  /** Where the range sits in the call's input, e.g. `quarters.1`; empty for the year's own dates. */
  path: string;
  value: DateRange;
  onChange(next: DateRange): void;
  error: ApiErrorBody | null;
}) {
  const { t } = useI18n();
  // The year's own dates sit at the top of the input (`startsOn`), the periods' under their path.
  const at = (key: string) => (path ? `${path}.${key}` : key);
  return (
    <fieldset className="grid-2">
      <legend>{title}</legend>
      <Field
        type="date"
        label={`${title}: ${t('years.startsOn')}`}
        path={at('startsOn')}
        value={value.startsOn}
        onChange={(startsOn) => onChange({ ...value, startsOn })}
        error={error}
        required
      />
      <Field
        type="date"
        label={`${title}: ${t('years.endsOn')}`}
        path={at('endsOn')}
        value={value.endsOn}
        onChange={(endsOn) => onChange({ ...value, endsOn })}
        error={error}
        required
      />
    </fieldset>
  );
}
