import { roles, type Role } from '../../../src-main/api/contract';
import { useI18n } from '../../i18n/i18n';

export function RoleSelect({
  value,
  onChange,
  id,
  disabled,
}: {
  value: Role;
  onChange(role: Role): void;
  id?: string;
  disabled?: boolean;
}) {
  const { t } = useI18n();
  return (
    <select id={id} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value as Role)}>
      {roles.map((r) => (
        <option key={r} value={r}>
          {t(`role.${r}`)}
        </option>
      ))}
    </select>
  );
}
