import { useEffect, useState } from 'react';
import type { ApiErrorBody } from '../../../src-main/api/contract';
import type { JournalSettings } from '../../../src-main/api/contract/settings';
import { api, call } from '../../api/api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useI18n } from '../../i18n/i18n';
import { EditPolicySection } from './EditPolicySection';
import { PeriodRulesSection } from './PeriodRulesSection';
import { StudyWeeksSection } from './StudyWeeksSection';
import './settings.css';

/**
 * The journal's settings for the deputy and the administrator: the edit policy, the period-mark rules
 * and the study weeks, each saved or restored to the regulations' defaults on its own.
 */
export function SettingsPage() {
  const { t } = useI18n();
  const [settings, setSettings] = useState<JournalSettings | null>(null);
  const [error, setError] = useState<ApiErrorBody | null>(null);

  useEffect(() => {
    let live = true;
    void call(api()['settings.journal']()).then((result) => {
      if (!live) return;
      if (result.ok) setSettings(result.value);
      else setError(result.error);
    });
    return () => {
      live = false;
    };
  }, []);

  return (
    <main className="page settings-page" aria-busy={!settings && !error}>
      <h1>{t('settings.title')}</h1>
      <p className="lead">{t('settings.lead')}</p>
      <ErrorNotice error={error} />
      {settings ? (
        <>
          <EditPolicySection settings={settings} onDone={setSettings} />
          <PeriodRulesSection settings={settings} onDone={setSettings} />
          <StudyWeeksSection settings={settings} onDone={setSettings} />
        </>
      ) : null}
    </main>
  );
}
