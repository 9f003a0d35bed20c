import { useState } from 'react';
import type { SessionUser } from '../../../src-main/api/contract';
import { useI18n } from '../../i18n/i18n';
import { ClassListSection } from './ClassListSection';
import { MovementReportView } from './MovementReportView';

type Tab = 'list' | 'report';

/** Class lists on any date, pupils' cards, the movement book and its report. */
export function StudentsPage({ user }: { user: SessionUser }) {
  const { t } = useI18n();
  const [tab, setTab] = useState<Tab>('list');
  const tabs: [Tab, string][] = [
    ['list', t('students.tabList')],
    ['report', t('students.tabReport')],
  ];
  return (
    <main className="page">
      <h1>{t('students.title')}</h1>
      <div className="toolbar no-print" role="tablist" aria-label={t('students.title')}>
        {tabs.map(([id, label]) => (
          <button
            key={id}
            type="button"
            role="tab"
            aria-selected={tab === id}
            className={tab === id ? 'nav-item active' : 'nav-item'}
            onClick={() => setTab(id)}
          >
            {label}
          </button>
        ))}
      </div>
      {tab === 'list' ? <ClassListSection user={user} /> : <MovementReportView />}
    </main>
  );
}
