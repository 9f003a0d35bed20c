import { and, eq, or } from 'drizzle-orm';
import type { Database } from '../db/connection';
import { classSubject, schoolClass, subgroup } from '../db/schema';
import type { SessionUser } from '../api/contract/session';
import { staffIdOfUser } from '../students/staff-of-user';
import type { DocumentKind, DocumentParams } from './kinds';

/*
 * Who prints what. The director and the deputy (permission `print`) print everything, and whole
 * sets. A teacher prints one document at a time: their own class subject's journal, and, as class
 * teacher, their class's documents (004 §4.7.3: attendance, results, ledgers, parents' letters).
 */

const classTeacherKinds = new Set(['attendance', 'class-report', 'parent-letter', 'summary-ledger', 'quarter-ledger']);
// The forecast's at-risk list is for the class teacher too (control/forecast, issue 7).
classTeacherKinds.add('forecast');

export function mayPrint(
  db: Database,
  user: SessionUser,
  kind: DocumentKind,
  params: DocumentParams,
  all: boolean,
): boolean {
  if (user.permissions.includes('print')) return true;
  if (all || !user.permissions.includes('journal.writeOwn')) return false;
  const staffId = staffIdOfUser(db, user.userId);
  if (staffId === null) return false;
  if (kind.target === 'class' && params.classId !== undefined && classTeacherKinds.has(kind.name)) {
    const own = db.orm
      .select({ id: schoolClass.id })
      .from(schoolClass)
      .where(and(eq(schoolClass.id, params.classId), eq(schoolClass.classTeacherId, staffId)))
      .get();
    return own !== undefined;
  }
  if (kind.target === 'classSubject' && params.classSubjectId !== undefined) {
    const own = db.orm
      .select({ id: classSubject.id })
      .from(classSubject)
      .leftJoin(subgroup, eq(subgroup.classSubjectId, classSubject.id))
      .where(
        and(
          eq(classSubject.id, params.classSubjectId),
          or(eq(classSubject.teacherId, staffId), eq(subgroup.teacherId, staffId)),
        ),
      )
      .get();
    return own !== undefined;
  }
  return false;
}
