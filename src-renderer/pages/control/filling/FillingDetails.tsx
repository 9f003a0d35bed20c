import type { FillingLessonRef, FillingLine } from '../../../../src-main/api/contract/control-filling';
import type { MessageKey } from '../../../i18n/catalogs';
import { useI18n } from '../../../i18n/i18n';
import { useNavigate } from '../../../navigation';

/** The dates and names behind one line's numbers; each date opens the journal page on it. */
export function FillingDetails({ line }: { line: FillingLine }) {
  const { t, format } = useI18n();
  const navigate = useNavigate();
  const open = (date: string) =>
    navigate({
      view: 'journal',
      journal: { classSubjectId: line.classSubjectId, subgroupId: line.subgroupId, date },
    });
  const dates = (key: MessageKey, refs: FillingLessonRef[]) =>
    refs.length ? (
      <div className="filling-dates">
        <span>{t(key)}:</span>{' '}
        {refs.map((r) => (
          <button
            key={`${r.date}:${r.lessonNumber ?? ''}:${r.lessonId ?? ''}`}
            type="button"
            className="link"
            onClick={() => open(r.date)}
          >
            {format.date(r.date)}
            {r.lessonNumber ? ` (${r.lessonNumber})` : ''}
          </button>
        ))}
      </div>
    ) : null;
  const names = (key: MessageKey, pupils: FillingLine['noMarks']) =>
    pupils.length ? (
      <p>
        {t(key)}: {pupils.map((p) => p.fullName).join(', ')}
      </p>
    ) : null;
  return (
    <div className="filling-details">
      {dates('filling.missingDates', line.missing)}
      {dates('filling.noTopicDates', line.noTopic)}
      {dates('filling.noHomeworkDates', line.noHomework)}
      {dates('filling.lateMarkDates', line.lateMarks)}
      {dates('filling.lateAttendanceDates', line.lateAttendance)}
      {names('filling.noMarksNames', line.noMarks)}
      {names('filling.oneMarkNames', line.oneMark)}
    </div>
  );
}
