import type { ReactNode } from 'react';
import type { Permission, SessionUser } from '../../../src-main/api/contract';
import type { MessageKey } from '../../i18n/catalogs';
import { FillingTab } from './filling/FillingTab';
import { RemarksTab } from './remarks/RemarksTab';
import { CompletionTab } from './completion/CompletionTab';
import { ResultsTab } from './results/ResultsTab';
import { WeeklyTab } from './results/WeeklyTab';
import { UsageTab } from './usage/UsageTab';
import { ForecastTab } from './forecast/ForecastTab';

export interface ControlTab {
  id: string;
  label: MessageKey;
  /** Shown to a role that has any of these. */
  anyOf: Permission[];
  render(user: SessionUser): ReactNode;
}

/**
 * The deputy director's desk, tab by tab, in the order they are shown. A teacher reaches the tabs
 * about her own lessons and class (the server narrows what they hold); the administrator, usage.
 */
export const controlTabs: ControlTab[] = [
  {
    id: 'filling',
    label: 'control.tab.filling',
    anyOf: ['reports.read'],
    render: (user) => <FillingTab user={user} />,
  },
  {
    id: 'remarks',
    label: 'control.tab.remarks',
    anyOf: ['reports.read'],
    render: (user) => <RemarksTab user={user} />,
  },
  {
    id: 'completion',
    label: 'control.tab.completion',
    anyOf: ['reports.read', 'journal.writeOwn'],
    render: (user) => <CompletionTab user={user} />,
  },
  {
    id: 'results',
    label: 'control.tab.results',
    anyOf: ['reports.read', 'journal.writeOwn'],
    render: () => <ResultsTab />,
  },
  {
    id: 'forecast',
    label: 'control.tab.forecast',
    anyOf: ['reports.read', 'journal.writeOwn'],
    render: (user) => <ForecastTab user={user} />,
  },
  { id: 'weekly', label: 'control.tab.weekly', anyOf: ['reports.read'], render: () => <WeeklyTab /> },
  {
    id: 'usage',
    label: 'control.tab.usage',
    anyOf: ['reports.read', 'audit.read'],
    render: (user) => <UsageTab user={user} />,
  },
];
