import { eq, inArray } from 'drizzle-orm';
import type { Database } from '../db/connection';
import { staff, user } from '../db/schema';
import { ApiError } from '../api/api-error';
import type { PersonRef, StaffRow } from '../api/contract/structure';
import { comparePeople } from '../text/kyrgyz-order';

type StaffRecord = typeof staff.$inferSelect;

/** "Асанова Айгүл Бакыт кызы": surname, name, patronymic, as the journal writes people. */
export function fullName(s: Pick<StaffRecord, 'surname' | 'name' | 'patronymic'>): string {
  return [s.surname, s.name, s.patronymic].filter(Boolean).join(' ');
}

/** Active staff for the pickers (class teacher, subject teacher), in Kyrgyz alphabetical order. */
export function listStaff(db: Database): StaffRow[] {
  return db.orm
    .select({ staff, userState: user.state, role: user.role })
    .from(staff)
    .leftJoin(user, eq(user.staffId, staff.id))
    .where(eq(staff.active, true))
    .all()
    .map(({ staff: s, userState, role }) => ({
      staffId: s.id,
      fullName: fullName(s),
      surname: s.surname,
      name: s.name,
      patronymic: s.patronymic,
      position: s.position,
      hasAccount: userState === 'active',
      role: role ?? null,
    }))
    .sort(comparePeople);
}

/** Names of the given staff, for the rows that mention them. */
export function peopleByIds(db: Database, ids: (number | null)[]): Map<number, PersonRef> {
  const wanted = [...new Set(ids.filter((x): x is number => x !== null))];
  if (!wanted.length) return new Map();
  return new Map(
    db.orm
      .select()
      .from(staff)
      .where(inArray(staff.id, wanted))
      .all()
      .map((s) => [s.id, { staffId: s.id, fullName: fullName(s) }]),
  );
}

/** A teacher chosen in a form must be someone on the staff who still works here. */
export function requireActiveStaff(db: Database, staffId: number | null | undefined, path: string): void {
  if (staffId === null || staffId === undefined) return;
  const found = db.orm.select({ active: staff.active }).from(staff).where(eq(staff.id, staffId)).get();
  if (!found?.active) {
    throw new ApiError('INVALID_INPUT', undefined, [{ path, message: 'validation.staff.unknown' }]);
  }
}
