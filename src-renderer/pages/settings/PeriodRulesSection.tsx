import { useState } from 'react';
import { markKinds } from '../../../src-main/api/contract/journal';
import type { JournalSettings } from '../../../src-main/api/contract/settings';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/i18n';
import { periodRulesDraft, periodRulesValue, type PeriodRulesDraft } from './drafts';
import { KindChecks } from './KindChecks';
import { numberText, parseNumber } from './numbers';
import { PartForm } from './PartForm';
import { RoundingFields } from './RoundingFields';

type DayKey = 'openDaysBefore' | 'closeDaysAfter' | 'yearCloseDaysAfter';
const dayKeys: DayKey[] = ['openDaysBefore', 'closeDaysAfter', 'yearCloseDaysAfter'];

/** How a period mark is proposed (weights, rounding, minimum marks) and when a teacher sets it. */
export function PeriodRulesSection({
  settings,
  onDone,
}: {
  settings: JournalSettings;
  onDone(settings: JournalSettings): void;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<PeriodRulesDraft>(() => periodRulesDraft(settings.periodMarkRules));
  const defaults = settings.defaults.periodMarkRules;
  const change = (c: Partial<PeriodRulesDraft>) => setDraft((d) => ({ ...d, ...c }));
  const byDefault = (value: number) => t('settings.default', { value: numberText(value) });
  const [base, extra] = [parseNumber(draft.upToTwoHours), parseNumber(draft.perExtraHour)];
  const perHour =
    Number.isFinite(base) && Number.isFinite(extra)
      ? t('settings.minMarks.example', { three: base + extra, four: base + 2 * extra })
      : undefined;

  return (
    <PartForm
      part="periodMarkRules"
      legend={t('settings.periodMarkRules')}
      stored={settings.stored.periodMarkRules}
      value={() => ({ periodMarkRules: periodRulesValue(draft) })}
      onDone={(next) => {
        setDraft(periodRulesDraft(next.periodMarkRules));
        onDone(next);
      }}
    >
      {(error) => (
        <>
          <fieldset className="settings-weights">
            <legend>{t('settings.weights')}</legend>
            <p className="muted">{t('settings.weights.hint')}</p>
            <div className="settings-grid">
              {markKinds.map((kind) => (
                <Field
                  key={kind}
                  label={t(`markKind.${kind}`)}
                  path={`periodMarkRules.weights.${kind}`}
                  value={draft.weights[kind]}
                  onChange={(w) => change({ weights: { ...draft.weights, [kind]: w } })}
                  error={error}
                  hint={byDefault(defaults.weights[kind])}
                  inputMode="decimal"
                  maxLength={4}
                  className="settings-short"
                />
              ))}
            </div>
          </fieldset>
          <RoundingFields draft={draft} onChange={change} error={error} />
          <div className="grid-2">
            <Field
              label={t('settings.minMarks.upToTwoHours')}
              path="periodMarkRules.minMarks.upToTwoHours"
              value={draft.upToTwoHours}
              onChange={(upToTwoHours) => change({ upToTwoHours })}
              error={error}
              hint={`${t('settings.minMarks.upToTwoHours.hint')} ${byDefault(defaults.minMarks.upToTwoHours)}`}
              inputMode="numeric"
              className="settings-short"
            />
            <Field
              label={t('settings.minMarks.perExtraHour')}
              path="periodMarkRules.minMarks.perExtraHour"
              value={draft.perExtraHour}
              onChange={(perExtraHour) => change({ perExtraHour })}
              error={error}
              hint={perHour}
              inputMode="numeric"
              className="settings-short"
            />
          </div>
          <KindChecks
            legend={t('settings.writtenKinds')}
            path="periodMarkRules.writtenKinds"
            value={draft.writtenKinds}
            onChange={(writtenKinds) => change({ writtenKinds })}
            error={error}
            hint={t('settings.writtenKinds.hint')}
          />
          <fieldset>
            <legend>{t('settings.window')}</legend>
            <div className="settings-grid settings-window">
              {dayKeys.map((key) => (
                <Field
                  key={key}
                  label={t(`settings.${key}`)}
                  path={`periodMarkRules.${key}`}
                  value={draft[key]}
                  onChange={(v) => change({ [key]: v })}
                  error={error}
                  hint={`${t(`settings.${key}.hint`)} ${byDefault(defaults[key])}`}
                  inputMode="numeric"
                  className="settings-short"
                />
              ))}
            </div>
          </fieldset>
        </>
      )}
    </PartForm>
  );
}
