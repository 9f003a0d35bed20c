import type { TeacherSlotRow, TimetableSlotRow } from '../../../src-main/api/contract/timetable';
import { useI18n } from '../../i18n/i18n';
import { lessonRows } from './draft';
import { slotText } from './labels';
import { WeekTable } from './WeekTable';

/** A week to read: each cell its subject (and subgroup), teacher and room; a teacher's own week has the class instead. */
export function WeekView({
  caption,
  slots,
  withClass = false,
}: {
  caption: string;
  slots: (TimetableSlotRow | TeacherSlotRow)[];
  withClass?: boolean;
}) {
  const i18n = useI18n();
  return (
    <WeekTable
      caption={caption}
      lessons={lessonRows(slots)}
      cell={(d, n) =>
        slots
          .filter((s) => s.weekday === d && s.lessonNumber === n)
          .map((s) => {
            const { subject, detail } = slotText(s, i18n, !withClass);
            return (
              <div key={s.slotId} className="tt-slot">
                {withClass && 'className' in s ? <strong>{s.className} </strong> : null}
                <span>{subject}</span>
                <span className="muted tt-detail">{detail}</span>
              </div>
            );
          })
      }
    />
  );
}
