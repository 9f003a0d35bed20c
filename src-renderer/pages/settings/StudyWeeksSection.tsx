import { useState } from 'react';
import type { JournalSettings } from '../../../src-main/api/contract/settings';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/i18n';
import { grades, studyWeeksDraft, studyWeeksValue, type StudyWeeksDraft } from './drafts';
import { PartForm } from './PartForm';

/** The plan's study weeks: one number for the school, and grades that differ from it. */
export function StudyWeeksSection({
  settings,
  onDone,
}: {
  settings: JournalSettings;
  onDone(settings: JournalSettings): void;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<StudyWeeksDraft>(() => studyWeeksDraft(settings.studyWeeks));
  const defaults = settings.defaults.studyWeeks;

  return (
    <PartForm
      part="studyWeeks"
      legend={t('settings.studyWeeks')}
      stored={settings.stored.studyWeeks}
      value={() => ({ studyWeeks: studyWeeksValue(draft) })}
      onDone={(next) => {
        setDraft(studyWeeksDraft(next.studyWeeks));
        onDone(next);
      }}
    >
      {(error) => (
        <>
          <Field
            label={t('settings.weeksDefault')}
            path="studyWeeks.default"
            value={draft.default}
            onChange={(v) => setDraft((d) => ({ ...d, default: v }))}
            error={error}
            hint={`${t('settings.weeksDefault.hint')} ${t('settings.default', { value: defaults.default })}`}
            inputMode="numeric"
            maxLength={2}
            className="settings-short"
          />
          <fieldset>
            <legend>{t('settings.weeksByGrade')}</legend>
            <p className="muted">{t('settings.weeksByGrade.hint')}</p>
            <div className="settings-grid settings-grades">
              {grades.map((grade) => (
                <Field
                  key={grade}
                  label={t('settings.grade', { grade })}
                  path={`studyWeeks.byGrade.${grade}`}
                  value={draft.byGrade[grade] ?? ''}
                  onChange={(v) => setDraft((d) => ({ ...d, byGrade: { ...d.byGrade, [grade]: v } }))}
                  error={error}
                  placeholder={draft.default}
                  inputMode="numeric"
                  maxLength={2}
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
