import { eq } from 'drizzle-orm';
import type { Database } from '../db/connection';
import { classSubject, schoolClass } from '../db/schema';
import { classesOfYear } from './data/class-data';
import type { DocumentKind, DocumentParams } from './kinds';

/**
 * What "every class" means for a kind: one document per class of the year, or per class subject, or
 * the one document of the school. In the order the set is filed: by grade, then letter.
 */
export function batchTargets(db: Database, kind: DocumentKind, base: DocumentParams): DocumentParams[] {
  const { yearId, period } = base;
  switch (kind.target) {
    case 'school':
      return [{ yearId, period, ...(base.on !== undefined ? { on: base.on } : {}) }];
    case 'class':
      return classesOfYear(db, yearId).map((c) => ({ yearId, period, classId: c.id }));
    case 'classSubject': {
      const order = new Map(classesOfYear(db, yearId).map((c, i) => [c.id, i]));
      return db.orm
        .select({ id: classSubject.id, classId: classSubject.classId })
        .from(classSubject)
        .innerJoin(schoolClass, eq(schoolClass.id, classSubject.classId))
        .where(eq(schoolClass.yearId, yearId))
        .all()
        .sort((a, b) => (order.get(a.classId) ?? 0) - (order.get(b.classId) ?? 0) || a.id - b.id)
        .map((cs) => ({ yearId, period, classId: cs.classId, classSubjectId: cs.id }));
    }
  }
}
