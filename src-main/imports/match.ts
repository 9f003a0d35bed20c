import { statement, type Database } from '../db/connection';
import {
  findPupilByPin,
  guardiansOf,
  pupilsBornOn,
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
 * Every pupil with this name and birth date, compared without case in JavaScript: SQLite's lower()
 * folds only Latin letters, and the names are Kyrgyz and Russian.
 */
function pupilsByNameAndBirth(db: Database, p: PupilFields): PupilRecord[] {
  if (!p.birthDate) return [];
  return pupilsBornOn(db, p.birthDate).filter((q) => same(q.surname, p.surname) && same(q.name, p.name));
}

/**
 * The pupils of each class on the date, read once per plan: a list with neither PINs nor birth dates
 * asks for its class's pupils on every row, and planning writes nothing that would change them.
 */
export function classPupils(db: Database, date: string): (classId: number) => PupilRecord[] {
  const read = new Map<number, PupilRecord[]>();
  return (classId) => {
    let pupils = read.get(classId);
    if (!pupils) read.set(classId, (pupils = pupilsOfClass(db, classId, date)));
    return pupils;
  };
}

/**
 * The pupil a row means: by PIN, else by name and birth date (a PIN on only one side, or the same on
 * both, does not tell them apart; two such pupils make the row ambiguous), else (a list with neither)
 * by name among the pupils of the row's class, so that such a list imported twice does not make
 * everyone twice.
 */
export function matchPupil(
  db: Database,
  row: ParsedRow,
  classId: number | null,
  ofClass: (classId: number) => PupilRecord[],
): Match {
  const p = row.pupil;
  if (p.pin) {
    const byPin = findPupilByPin(db, p.pin);
    if (byPin && !samePerson(byPin, p)) return { pupil: null, issues: [issue('pinTaken', { pin: p.pin })] };
    if (byPin) return { pupil: byPin, issues: [] };
  }
  const byName = pupilsByNameAndBirth(db, p).filter((q) => q.pin === null || p.pin === null || q.pin === p.pin);
  if (byName.length > 1) return { pupil: null, issues: [issue('ambiguous', { count: byName.length })] };
  if (byName.length === 1) return { pupil: byName[0] ?? null, issues: [] };
  if (p.birthDate || p.pin || classId === null) return { pupil: null, issues: [] };
  const inClass = ofClass(classId).filter(
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

const nameKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();
const phoneKey = (phone: string | null) => (phone ?? '').replace(/\D/g, '');

/**
 * The file's guardians that the card lacks: an import only adds. A guardian is already there when one
 * on the card has the same name (a dash, "the parent" of a bare phone, names no one) or the same phone.
 */
export function newGuardians(db: Database, studentId: number, file: GuardianFields[]): GuardianFields[] {
  const known = guardiansOf(db, studentId);
  const names = new Set(known.map((g) => nameKey(g.fullName)).filter((n) => n !== '—'));
  const phones = new Set(known.map((g) => phoneKey(g.phone)).filter(Boolean));
  const added: GuardianFields[] = [];
  for (const g of file) {
    const name = nameKey(g.fullName);
    const phone = phoneKey(g.phone);
    if ((name !== '—' && names.has(name)) || (phone && phones.has(phone))) continue;
    added.push(g);
    if (name !== '—') names.add(name);
    if (phone) phones.add(phone);
  }
  return added;
}

interface Line {
  id: number;
  classId: number;
  fromDate: string;
  toDate: string | null;
  departureKind: string | null;
  yearId: number;
  grade: number;
  letter: string;
  yearEndsOn: string;
}

export type Placement =
  | { kind: 'enrolled' }
  | { kind: 'enrol'; closePast: { id: number; toDate: string }[] }
  | { kind: 'elsewhere'; className: string }
  | { kind: 'departed' };

/**
 * Where a found pupil stands from the enrolment date on, relative to the class the file puts them in:
 * left the school (the last line closed by a departure: only the movement book brings them back), on
 * the class's list (a line of it open on the date or later), on another list of the year (any line of
 * another class of the year that is open on the date or later), or to be enrolled, closing any line
 * a past year left open at that year's end so that no pupil has two open lines.
 */
export function placement(
  db: Database,
  studentId: number,
  classId: number | null,
  yearId: number,
  date: string,
): Placement {
  const lines = statement(
    db.sqlite,
    `select e.id, e.class_id as classId, e.from_date as fromDate, e.to_date as toDate,
            e.departure_kind as departureKind, c.year_id as yearId, c.grade, c.letter, y.ends_on as yearEndsOn
       from enrollment e join class c on c.id = e.class_id join academic_year y on y.id = c.year_id
      where e.student_id = ?
      order by e.from_date desc, e.id desc`,
  ).all(studentId) as Line[];
  const last = lines[0];
  if (last && last.toDate !== null && last.departureKind !== null) return { kind: 'departed' };
  const reaches = (l: { toDate: string | null }) => l.toDate === null || l.toDate >= date;
  const other = lines.find((l) => l.yearId === yearId && l.classId !== classId && reaches(l));
  if (other) return { kind: 'elsewhere', className: formatClassName(other.grade, other.letter) };
  if (lines.some((l) => l.classId === classId && reaches(l))) return { kind: 'enrolled' };
  const closePast = lines
    .filter((l) => l.yearId !== yearId && l.toDate === null && l.yearEndsOn < date)
    .map((l) => ({ id: l.id, toDate: l.fromDate > l.yearEndsOn ? l.fromDate : l.yearEndsOn }));
  return { kind: 'enrol', closePast };
}

/** Closes the lines a past year left open (see `placement`). */
export function closePastLines(db: Database, lines: { id: number; toDate: string }[]): void {
  const close = statement(db.sqlite, 'update enrollment set to_date = ? where id = ?');
  for (const l of lines) close.run(l.toDate, l.id);
}
