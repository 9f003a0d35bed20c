import { useState } from 'react';
import type { JournalSettings } from '../../../src-main/api/contract/settings';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/i18n';
import { editPolicyDraft, editPolicyValue, type EditPolicyDraft } from './drafts';
import { KindChecks } from './KindChecks';
import { PartForm } from './PartForm';

type TextKey = Exclude<keyof EditPolicyDraft, 'writtenMarkKinds'>;

/** When a teacher may still change the journal: the lesson day's hour, homework, written work, excuses. */
export function EditPolicySection({
  settings,
  onDone,
}: {
  settings: JournalSettings;
  onDone(settings: JournalSettings): void;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<EditPolicyDraft>(() => editPolicyDraft(settings.editPolicy));
  const defaults = settings.defaults.editPolicy;
  const set = (key: TextKey) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const hint = (key: TextKey) => `${t(`settings.${key}.hint`)} ${t('settings.default', { value: defaults[key] })}`;
  const field = (key: TextKey, numeric: boolean) => ({
    label: t(`settings.${key}`),
    path: `editPolicy.${key}`,
    value: draft[key],
    onChange: set(key),
    hint: hint(key),
    inputMode: numeric ? ('numeric' as const) : undefined,
    placeholder: numeric ? undefined : '18:00',
    maxLength: numeric ? 3 : 5,
    className: 'settings-short',
  });

  return (
    <PartForm
      part="editPolicy"
      legend={t('settings.editPolicy')}
      stored={settings.stored.editPolicy}
      value={() => ({ editPolicy: editPolicyValue(draft) })}
      onDone={(next) => {
        setDraft(editPolicyDraft(next.editPolicy));
        onDone(next);
      }}
    >
      {(error) => (
        <>
          <div className="grid-2">
            <Field {...field('dayEndsAt', false)} error={error} />
            <Field {...field('homeworkEndsAt', false)} error={error} />
            <Field {...field('writtenMarkDays', true)} error={error} />
            <Field {...field('excuseDays', true)} error={error} />
          </div>
          <KindChecks
            legend={t('settings.writtenMarkKinds')}
            path="editPolicy.writtenMarkKinds"
            value={draft.writtenMarkKinds}
            onChange={(writtenMarkKinds) => setDraft((d) => ({ ...d, writtenMarkKinds }))}
            error={error}
          />
          <Field {...field('reasonMinLength', true)} error={error} />
        </>
      )}
    </PartForm>
  );
}
