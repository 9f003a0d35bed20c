import type { ReactNode } from 'react';
import type { Permission, SessionUser } from '../../../src-main/api/contract';
import type { MessageKey } from '../../i18n/catalogs';
import { CompletionTab } from './completion/CompletionTab';
import { UsageTab } from './usage/UsageTab';

export interface ControlTab {
  id: string;
  label: MessageKey;
  /** Shown to a role that has any of these. */
  anyOf: Permission[];
  render(user: SessionUser): ReactNode;
}

/** The deputy director's desk, tab by tab, in the order they are shown. */
export const controlTabs: ControlTab[] = [
  {
    id: 'completion',
    label: 'control.tab.completion',
    anyOf: ['reports.read', 'journal.writeOwn'],
    render: (user) => <CompletionTab user={user} />,
  },
  {
    id: 'usage',
    label: 'control.tab.usage',
    anyOf: ['reports.read', 'audit.read'],
    render: (user) => <UsageTab user={user} />,
  },
];
