import type { ApiErrorBody } from '../../../src-main/api/contract';
import type { DateRange, YearDates } from '../../../src-main/api/contract/calendar';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/i18n';
import { DateRangeFields } from '../calendar/DateRangeFields';
import { HolidaysEditor } from '../calendar/HolidaysEditor';

/** The new year's title and dates, pre-filled with the closed year's a year on; the calendar's own fields. */
export function NextYearFields({
  value,
  onChange,
  error,
}: {
  value: YearDates;
  onChange(next: YearDates): void;
  error: ApiErrorBody | null;
}) {
  const { t } = useI18n();
  const setRange = (key: 'quarters' | 'halfYears', i: number) => (next: DateRange) =>
    onChange({ ...value, [key]: value[key].map((r, j) => (j === i ? next : r)) });
  return (
    <fieldset>
      <legend>{t('yearEnd.roll.dates')}</legend>
      <p className="muted">{t('yearEnd.roll.datesLead')}</p>
      <Field
        label={t('years.name')}
        path="title"
        value={value.title}
        onChange={(title) => onChange({ ...value, title })}
        error={error}
        required
      />
      <DateRangeFields
        title={t('years.yearDates')}
        path=""
        value={{ startsOn: value.startsOn, endsOn: value.endsOn }}
        onChange={(r) => onChange({ ...value, ...r })}
        error={error}
      />
      {value.quarters.map((q, i) => (
        <DateRangeFields
          key={`q${i}`}
          title={t('years.quarter', { number: i + 1 })}
          path={`quarters.${i}`}
          value={q}
          onChange={setRange('quarters', i)}
          error={error}
        />
      ))}
      {value.halfYears.map((h, i) => (
        <DateRangeFields
          key={`h${i}`}
          title={t('years.halfYear', { number: i + 1 })}
          path={`halfYears.${i}`}
          value={h}
          onChange={setRange('halfYears', i)}
          error={error}
        />
      ))}
      <HolidaysEditor
        holidays={value.holidays}
        onChange={(holidays) => onChange({ ...value, holidays })}
        error={error}
        defaultDate={value.startsOn}
      />
    </fieldset>
  );
}
