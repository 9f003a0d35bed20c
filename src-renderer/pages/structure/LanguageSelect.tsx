import { instructionLanguages, type InstructionLanguage } from '../../../src-main/api/contract/structure';
import { useI18n } from '../../i18n/i18n';

export function LanguageSelect({
  id,
  label,
  value,
  onChange,
}: {
  id?: string;
  label?: string;
  value: InstructionLanguage;
  onChange(v: InstructionLanguage): void;
}) {
  const { t } = useI18n();
  return (
    <select id={id} aria-label={label} value={value} onChange={(e) => onChange(e.target.value as InstructionLanguage)}>
      {instructionLanguages.map((l) => (
        <option key={l} value={l}>
          {t(`language.${l}`)}
        </option>
      ))}
    </select>
  );
}

export function ShiftSelect({
  id,
  label,
  value,
  onChange,
}: {
  id?: string;
  label?: string;
  value: 1 | 2;
  onChange(v: 1 | 2): void;
}) {
  const { t } = useI18n();
  return (
    <select id={id} aria-label={label} value={value} onChange={(e) => onChange(e.target.value === '2' ? 2 : 1)}>
      {[1, 2].map((s) => (
        <option key={s} value={s}>
          {t('classes.shiftN', { shift: s })}
        </option>
      ))}
    </select>
  );
}
