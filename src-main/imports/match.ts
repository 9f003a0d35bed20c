import { eq } from 'drizzle-orm';
import type { Database } from '../db/connection';
import { schoolClass } from '../db/schema';
import {
  enrolmentOn,
  findPupilByNameAndBirth,
  findPupilByPin,
  guardiansOf,
  pupilsOfClass,
  type GuardianFields,
  type PupilFields,
  type PupilRecord,
} from '../roster/pupils';
import { formatClassName } from '../text/class-names';
import type { ParsedRow } from './parse-row';
import { issue, type RowIssue } from './values';

const same = (a: string | null, b: string | null) => (a ?? '').toLowerCase() === (b ?? '').toLowerCase();

/**
 * A PIN found in the database names the row's pupil only if the two could be one person: the
 * surname or the name agrees (one of them may be a corrected spelling) and the birth dates do not
 * differ. Otherwise the row carries someone else's PIN.
 */
function samePerson(found: PupilRecord, p: PupilFields): boolean {
  const birthClash = found.birthDate !== null && p.birthDate !== null && found.birthDate !== p.birthDate;
  return (same(found.surname, p.surname) || same(found.name, p.name)) && !birthClash;
}

export interface Match {
  pupil: PupilRecord | null;
  issues: RowIssue[];
}

/**
 * The pupil a row means: by PIN, else by name and birth date (when that pupil has no other PIN), else
 * (a list with neither) by name among the pupils of the row's class, so that such a list imported twice
 * does not make everyone twice.
 */
export function matchPupil(db: Database, row: ParsedRow, classId: number | null, date: string): Match {
  const p = row.pupil;
  if (p.pin) {
    const byPin = findPupilByPin(db, p.pin);
    if (byPin && !samePerson(byPin, p)) return { pupil: null, issues: [issue('pinTaken', { pin: p.pin })] };
    if (byPin) return { pupil: byPin, issues: [] };
  }
  const byName = findPupilByNameAndBirth(db, p);
  if (byName) return { pupil: byName.pin === null || byName.pin === p.pin ? byName : null, issues: [] };
  if (p.birthDate || p.pin || classId === null) return { pupil: null, issues: [] };
  const inClass = pupilsOfClass(db, classId, date).filter(
    (q) => same(q.surname, p.surname) && same(q.name, p.name) && (!p.patronymic || same(q.patronymic, p.patronymic)),
  );
  return { pupil: inClass.length === 1 ? (inClass[0] ?? null) : null, issues: [] };
}

/** The card after the import: the file's non-empty cells over what the database holds. */
export function mergedCard(found: PupilRecord, row: ParsedRow): { card: PupilFields; changed: boolean } {
  const card: PupilFields = {
    surname: found.surname,
    name: found.name,
    patronymic: found.patronymic,
    birthDate: found.birthDate,
    sex: found.sex,
    pin: found.pin,
    address: found.address,
  };
  let changed = false;
  for (const key of row.given) {
    if (card[key] !== row.pupil[key]) {
      changed = true;
      Object.assign(card, { [key]: row.pupil[key] });
    }
  }
  return { card, changed };
}

const guardianKey = (g: GuardianFields) => JSON.stringify([g.fullName, g.relation ?? null, g.phone ?? null]);

export function guardiansChanged(db: Database, studentId: number, next: GuardianFields[]): boolean {
  const now = guardiansOf(db, studentId).map(guardianKey).sort();
  return JSON.stringify(now) !== JSON.stringify(next.map(guardianKey).sort());
}

export type Placement = { kind: 'enrolled' } | { kind: 'enrol' } | { kind: 'elsewhere'; className: string };

/** Where a found pupil stands on the enrolment date relative to the class the file puts them in. */
export function placement(db: Database, studentId: number, classId: number | null, yearId: number, date: string) {
  const open = enrolmentOn(db, studentId, date);
  if (!open) return { kind: 'enrol' } as Placement;
  if (open.classId === classId) return { kind: 'enrolled' } as Placement;
  const other = db.orm.select().from(schoolClass).where(eq(schoolClass.id, open.classId)).get();
  // An open line in a past year's class does not hold the pupil back.
  if (!other || other.yearId !== yearId) return { kind: 'enrol' } as Placement;
  return { kind: 'elsewhere', className: formatClassName(other.grade, other.letter) } as Placement;
}
