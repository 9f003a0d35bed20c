import type { ApiErrorBody } from '../../../src-main/api/contract';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/i18n';
import type { PeriodRulesDraft } from './drafts';
import { parseNumber, roundingExamples } from './numbers';

const kinds = ['half_up', 'threshold'] as const;

/** The rounding rule: half up, or up from a threshold; a live line shows what it does at its edge. */
export function RoundingFields({
  draft,
  onChange,
  error,
}: {
  draft: PeriodRulesDraft;
  onChange(change: Partial<PeriodRulesDraft>): void;
  error: ApiErrorBody | null;
}) {
  const { t, format } = useI18n();
  const rule =
    draft.rounding === 'half_up'
      ? ({ kind: 'half_up' } as const)
      : ({ kind: 'threshold', fraction: parseNumber(draft.fraction) } as const);
  const examples = roundingExamples(rule)
    .map(([mean, mark]) => `${format.number(mean, 2)} → ${mark}`)
    .join(' · ');
  return (
    <fieldset className="settings-rounding">
      <legend>{t('settings.rounding')}</legend>
      {kinds.map((kind) => (
        <label key={kind} className="checkbox">
          <input
            type="radio"
            name="periodMarkRules.rounding.kind"
            value={kind}
            checked={draft.rounding === kind}
            onChange={() => onChange({ rounding: kind })}
          />
          {t(`settings.rounding.${kind}`)}
        </label>
      ))}
      {draft.rounding === 'threshold' ? (
        <Field
          label={t('settings.fraction')}
          path="periodMarkRules.rounding.fraction"
          value={draft.fraction}
          onChange={(fraction) => onChange({ fraction })}
          error={error}
          hint={t('settings.fraction.hint')}
          inputMode="decimal"
          maxLength={4}
          className="settings-short"
        />
      ) : null}
      <p className="settings-example" aria-live="polite" data-testid="rounding-example">
        {examples ? t('settings.roundingExample', { examples }) : '\u00a0'}
      </p>
    </fieldset>
  );
}
