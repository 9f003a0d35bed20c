import type { ReactNode } from 'react';
import type { Permission, SessionUser } from '../src-main/api/contract';
import type { MessageKey } from './i18n/catalogs';
import { HomePage } from './pages/HomePage';
import { UsersPage } from './pages/users/UsersPage';
import { ChangePasswordPage } from './pages/ChangePasswordPage';
import { AuditPage } from './pages/AuditPage';
import { YearsPage } from './pages/calendar/YearsPage';
import { StructurePage } from './pages/structure/StructurePage';
import { StudentsPage } from './pages/students/StudentsPage';
import { ImportPage } from './pages/imports/ImportPage';
import { JournalPage } from './pages/journal/JournalPage';
import { PlanPage } from './pages/plan/PlanPage';
import { SettingsPage } from './pages/settings/SettingsPage';
import { TimetablePage } from './pages/timetable/TimetablePage';
import { PrintPage } from './pages/print/PrintPage';
import { BackupPage } from './pages/backup/BackupPage';
import { YearEndPage } from './pages/year-end/YearEndPage';
import { ControlPage } from './pages/control/ControlPage';
import { TodayPage } from './pages/today/TodayPage';
import { NetworkPage } from './pages/network/NetworkPage';
import { UpdatesPage } from './pages/updates/UpdatesPage';
import type { NavTarget } from './navigation';

export interface ViewProps {
  user: SessionUser;
  schoolName: string;
  onUserChanged(user: SessionUser): void;
  /** What another screen opened this one with (navigation.tsx); null when opened from the menu. */
  target?: NavTarget | null;
}

export interface View {
  id: string;
  label: MessageKey;
  /** Shown to a role that has any of these; none listed: to everyone signed in. */
  anyOf: Permission[];
  render(props: ViewProps): ReactNode;
}

/** The program's screens in the order of the navigation. */
export const views: View[] = [
  { id: 'home', label: 'nav.home', anyOf: [], render: ({ user }) => <HomePage user={user} /> },
  {
    id: 'today',
    label: 'nav.today',
    anyOf: ['journal.writeOwn'],
    render: () => <TodayPage />,
  },
  {
    id: 'journal',
    label: 'nav.journal',
    anyOf: ['journal.readAll', 'journal.writeOwn'],
    render: ({ user, target }) => <JournalPage user={user} initial={target?.journal ?? null} />,
  },
  {
    id: 'plan',
    label: 'nav.plan',
    anyOf: ['journal.readAll', 'journal.writeOwn'],
    render: ({ user }) => <PlanPage user={user} />,
  },
  {
    id: 'timetable',
    label: 'nav.timetable',
    anyOf: ['journal.readAll', 'journal.writeOwn', 'year.manage'],
    render: ({ user }) => <TimetablePage user={user} />,
  },
  {
    id: 'control',
    label: 'nav.control',
    // A teacher (journal.writeOwn) comes for her own completion, results and forecasts; the
    // administrator (audit.read) for the usage of the journal. Each tab says who it is for.
    anyOf: ['reports.read', 'journal.correct', 'journal.writeOwn', 'audit.read'],
    render: ({ user }) => <ControlPage user={user} />,
  },
  {
    id: 'print',
    label: 'nav.print',
    anyOf: ['print', 'journal.writeOwn'],
    render: ({ user }) => <PrintPage user={user} />,
  },
  { id: 'students', label: 'nav.students', anyOf: ['roster.read'], render: ({ user }) => <StudentsPage user={user} /> },
  {
    id: 'imports',
    label: 'nav.imports',
    anyOf: ['roster.manage', 'roster.manageOwnClass'],
    render: () => <ImportPage />,
  },
  { id: 'structure', label: 'nav.structure', anyOf: ['year.manage'], render: () => <StructurePage /> },
  { id: 'calendar', label: 'nav.calendar', anyOf: ['year.manage'], render: () => <YearsPage /> },
  { id: 'year-end', label: 'nav.yearEnd', anyOf: ['year.manage'], render: () => <YearEndPage /> },
  { id: 'settings', label: 'nav.settings', anyOf: ['year.manage'], render: () => <SettingsPage /> },
  {
    id: 'users',
    label: 'nav.users',
    anyOf: ['users.read'],
    render: ({ schoolName }) => <UsersPage schoolName={schoolName} />,
  },
  { id: 'backup', label: 'nav.backup', anyOf: ['backup.manage'], render: () => <BackupPage /> },
  {
    id: 'network',
    label: 'nav.network',
    anyOf: ['school.manage'],
    render: ({ schoolName }) => <NetworkPage schoolName={schoolName} />,
  },
  { id: 'updates', label: 'nav.updates', anyOf: ['backup.manage'], render: () => <UpdatesPage /> },
  { id: 'audit', label: 'nav.audit', anyOf: ['audit.read'], render: () => <AuditPage /> },
  {
    id: 'password',
    label: 'nav.password',
    anyOf: [],
    render: ({ onUserChanged }) => <ChangePasswordPage forced={false} onChanged={onUserChanged} />,
  },
];

export function viewsFor(user: SessionUser): View[] {
  return views.filter((v) => v.anyOf.length === 0 || v.anyOf.some((p) => user.permissions.includes(p)));
}
