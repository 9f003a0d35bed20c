import type { ReactNode } from 'react';
import type { Permission, SessionUser } from '../../../src-main/api/contract';
import type { MessageKey } from '../../i18n/catalogs';
import { ForecastTab } from './forecast/ForecastTab';

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
    id: 'forecast',
    label: 'control.tab.forecast',
    anyOf: ['reports.read', 'journal.writeOwn'],
    render: (user) => <ForecastTab user={user} />,
  },
];
