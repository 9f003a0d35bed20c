import type { CallContext } from '../api/context';
import type { MarkHistoryEntry, MarkKindCode } from '../api/contract/journal';
import { assertCanRead } from './read-access';
import { requireLessonScope } from './lesson-access';

const parse = (json: string | null): unknown => (json === null ? null : JSON.parse(json));

/**
 * The audit entries of one cell (one pupil in one lesson), every mark kind, oldest first. Entries
 * are keyed `lesson:student:kind` (see markAuditId), so a prefix match finds them; the colon after the
 * student id keeps pupil 2 from matching pupil 23.
 */
export function markHistory(ctx: CallContext, input: { lessonId: number; studentId: number }): MarkHistoryEntry[] {
  const db = ctx.app.db;
  const scope = requireLessonScope(db, input.lessonId);
  assertCanRead(ctx, scope.classSubjectId, { subgroupId: scope.subgroupId, studentId: input.studentId });
  const prefix = `${input.lessonId}:${input.studentId}:`;
  const rows = db.sqlite
    .prepare(
      `select id, at, actor, action, entity_id as entityId, before, after, reason from audit_entry
        where entity = 'mark' and substr(entity_id, 1, ?) = ? order by id`,
    )
    .all(prefix.length, prefix) as {
    id: number;
    at: string;
    actor: string | null;
    action: string;
    entityId: string;
    before: string | null;
    after: string | null;
    reason: string | null;
  }[];
  return rows.map((r) => ({
    auditId: r.id,
    at: r.at,
    actor: r.actor,
    action: r.action,
    kind: r.entityId.slice(prefix.length) as MarkKindCode,
    before: parse(r.before),
    after: parse(r.after),
    reason: r.reason,
  }));
}
