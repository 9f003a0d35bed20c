import { useId } from 'react';
import { useI18n } from '../../i18n/i18n';
import { parseValue, type Entry } from './draft';
import type { SubjectOption } from './labels';

/**
 * One weekday and lesson: a subject (or a subgroup) and its room. A subgroup's lesson may take
 * another subgroup beside it (a split lesson), each with its own room.
 */
export function CellEditor({
  weekday,
  lessonNumber,
  entries,
  options,
  messages,
  onChange,
}: {
  weekday: number;
  lessonNumber: number;
  entries: Entry[];
  options: SubjectOption[];
  /** The API's messages for each entry, in entry order. */
  messages: string[][];
  onChange(entries: Entry[]): void;
}) {
  const { t } = useI18n();
  const id = useId();
  const shown = entries.length ? entries : [{ value: '', room: '' }];
  const where = { day: t(`timetable.weekday.${weekday}`), number: lessonNumber };
  const set = (i: number, change: Partial<Entry>) => onChange(shown.map((e, j) => (j === i ? { ...e, ...change } : e)));
  // Another subgroup may join while the subject of the last entry has a subgroup not in the cell yet.
  const last = parseValue(shown[shown.length - 1]?.value ?? '');
  const canAddGroup =
    last?.subgroupId != null &&
    options.filter((o) => parseValue(o.value)?.classSubjectId === last.classSubjectId).length - 1 >
      shown.filter((e) => parseValue(e.value)?.classSubjectId === last.classSubjectId).length;

  return (
    <div className="tt-cell">
      {shown.map((entry, i) => {
        const own = messages[i] ?? [];
        const base = `${id}-${i}`;
        return (
          <div key={i} className={own.length ? 'tt-entry field-invalid' : 'tt-entry'}>
            <label htmlFor={`${base}-s`} className="tt-hidden">
              {t(i === 0 ? 'timetable.cellSubject' : 'timetable.cellGroup', where)}
            </label>
            <select
              id={`${base}-s`}
              value={entry.value}
              aria-invalid={own.length > 0}
              aria-describedby={own.length ? `${base}-e` : undefined}
              onChange={(e) => set(i, { value: e.target.value })}
            >
              <option value="">{t('timetable.noLesson')}</option>
              {options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
            <label htmlFor={`${base}-r`} className="tt-hidden">
              {t(i === 0 ? 'timetable.cellRoom' : 'timetable.cellGroupRoom', where)}
            </label>
            <input
              id={`${base}-r`}
              className="tt-room"
              value={entry.room}
              maxLength={20}
              placeholder={t('timetable.roomPlaceholder')}
              disabled={entry.value === ''}
              onChange={(e) => set(i, { room: e.target.value })}
            />
            {i > 0 ? (
              <button
                type="button"
                className="link"
                aria-label={t('timetable.removeGroupLabel', where)}
                onClick={() => onChange(shown.filter((_, j) => j !== i))}
              >
                {t('timetable.removeGroup')}
              </button>
            ) : null}
            {own.length ? (
              <span id={`${base}-e`} className="field-error">
                {own.join(' ')}
              </span>
            ) : null}
          </div>
        );
      })}
      {canAddGroup ? (
        <button
          type="button"
          className="link"
          aria-label={t('timetable.addGroupLabel', where)}
          onClick={() => onChange([...shown, { value: '', room: '' }])}
        >
          {t('timetable.addGroup')}
        </button>
      ) : null}
    </div>
  );
}
