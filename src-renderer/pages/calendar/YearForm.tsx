import { useState, type FormEvent } from 'react';
import type { YearDates, YearRow } from '../../../src-main/api/contract/calendar';
import { api } from '../../api/api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { useSubmit } from '../../components/useSubmit';
import { useI18n } from '../../i18n/i18n';
import { DateRangeFields } from './DateRangeFields';
import { HolidaysEditor } from './HolidaysEditor';
import { withLocalDates } from './localized-error';

/** The dates of a row, as the form edits them (ids dropped: periods are matched by their number). */
export function datesOf(year: YearRow): YearDates {
  const range = ({ startsOn, endsOn }: { startsOn: string; endsOn: string }) => ({ startsOn, endsOn });
  return {
    title: year.title,
    startsOn: year.startsOn,
    endsOn: year.endsOn,
    quarters: year.quarters.map(range),
    halfYears: year.halfYears.map(range),
    holidays: year.holidays.map(({ title, startsOn, endsOn }) => ({ title, startsOn, endsOn })),
  };
}

/**
 * A new year (`yearId` absent) or an existing one: title, the year's dates, four quarters, two
 * half-years and holidays. A closed year is shown with every input disabled.
 */
export function YearForm({
  initial,
  yearId,
  readOnly = false,
  onSaved,
  onCancel,
}: {
  initial: YearDates;
  yearId?: number;
  readOnly?: boolean;
  onSaved(year: YearRow): void;
  onCancel?: () => void;
}) {
  const { t, format } = useI18n();
  const [form, setForm] = useState<YearDates>(initial);
  const [makeCurrent, setMakeCurrent] = useState(false);
  const { busy, error: rawError, run } = useSubmit<YearRow>();
  const error = withLocalDates(rawError, format.date);
  const heading = yearId === undefined ? t('years.add') : t('years.editing', { title: initial.title });

  async function submit(e: FormEvent) {
    e.preventDefault();
    const saved = await run(() =>
      yearId === undefined
        ? api()['years.create']({ ...form, makeCurrent })
        : api()['years.update']({ yearId, ...form }),
    );
    if (saved) onSaved(saved);
  }

  const setRange = (key: 'quarters' | 'halfYears', i: number) => (next: YearDates['quarters'][number]) =>
    setForm((f) => ({ ...f, [key]: f[key].map((r, j) => (j === i ? next : r)) }));

  return (
    <form className="panel" onSubmit={submit} noValidate aria-label={heading}>
      <h2>{heading}</h2>
      {yearId === undefined ? <p className="muted">{t('years.addLead')}</p> : null}
      {readOnly ? <p className="notice notice-info">{t('years.readOnly')}</p> : null}
      <fieldset disabled={busy || readOnly}>
        <Field
          label={t('years.name')}
          path="title"
          value={form.title}
          onChange={(title) => setForm((f) => ({ ...f, title }))}
          error={error}
          required
        />
        <DateRangeFields
          title={t('years.yearDates')}
          path=""
          value={{ startsOn: form.startsOn, endsOn: form.endsOn }}
          onChange={(r) => setForm((f) => ({ ...f, ...r }))}
          error={error}
        />
        <h3>{t('years.periods')}</h3>
        {form.quarters.map((q, i) => (
          <DateRangeFields
            key={`q${i}`}
            title={t('years.quarter', { number: i + 1 })}
            path={`quarters.${i}`}
            value={q}
            onChange={setRange('quarters', i)}
            error={error}
          />
        ))}
        {form.halfYears.map((h, i) => (
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
          holidays={form.holidays}
          onChange={(holidays) => setForm((f) => ({ ...f, holidays }))}
          error={error}
          defaultDate={form.startsOn}
        />
        {yearId === undefined ? (
          <label className="checkbox">
            <input type="checkbox" checked={makeCurrent} onChange={(e) => setMakeCurrent(e.target.checked)} />
            {t('years.makeCurrentOnCreate')}
          </label>
        ) : null}
      </fieldset>
      <ErrorNotice error={error} />
      {readOnly ? null : (
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('common.working') : t('common.save')}
          </button>
          {onCancel ? (
            <button type="button" onClick={onCancel}>
              {t('common.cancel')}
            </button>
          ) : null}
        </div>
      )}
    </form>
  );
}
