import { and, eq } from 'drizzle-orm';
import { mark, type MarkKind } from '../db/schema';
import { ApiError } from '../api/api-error';
import type { CallContext } from '../api/context';
import { signedInUser } from '../api/context';
import type { MarkRow } from '../api/contract/journal';
import { scaleOn, readMarkValue } from './grading-scale';
import { assertCanEdit, assertYearOpen, callerStaffId, isOwnLesson, requireLessonScope } from './lesson-access';
import { assertPupilInLesson } from './pupil-check';
import { assertUnchanged } from './stale-write';

type MarkRecord = typeof mark.$inferSelect;

/**
 * The audit key of one journal cell's mark of one kind. One pupil has at most one mark of a kind per
 * lesson (the `mark_unique` index), so `lesson:student:kind` names the cell across set, change and
 * clear, and `lesson:student:` finds every kind of the cell (journal.markHistory).
 */
export function markAuditId(lessonId: number, studentId: number, kind: MarkKind): string {
  return `${lessonId}:${studentId}:${kind}`;
}

export function markRow(r: MarkRecord): MarkRow {
  return {
    markId: r.id,
    lessonId: r.lessonId,
    studentId: r.studentId,
    kind: r.kind,
    value: r.value,
    numeric: r.numeric,
    comment: r.comment,
  };
}

export interface MarkInput {
  lessonId: number;
  studentId: number;
  value: string;
  kind: MarkKind;
  comment?: string;
  reason?: string;
  /** The cell's value of this kind as the screen showed it (null: empty); see stale-write.ts. */
  expected?: string | null;
}

export function setMark(ctx: CallContext, input: MarkInput): MarkRow {
  const db = ctx.app.db;
  const scope = requireLessonScope(db, input.lessonId);
  assertYearOpen(scope);
  const reason = assertCanEdit(ctx, {
    isOwn: isOwnLesson(scope, callerStaffId(ctx)),
    lessonDate: scope.date,
    kind: 'mark',
    markKind: input.kind,
    reason: input.reason,
  });
  assertPupilInLesson(db, scope, input.studentId);
  const { value, numeric } = readMarkValue(scaleOn(db, scope.yearId, scope.grade, scope.date), input.value);

  const existing = db.orm
    .select()
    .from(mark)
    .where(and(eq(mark.lessonId, input.lessonId), eq(mark.studentId, input.studentId), eq(mark.kind, input.kind)))
    .get();
  assertUnchanged(input.expected, existing?.value ?? null);
  const userId = signedInUser(ctx).userId;
  const at = ctx.now.toISOString();
  const fields = { value, numeric, comment: input.comment ?? null };
  const saved = existing
    ? db.orm
        .update(mark)
        .set({ ...fields, updatedAt: at, updatedBy: userId })
        .where(eq(mark.id, existing.id))
        .returning()
        .get()
    : db.orm
        .insert(mark)
        .values({
          ...fields,
          lessonId: input.lessonId,
          studentId: input.studentId,
          kind: input.kind,
          enteredAt: at,
          enteredBy: userId,
        })
        .returning()
        .get();
  const after = markRow(saved);
  ctx.audit({
    entity: 'mark',
    entityId: markAuditId(input.lessonId, input.studentId, input.kind),
    before: existing ? markRow(existing) : null,
    after,
    reason,
  });
  return after;
}

export function clearMark(ctx: CallContext, input: { markId: number; reason?: string; expected?: string }): null {
  const db = ctx.app.db;
  const existing = db.orm.select().from(mark).where(eq(mark.id, input.markId)).get();
  if (!existing) {
    // Cleared by someone else since the screen showed it: the cell is empty now.
    if (input.expected !== undefined) throw new ApiError('STALE_WRITE', { current: '—' });
    throw new ApiError('NOT_FOUND', undefined, [{ path: 'markId', message: 'validation.journal.markNotFound' }]);
  }
  const scope = requireLessonScope(db, existing.lessonId);
  assertYearOpen(scope);
  const reason = assertCanEdit(ctx, {
    isOwn: isOwnLesson(scope, callerStaffId(ctx)),
    lessonDate: scope.date,
    kind: 'mark',
    markKind: existing.kind,
    reason: input.reason,
  });
  assertUnchanged(input.expected, existing.value);
  db.orm.delete(mark).where(eq(mark.id, existing.id)).run();
  ctx.audit({
    entity: 'mark',
    entityId: markAuditId(existing.lessonId, existing.studentId, existing.kind),
    before: markRow(existing),
    after: null,
    reason,
  });
  return null;
}
