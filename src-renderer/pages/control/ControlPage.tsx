import { useState } from 'react';
import type { SessionUser } from '../../../src-main/api/contract';
import { useI18n } from '../../i18n/i18n';
import { controlTabs } from './tabs';

/** The deputy director's desk: how the journal is kept, the programme, results and forecasts. */
export function ControlPage({ user }: { user: SessionUser }) {
  const { t } = useI18n();
  const tabs = controlTabs.filter((tab) => tab.anyOf.some((p) => user.permissions.includes(p)));
  const [current, setCurrent] = useState(tabs[0]?.id ?? '');
  const shown = tabs.find((tab) => tab.id === current) ?? tabs[0];
  return (
    <main className="page">
      <h1>{t('control.title')}</h1>
      <div className="toolbar no-print" role="tablist" aria-label={t('control.title')}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            aria-selected={shown?.id === tab.id}
            className={shown?.id === tab.id ? 'nav-item active' : 'nav-item'}
            onClick={() => setCurrent(tab.id)}
          >
            {t(tab.label)}
          </button>
        ))}
      </div>
      {shown?.render(user)}
    </main>
  );
}
