import type { StaffRow } from '../../../src-main/api/contract/structure';
import { useI18n } from '../../i18n/i18n';

/** A member of staff, or nobody yet ("—"). */
export function StaffSelect({
  id,
  label,
  staff,
  value,
  onChange,
}: {
  id?: string;
  /** Given when no visible <label> points at the select. */
  label?: string;
  staff: StaffRow[];
  value: number | null;
  onChange(staffId: number | null): void;
}) {
  const { t } = useI18n();
  return (
    <select
      id={id}
      aria-label={label}
      value={value ?? ''}
      onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
    >
      <option value="">{t('structure.none')}</option>
      {staff.map((s) => (
        <option key={s.staffId} value={s.staffId}>
          {s.fullName}
          {s.position ? ` (${s.position})` : ''}
        </option>
      ))}
    </select>
  );
}
