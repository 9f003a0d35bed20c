import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n';
import { weekdays } from './draft';

/** A school week as a table: lessons down, Monday to Saturday across; what a cell holds is the caller's. */
export function WeekTable({
  caption,
  lessons,
  cell,
}: {
  caption: string;
  lessons: number[];
  cell(weekday: number, lessonNumber: number): ReactNode;
}) {
  const { t } = useI18n();
  return (
    <div className="tt-scroll">
      <table className="table tt-week">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('timetable.lesson')}</th>
            {weekdays.map((d) => (
              <th key={d} scope="col">
                {t(`timetable.weekday.${d}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {lessons.map((n) => (
            <tr key={n}>
              <th scope="row">{n}</th>
              {weekdays.map((d) => (
                <td key={d}>{cell(d, n)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
