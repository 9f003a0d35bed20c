import type { SessionUser } from '../../../src-main/api/contract';
import type { ClassChoice } from '../../../src-main/api/contract/students';

/**
 * What the screen offers; the router and the services are what actually refuse. The office
 * (`roster.manage`) keeps every class and records movement; a class teacher keeps their own class's
 * cards through the own-class calls; everyone else reads.
 */
export type ManageMode = 'office' | 'classTeacher' | null;

export function manageMode(user: SessionUser, classChoice: Pick<ClassChoice, 'mine'> | null): ManageMode {
  if (user.permissions.includes('roster.manage')) return 'office';
  if (classChoice?.mine && user.permissions.includes('roster.manageOwnClass')) return 'classTeacher';
  return null;
}

export function canRecordMovement(user: SessionUser): boolean {
  return user.permissions.includes('roster.manage');
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Today on this computer's calendar, as the API writes dates. */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Empty inputs are left out of a call rather than sent as "". */
export function optional(value: string): string | undefined {
  const v = value.trim();
  return v === '' ? undefined : v;
}
