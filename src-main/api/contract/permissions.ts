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
  administrator: ['school.read', 'school.manage', 'users.read', 'users.manage', 'audit.read', 'backup.manage'],
  // Reads everything at any time, edits nothing (000 §3.2).
  director: ['school.read', 'journal.readAll', 'audit.read', 'reports.read', 'print'],
  // Sets the year up, checks and corrects the journal, prints and archives (001 §3.2, 003 §4.2Б).
  deputy: ['school.read', 'year.manage', 'journal.readAll', 'journal.correct', 'audit.read', 'reports.read', 'print'],
  // Own classes and subgroups only (000 §3.5).
  teacher: ['school.read', 'journal.writeOwn'],
};

export function permissionsOf(role: Role): readonly Permission[] {
  return table[role];
}

export function can(role: Role, permission: Permission): boolean {
  return table[role].includes(permission);
}
