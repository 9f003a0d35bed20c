import { useState, type FormEvent } from 'react';
import type { ApiErrorBody } from '../../../src-main/api/contract';
import type { LoadRow } from '../../../src-main/api/contract/structure';
import type { ClassTimetable, SavedTimetable, TimetableWarnings } from '../../../src-main/api/contract/timetable';
import { api } from '../../api/api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { useSubmit } from '../../components/useSubmit';
import { useI18n } from '../../i18n/i18n';
import { CellEditor } from './CellEditor';
import { cellKey, draftOf, lessonRows, payloadOf, type Draft } from './draft';
import { subjectOptions } from './labels';
import { WeekTable } from './WeekTable';

/** The ISO dates of a field's parameters shown as the reader writes them. */
function withLocalDates(error: ApiErrorBody | null, date: (iso: string) => string): ApiErrorBody | null {
  if (!error?.fields) return error;
  const fields = error.fields.map((f) => ({
    ...f,
    ...(f.params
      ? {
          params: Object.fromEntries(
            Object.entries(f.params).map(([k, v]) => [
              k,
              typeof v === 'string' && /^\d{4}-\d\d-\d\d$/.test(v) ? date(v) : v,
            ]),
          ),
        }
      : {}),
  }));
  return { ...error, fields };
}

/**
 * The deputy's editor of a class's week: a grid of selects and rooms, a start date, a check that
 * shows the warnings before anything is written, and the save. Mounted afresh for every week shown.
 */
export function WeekEditor({
  week,
  load,
  onChecked,
  onSaved,
}: {
  week: ClassTimetable;
  load: LoadRow[];
  onChecked(warnings: TimetableWarnings): void;
  onSaved(saved: SavedTimetable): void;
}) {
  const i18n = useI18n();
  const { t, format } = i18n;
  const [draft, setDraft] = useState<Draft>(() => draftOf(week.slots));
  const [dirty, setDirty] = useState(false);
  const clamp = (d: string) =>
    d < week.year.startsOn ? week.year.startsOn : d > week.year.endsOn ? week.year.endsOn : d;
  const [validFrom, setValidFrom] = useState(() => clamp(week.on));
  const [origin, setOrigin] = useState<{ key: string; entry: number }[]>([]);
  const checking = useSubmit<TimetableWarnings>();
  const saving = useSubmit<SavedTimetable>();
  const error = withLocalDates(saving.error ?? checking.error, format.date);
  const options = subjectOptions(load, i18n);
  const busy = checking.busy || saving.busy;

  function request() {
    const { slots, origin: from } = payloadOf(draft);
    setOrigin(from);
    return { classId: week.classId, validFrom, slots };
  }
  async function check() {
    saving.setError(null);
    const warnings = await checking.run(() => api()['timetable.check'](request()));
    if (warnings) onChecked(warnings);
  }
  async function save(e: FormEvent) {
    e.preventDefault();
    checking.setError(null);
    const saved = await saving.run(() => api()['timetable.save'](request()));
    if (saved) onSaved(saved);
  }

  /** The API's messages for each entry of a cell (paths are `slots.<index>.<field>`). */
  function messagesOf(key: string): string[][] {
    const out: string[][] = [];
    for (const f of error?.fields ?? []) {
      const match = /^slots\.(\d+)\./.exec(f.path);
      const at = match ? origin[Number(match[1])] : undefined;
      if (at?.key === key) (out[at.entry] ??= []).push(t(f.message, f.params));
    }
    return out;
  }
  const cellErrors = (error?.fields ?? []).flatMap((f) => {
    const match = /^slots\.(\d+)\./.exec(f.path);
    const at = match ? origin[Number(match[1])] : undefined;
    if (!at) return [];
    const [day, number] = at.key.split('.');
    return [
      `${t('timetable.cell', { day: t(`timetable.weekday.${day}`), number: number ?? '' })}: ${t(f.message, f.params)}`,
    ];
  });

  return (
    <form onSubmit={save} noValidate aria-label={t('timetable.save')}>
      <WeekTable
        caption={t('timetable.week', { class: week.className, date: format.date(week.on) })}
        lessons={lessonRows(week.slots)}
        cell={(d, n) => (
          <CellEditor
            weekday={d}
            lessonNumber={n}
            entries={draft[cellKey(d, n)] ?? []}
            options={options}
            messages={messagesOf(cellKey(d, n))}
            onChange={(entries) => {
              setDraft({ ...draft, [cellKey(d, n)]: entries });
              setDirty(true);
            }}
          />
        )}
      />
      <div className="panel tt-save">
        <Field
          label={t('timetable.validFrom')}
          path="validFrom"
          type="date"
          min={week.year.startsOn}
          max={week.year.endsOn}
          value={validFrom}
          onChange={setValidFrom}
          error={error}
          hint={t('timetable.validFromHint')}
          required
        />
        <ErrorNotice error={error} />
        {cellErrors.length ? (
          <ul className="field-error-list" aria-label={t('timetable.cellErrors')}>
            {cellErrors.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        ) : null}
        {dirty ? (
          <p className="muted" role="status">
            {t('timetable.unsaved')}
          </p>
        ) : null}
        <div className="actions">
          <button type="button" disabled={busy} onClick={() => void check()}>
            {checking.busy ? t('common.working') : t('timetable.check')}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {saving.busy ? t('common.working') : t('timetable.save')}
          </button>
        </div>
      </div>
    </form>
  );
}
