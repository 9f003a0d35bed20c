import { useCallback } from 'react';
import type { TeacherWeek } from '../../../src-main/api/contract/timetable';
import { api } from '../../api/api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useI18n } from '../../i18n/i18n';
import { useFetched } from './useFetched';
import { WeekView } from './WeekView';

/**
 * A teacher's own lessons in every class, by the week in force on the chosen date. A teacher of both
 * shifts gets a table for each: lesson 1 of the second shift is in the afternoon.
 */
export function MyWeek({ on }: { on: string | null }) {
  const { t, format } = useI18n();
  const fetch = useCallback(() => api()['timetable.ofTeacher'](on ? { on } : {}), [on]);
  const { value: week, error } = useFetched<TeacherWeek | null>(fetch, null);
  const shifts = [...new Set(week?.slots.map((s) => s.shift))].sort();
  const caption = (shift: number) =>
    [week?.fullName, format.date(week?.on ?? ''), ...(shifts.length > 1 ? [t('timetable.shift', { shift })] : [])].join(
      ', ',
    );
  return (
    <section aria-label={t('timetable.myWeek')}>
      <h2>{t('timetable.myWeek')}</h2>
      <ErrorNotice error={error} />
      {week?.slots.length === 0 ? <p className="muted">{t('timetable.myWeekEmpty')}</p> : null}
      {shifts.map((shift) => (
        <WeekView
          key={shift}
          caption={caption(shift)}
          slots={week?.slots.filter((s) => s.shift === shift) ?? []}
          withClass
        />
      ))}
    </section>
  );
}
