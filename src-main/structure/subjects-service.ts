import { eq } from 'drizzle-orm';
import type { Database } from '../db/connection';
import { subject } from '../db/schema';
import { ApiError } from '../api/api-error';
import type { CallContext } from '../api/context';
import type { SubjectRow } from '../api/contract/structure';
import { subjects as typicalSubjects } from '../demo/subjects';
import { compareKyrgyz } from '../text/kyrgyz-order';

type SubjectRecord = typeof subject.$inferSelect;

const toRow = (s: SubjectRecord): SubjectRow => ({ ...s });

/** In the journal's order: the set order first, then by Kyrgyz name. */
export function listSubjects(db: Database): SubjectRow[] {
  return db.orm
    .select()
    .from(subject)
    .all()
    .map(toRow)
    .sort((a, b) => a.sortOrder - b.sortOrder || compareKyrgyz(a.nameKy, b.nameKy));
}

export function findSubject(db: Database, subjectId: number): SubjectRecord {
  const row = db.orm.select().from(subject).where(eq(subject.id, subjectId)).get();
  if (!row) throw new ApiError('NOT_FOUND');
  return row;
}

/** Names compare without case and surrounding spaces: "математика " is "Математика". */
const key = (name: string) => name.trim().toLowerCase();

/** Two subjects with one name in either language would be indistinguishable in the journal. */
function refuseTwins(
  db: Database,
  names: { nameKy?: string | undefined; nameRu?: string | undefined },
  exceptId?: number,
) {
  const others = db.orm
    .select()
    .from(subject)
    .all()
    .filter((s) => s.id !== exceptId);
  const issues = (['nameKy', 'nameRu'] as const)
    .filter((field) => {
      const name = names[field];
      return name !== undefined && others.some((s) => key(s[field]) === key(name));
    })
    .map((field) => ({ path: field, message: 'validation.subject.exists', params: { name: names[field] ?? '' } }));
  if (issues.length) throw new ApiError('CONFLICT', undefined, issues);
}

export interface SubjectFields {
  nameKy: string;
  nameRu: string;
  shortKy: string | null;
  shortRu: string | null;
  sortOrder?: number | undefined;
}

function nextSortOrder(db: Database): number {
  return (
    Math.max(
      0,
      ...db.orm
        .select({ n: subject.sortOrder })
        .from(subject)
        .all()
        .map((r) => r.n),
    ) + 10
  );
}

export function createSubject(ctx: CallContext, fields: SubjectFields): SubjectRow {
  const db = ctx.app.db;
  refuseTwins(db, fields);
  const row = db.orm
    .insert(subject)
    .values({ ...fields, sortOrder: fields.sortOrder ?? nextSortOrder(db) })
    .returning()
    .get();
  ctx.audit({ entity: 'subject', entityId: row.id, after: toRow(row) });
  return toRow(row);
}

export type SubjectChanges = Partial<SubjectFields> & { active?: boolean | undefined };

/** Subjects are shared by every year, so a retired one is made inactive rather than deleted. */
export function updateSubject(ctx: CallContext, subjectId: number, changes: SubjectChanges): SubjectRow {
  const db = ctx.app.db;
  const before = toRow(findSubject(db, subjectId));
  refuseTwins(db, changes, subjectId);
  const set = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
  if (Object.keys(set).length) db.orm.update(subject).set(set).where(eq(subject.id, subjectId)).run();
  const after = toRow(findSubject(db, subjectId));
  ctx.audit({ entity: 'subject', entityId: subjectId, before, after });
  return after;
}

/**
 * The typical curriculum's subjects (the same list the demo school uses) that the school lacks under
 * either name. Existing subjects, renamed or not, are left alone, so running it twice adds nothing.
 */
export function seedSubjects(ctx: CallContext): SubjectRow[] {
  const db = ctx.app.db;
  const have = db.orm.select().from(subject).all();
  const names = new Set(have.flatMap((s) => [key(s.nameKy), key(s.nameRu)]));
  const added: SubjectRow[] = [];
  typicalSubjects.forEach((s, i) => {
    if (names.has(key(s.nameKy)) || names.has(key(s.nameRu))) return;
    const row = db.orm
      .insert(subject)
      .values({ nameKy: s.nameKy, nameRu: s.nameRu, shortKy: s.shortKy, shortRu: s.shortRu, sortOrder: (i + 1) * 10 })
      .returning()
      .get();
    added.push(toRow(row));
    ctx.audit({ entity: 'subject', entityId: row.id, after: toRow(row) });
  });
  return added;
}
