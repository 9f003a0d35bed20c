import type { ReactNode } from 'react';
import type { Permission, SessionUser } from '../../../src-main/api/contract';
import type { MessageKey } from '../../i18n/catalogs';
import { FillingTab } from './filling/FillingTab';
import { RemarksTab } from './remarks/RemarksTab';

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
];
