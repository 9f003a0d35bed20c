import { eq } from 'drizzle-orm';
import { remark } from '../../db/schema';
import { ApiError } from '../../api/api-error';
import type { CallContext } from '../../api/context';
import { signedInUser } from '../../api/context';
import type { RemarkList, RemarkRow, remarkStates } from '../../api/contract/control-remarks';
import { schoolDay } from '../../api/contract/school-day';
import { addDays } from '../../journal/edit-policy';
import { callerStaffId } from '../../journal/lesson-access';
import { countStates, readRemarks } from './read';

/** Remarks are put right within a week (003 §4.2А). */
export const remarkDays = 7;
/** How long a teacher still sees a remark she fixed, under her open ones. */
const fixedShownDays = 14;

const field = (code: 'NOT_FOUND' | 'INVALID_INPUT' | 'CONFLICT', path: string, message: string) =>
  new ApiError(code, undefined, [{ path, message }]);

function one(ctx: CallContext, remarkId: number): RemarkRow {
  const row = readRemarks(ctx.app.db, { remarkId }, schoolDay(ctx.now))[0];
  if (!row) throw field('NOT_FOUND', 'remarkId', 'validation.remarks.notFound');
  return row;
}

export function addRemark(
  ctx: CallContext,
  input: { classSubjectId: number; text: string; dueOn?: string },
): RemarkRow {
  const db = ctx.app.db;
  const today = schoolDay(ctx.now);
  const found = db.sqlite.prepare('select 1 from class_subject where id = ?').get(input.classSubjectId);
  if (!found) throw field('NOT_FOUND', 'classSubjectId', 'validation.remarks.classSubjectNotFound');
  const dueOn = input.dueOn ?? addDays(today, remarkDays);
  if (dueOn < today) throw field('INVALID_INPUT', 'dueOn', 'validation.remarks.dueInPast');
  const saved = db.orm
    .insert(remark)
    .values({
      classSubjectId: input.classSubjectId,
      text: input.text,
      dueOn,
      createdAt: ctx.now.toISOString(),
      createdBy: signedInUser(ctx).userId,
    })
    .returning({ id: remark.id })
    .get();
  const row = one(ctx, saved.id);
  ctx.audit({ entity: 'remark', entityId: saved.id, before: null, after: { ...row, teachers: undefined } });
  return row;
}

export function listRemarks(
  ctx: CallContext,
  input: { state: (typeof remarkStates)[number]; classId?: number | undefined; teacherId?: number | undefined } = {
    state: 'all',
  },
): RemarkList {
  const all = readRemarks(
    ctx.app.db,
    {
      ...(input.classId !== undefined ? { classId: input.classId } : {}),
      ...(input.teacherId !== undefined ? { teacherId: input.teacherId } : {}),
    },
    schoolDay(ctx.now),
  );
  const rows =
    input.state === 'all'
      ? all
      : all.filter((r) => (input.state === 'open' ? r.state !== 'fixed' : r.state === input.state));
  return { rows, counts: countStates(all) };
}

export function myRemarks(ctx: CallContext): RemarkList {
  const staffId = callerStaffId(ctx);
  if (staffId === null) return { rows: [], counts: { open: 0, overdue: 0, fixed: 0 } };
  const since = addDays(schoolDay(ctx.now), -fixedShownDays);
  const all = readRemarks(ctx.app.db, { teacherId: staffId }, schoolDay(ctx.now));
  // Open ones first, the oldest due date on top: what must be done next.
  const open = all.filter((r) => r.state !== 'fixed').sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  const fixed = all.filter((r) => r.state === 'fixed' && (r.fixedAt ?? '') >= since);
  return { rows: [...open, ...fixed], counts: countStates(all) };
}

/** Only a teacher who keeps the journal (the class subject's or one of its subgroups') fixes its remark. */
export function fixRemark(ctx: CallContext, input: { remarkId: number; note?: string | undefined }): RemarkRow {
  const before = one(ctx, input.remarkId);
  const staffId = callerStaffId(ctx);
  if (staffId === null || !before.teachers.some((p) => p.staffId === staffId)) {
    throw new ApiError('FORBIDDEN', { rule: 'remarks.notOwn' });
  }
  if (before.state === 'fixed') throw field('CONFLICT', 'remarkId', 'validation.remarks.alreadyFixed');
  ctx.app.db.orm
    .update(remark)
    .set({ fixedAt: ctx.now.toISOString(), fixedBy: signedInUser(ctx).userId, fixedNote: input.note ?? null })
    .where(eq(remark.id, input.remarkId))
    .run();
  const after = one(ctx, input.remarkId);
  ctx.audit({
    entity: 'remark',
    entityId: input.remarkId,
    before: { state: before.state, fixedAt: null },
    after: { state: after.state, fixedAt: after.fixedAt, fixedNote: after.fixedNote },
  });
  return after;
}
