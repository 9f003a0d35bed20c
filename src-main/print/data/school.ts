import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '../../db/connection';
import { academicYear, school, schoolClass, staff, user } from '../../db/schema';
import type { DocumentLanguage, Signatory, SignatoryRole } from '../types';
import { frameWords } from '../words';

/** The school's name in the document's language. */
export function schoolName(db: Database, language: DocumentLanguage): string {
  const row = db.orm.select().from(school).limit(1).get();
  if (!row) return '';
  return language === 'ky' ? row.nameKy : row.nameRu;
}

type Person = { surname: string; name: string; patronymic: string | null };

/** "Асанова А. Б." — how a name stands beside a signature line. */
export function signatureName(p: Person): string {
  const initials = [p.name, p.patronymic ?? '']
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => `${[...part][0]?.toUpperCase() ?? ''}.`)
    .join(' ');
  return [p.surname, initials].filter(Boolean).join(' ');
}

/** "Асанова Айгүл Бакытовна". */
export function fullName(p: Person): string {
  return [p.surname, p.name, p.patronymic].filter(Boolean).join(' ');
}

function holderOf(db: Database, role: 'director' | 'deputy'): Person | null {
  return (
    db.orm
      .select({ surname: staff.surname, name: staff.name, patronymic: staff.patronymic })
      .from(user)
      .innerJoin(staff, eq(staff.id, user.staffId))
      .where(and(eq(user.role, role), eq(user.state, 'active'), eq(staff.active, true)))
      .orderBy(asc(user.id))
      .get() ?? null
  );
}

function classTeacherOf(db: Database, classId: number): Person | null {
  return (
    db.orm
      .select({ surname: staff.surname, name: staff.name, patronymic: staff.patronymic })
      .from(schoolClass)
      .innerJoin(staff, eq(staff.id, schoolClass.classTeacherId))
      .where(eq(schoolClass.id, classId))
      .get() ?? null
  );
}

/**
 * The signature lines: the position from the document's language, the name of whoever holds the post
 * now (the director's and the deputy's accounts, the class's class teacher). A post nobody holds
 * keeps its line with no name, for the name to be written by hand.
 */
export function signatories(
  db: Database,
  roles: SignatoryRole[],
  language: DocumentLanguage,
  classId?: number,
): Signatory[] {
  const positions = frameWords[language].positions;
  return roles.map((role) => {
    const person =
      role === 'classTeacher' ? (classId === undefined ? null : classTeacherOf(db, classId)) : holderOf(db, role);
    return { role, position: positions[role], name: person ? signatureName(person) : '' };
  });
}

/** "2026–2027 окуу жылы". */
export function yearLine(db: Database, yearId: number, language: DocumentLanguage): string {
  const row = db.orm.select({ title: academicYear.title }).from(academicYear).where(eq(academicYear.id, yearId)).get();
  return row ? `${row.title} ${frameWords[language].schoolYear}` : '';
}
