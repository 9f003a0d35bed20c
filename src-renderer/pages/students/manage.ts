import type { SessionUser } from '../../../src-main/api/contract';
import { schoolDay } from '../../../src-main/api/contract/school-day';
import type { ClassChoice } from '../../../src-main/api/contract/students';

/**
 * What the screen offers; the router and the services are what actually refuse. The office
 * (`roster.manage`) keeps every class and records movement; a class teacher keeps their own class's
 * cards; everyone else reads.
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

/** Today in Bishkek, as the services count it, whatever zone this computer's clock is set to. */
export function today(): string {
  return schoolDay(new Date());
}

/** Empty inputs are left out of a call rather than sent as "". */
export function optional(value: string): string | undefined {
  const v = value.trim();
  return v === '' ? undefined : v;
}
