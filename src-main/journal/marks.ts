import { statement, type Database } from '../db/connection';
import type { MarkKind } from '../db/schema';
import { ApiError } from '../api/api-error';
import type { CallContext } from '../api/context';
import { signedInUser } from '../api/context';
import type { MarkRow } from '../api/contract/journal';
import { scaleOn, readMarkValue } from './grading-scale';
import { assertCanEdit, assertYearOpen, callerStaffId, isOwnLesson, requireLessonScope } from './lesson-access';
import { assertPupilInLesson } from './pupil-check';
import { assertUnchanged } from './stale-write';

/*
 * A mark is written on every keystroke of the journal, so its statements are prepared once per
 * connection (`statement()`), not built by the query builder on each call.
 */
const columns = 'id as markId, lesson_id as lessonId, student_id as studentId, kind, value, numeric, comment';
const sql = {
  inCell: `select ${columns} from mark where lesson_id = ? and student_id = ? and kind = ?`,
  byId: `select ${columns} from mark where id = ?`,
  update: `update mark set value = @value, numeric = @numeric, comment = @comment, updated_at = @at,
             updated_by = @userId where id = @id returning ${columns}`,
  insert: `insert into mark (lesson_id, student_id, kind, value, numeric, comment, entered_at, entered_by)
           values (@lessonId, @studentId, @kind, @value, @numeric, @comment, @at, @userId) returning ${columns}`,
  remove: 'delete from mark where id = ?',
};

function markInCell(db: Database, lessonId: number, studentId: number, kind: MarkKind): MarkRow | undefined {
  return statement(db.sqlite, sql.inCell).get(lessonId, studentId, kind) as MarkRow | undefined;
}

/**
 * The audit key of one journal cell's mark of one kind. One pupil has at most one mark of a kind per
 * lesson (the `mark_unique` index), so `lesson:student:kind` names the cell across set, change and
 * clear, and `lesson:student:` finds every kind of the cell (journal.markHistory).
 */
export function markAuditId(lessonId: number, studentId: number, kind: MarkKind): string {
  return `${lessonId}:${studentId}:${kind}`;
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

  const existing = markInCell(db, input.lessonId, input.studentId, input.kind);
  assertUnchanged(input.expected, existing?.value ?? null);
  const userId = signedInUser(ctx).userId;
  const at = ctx.now.toISOString();
  const fields = { value, numeric, comment: input.comment ?? null, at, userId };
  const after = (
    existing
      ? statement(db.sqlite, sql.update).get({ ...fields, id: existing.markId })
      : statement(db.sqlite, sql.insert).get({
          ...fields,
          lessonId: input.lessonId,
          studentId: input.studentId,
          kind: input.kind,
        })
  ) as MarkRow;
  ctx.audit({
    entity: 'mark',
    entityId: markAuditId(input.lessonId, input.studentId, input.kind),
    before: existing ?? null,
    after,
    reason,
  });
  return after;
}

export function clearMark(ctx: CallContext, input: { markId: number; reason?: string; expected?: string }): null {
  const db = ctx.app.db;
  const existing = statement(db.sqlite, sql.byId).get(input.markId) as MarkRow | undefined;
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
  statement(db.sqlite, sql.remove).run(existing.markId);
  ctx.audit({
    entity: 'mark',
    entityId: markAuditId(existing.lessonId, existing.studentId, existing.kind),
    before: existing,
    after: null,
    reason,
  });
  return null;
}
