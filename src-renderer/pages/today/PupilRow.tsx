import type { JournalPagePupil, MarkKindCode, MarkRow } from '../../../src-main/api/contract/journal';
import { useI18n } from '../../i18n/i18n';
import { pupilName } from '../journal/names';

/**
 * One pupil in the lesson: the absence toggle and one button per mark of the scale, large enough for a
 * thumb. The mark of the chosen kind shows pressed; pressing it again takes it away. Marks of other
 * kinds are listed beside the name so nothing in the cell is hidden.
 */
export function PupilRow({
  pupil,
  disabled,
  marks,
  absent,
  kind,
  buttons,
  onAbsent,
  onMark,
}: {
  pupil: JournalPagePupil;
  disabled: boolean;
  marks: MarkRow[];
  absent: 'absent' | 'late' | null;
  kind: MarkKindCode;
  buttons: string[];
  onAbsent(absent: boolean): void;
  onMark(value: string | null): void;
}) {
  const { t } = useI18n();
  const name = pupilName(pupil);
  const current = marks.find((m) => m.kind === kind)?.value ?? null;
  const others = marks.filter((m) => m.kind !== kind);
  return (
    <li className="today-pupil">
      <div className="today-name">
        <span>{name}</span>
        {others.length > 0 ? <span className="muted"> {others.map((m) => m.value).join(' ')}</span> : null}
      </div>
      <div className="today-buttons">
        <button
          type="button"
          className="today-absent"
          aria-pressed={absent === 'absent'}
          aria-label={t('today.absentLabel', { name })}
          disabled={disabled}
          onClick={() => onAbsent(absent !== 'absent')}
        >
          {absent === 'late' ? 'оп' : t('today.absent')}
        </button>
        {buttons.map((value) => (
          <button
            key={value}
            type="button"
            className="today-mark"
            aria-pressed={current === value}
            aria-label={t('today.markLabel', { name, value })}
            disabled={disabled}
            onClick={() => onMark(current === value ? null : value)}
          >
            {value}
          </button>
        ))}
      </div>
    </li>
  );
}
