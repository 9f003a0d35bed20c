/**
 * Who may do what: the one permission table of the program. Pure data, shared with the renderer so
 * that screens hide what a role cannot do (the router is what actually refuses it).
 */
export const roles = ['administrator', 'director', 'deputy', 'teacher'] as const;
export type Role = (typeof roles)[number];

export const permissions = [
  'school.read',
  'school.manage',
  'year.manage',
  'users.read',
  'users.manage',
  'audit.read',
  'roster.read',
  'roster.manage',
  'roster.manageOwnClass',
  'journal.readAll',
  'journal.writeOwn',
  'journal.correct',
  'reports.read',
  'print',
  'backup.manage',
] as const;
export type Permission = (typeof permissions)[number];

const table: Record<Role, readonly Permission[]> = {
  // The computer specialist: accounts, backups and the school's settings; not the journal's content.
  // Also keeps the lists of staff, pupils and parents (000 §3.1.1), and may enter the year's structure.
  administrator: [
    'school.read',
    'school.manage',
    'year.manage',
    'users.read',
    'users.manage',
    'audit.read',
    'roster.read',
    'roster.manage',
    'backup.manage',
  ],
  // Reads everything at any time, edits nothing (000 §3.2).
  director: ['school.read', 'roster.read', 'journal.readAll', 'audit.read', 'reports.read', 'print'],
  // Sets the year up, checks and corrects the journal, prints and archives (001 §3.2, 003 §4.2Б).
  deputy: [
    'school.read',
    'year.manage',
    'roster.read',
    'roster.manage',
    'journal.readAll',
    'journal.correct',
    'audit.read',
    'reports.read',
    'print',
  ],
  // Own classes and subgroups only (000 §3.5); a class teacher keeps their own class's list (000 §3.4.1).
  teacher: ['school.read', 'roster.read', 'roster.manageOwnClass', 'journal.writeOwn'],
};

export function permissionsOf(role: Role): readonly Permission[] {
  return table[role];
}

export function can(role: Role, permission: Permission): boolean {
  return table[role].includes(permission);
}

/** Whether a role passes a call's permission requirement: one permission, or any one of a list. */
export function canAny(role: Role, required: Permission | readonly Permission[]): boolean {
  return typeof required === 'string' ? can(role, required) : required.some((p) => can(role, p));
}
