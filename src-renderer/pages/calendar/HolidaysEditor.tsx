import type { ApiErrorBody } from '../../../src-main/api/contract';
import type { HolidayDates } from '../../../src-main/api/contract/calendar';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/i18n';

/** The year's holidays as rows of title, from, to; each can be removed, new ones added at the end. */
export function HolidaysEditor({
  holidays,
  onChange,
  error,
  defaultDate,
}: {
  holidays: HolidayDates[];
  onChange(next: HolidayDates[]): void;
  error: ApiErrorBody | null;
  /** A new row starts on this date (the year's first day), for the deputy to correct. */
  defaultDate: string;
}) {
  const { t } = useI18n();
  const set = (i: number, patch: Partial<HolidayDates>) =>
    onChange(holidays.map((h, j) => (j === i ? { ...h, ...patch } : h)));
  return (
    <fieldset>
      <legend>{t('years.holidays')}</legend>
      {holidays.length === 0 ? <p className="muted">{t('years.noHolidays')}</p> : null}
      {holidays.map((h, i) => (
        <div key={i} className="grid-2" data-holiday={i}>
          <Field
            label={`${t('years.holidayTitle')} ${i + 1}`}
            path={`holidays.${i}.title`}
            value={h.title}
            onChange={(title) => set(i, { title })}
            error={error}
          />
          <div className="actions">
            <button type="button" onClick={() => onChange(holidays.filter((_, j) => j !== i))}>
              {t('years.holidayRemove')}
            </button>
          </div>
          <Field
            type="date"
            label={`${t('years.holidayTitle')} ${i + 1}: ${t('years.startsOn')}`}
            path={`holidays.${i}.startsOn`}
            value={h.startsOn}
            onChange={(startsOn) => set(i, { startsOn })}
            error={error}
          />
          <Field
            type="date"
            label={`${t('years.holidayTitle')} ${i + 1}: ${t('years.endsOn')}`}
            path={`holidays.${i}.endsOn`}
            value={h.endsOn}
            onChange={(endsOn) => set(i, { endsOn })}
            error={error}
          />
        </div>
      ))}
      <button
        type="button"
        onClick={() => onChange([...holidays, { title: '', startsOn: defaultDate, endsOn: defaultDate }])}
      >
        {t('years.holidayAdd')}
      </button>
    </fieldset>
  );
}
