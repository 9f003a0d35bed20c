import { statement } from '../db/connection';
import type { CallContext } from '../api/context';
import { signedInUser } from '../api/context';
import type { AbsenceReason, AttendanceRow, AttendanceStatus } from '../api/contract/journal';
import { canEdit, readEditPolicy } from './edit-policy';
import {
  assertYearOpen,
  callerStaffId,
  isOwnLesson,
  refusalError,
  requireLessonScope,
  type LessonScope,
} from './lesson-access';
import { assertPupilInLesson } from './pupil-check';
import { assertUnchanged, attendanceText } from './stale-write';

export interface AttendanceInput {
  lessonId: number;
  studentId: number;
  status: AttendanceStatus | null;
  reasonKind: AbsenceReason;
  /** The absence's reason as written (a note from home): part of the entry. */
  reason?: string;
  lateMinutes?: number;
  /** Why a deputy corrects the entry: the audit's reason. */
  correctionReason?: string;
  /** The entry as the screen showed it (null: present); see stale-write.ts. */
  expectedStatus?: AttendanceStatus | null;
}

/** A stored entry: its row as the API returns it, and its id. */
type AttendanceRecord = AttendanceRow & { id: number };

function attendanceRow({ id: _id, ...row }: AttendanceRecord): AttendanceRow {
  return row;
}

/*
 * Attendance is written on every keystroke of the journal, like a mark: its statements are prepared
 * once per connection (`statement()`), not built by the query builder on each call.
 */
const columns = `id, lesson_id as lessonId, student_id as studentId, status, reason_kind as reasonKind, reason,
  late_minutes as lateMinutes`;
const sql = {
  inCell: `select ${columns} from attendance where lesson_id = ? and student_id = ?`,
  update: `update attendance set status = @status, reason_kind = @reasonKind, reason = @reason,
             late_minutes = @lateMinutes, updated_at = @at, updated_by = @userId where id = @id returning ${columns}`,
  insert: `insert into attendance (lesson_id, student_id, status, reason_kind, reason, late_minutes, entered_at, entered_by)
           values (@lessonId, @studentId, @status, @reasonKind, @reason, @lateMinutes, @at, @userId) returning ${columns}`,
  remove: 'delete from attendance where id = ?',
};

/**
 * The edit rule for attendance, with the class teacher's extra right (004 §4.13.6–7): the class
 * teacher of the lesson's class may change only the reason (kind and text) of an existing absence,
 * for `excuseDays` after the lesson, even in lessons they do not teach. Anything else follows the
 * lesson's rule. The absence's own reason (`reason`) is part of the entry; the correction's reason is
 * `correctionReason`, kept apart so that "a note from home" is never mistaken for a deputy's reason.
 */
function assertAllowed(
  ctx: CallContext,
  scope: LessonScope,
  input: AttendanceInput,
  existing: AttendanceRecord | undefined,
): void {
  const role = signedInUser(ctx).role;
  const policy = readEditPolicy(ctx.app.db);
  const staffId = callerStaffId(ctx);
  const base = { role, lessonDate: scope.date, now: ctx.now, policy, reason: input.correctionReason };
  const asLesson = canEdit({ ...base, kind: 'attendance', isOwn: isOwnLesson(scope, staffId) });
  if (asLesson.ok) return;
  const excuseOnly =
    role === 'teacher' &&
    existing?.status === 'absent' &&
    input.status === 'absent' &&
    (input.lateMinutes ?? null) === existing.lateMinutes;
  if (excuseOnly) {
    const isClassTeacher = staffId !== null && scope.classTeacherId === staffId;
    const asClassTeacher = canEdit({ ...base, kind: 'excuse', isOwn: isClassTeacher });
    if (asClassTeacher.ok) return;
  }
  throw refusalError(asLesson.reason);
}

export function setAttendance(ctx: CallContext, input: AttendanceInput): AttendanceRow | null {
  const db = ctx.app.db;
  const scope = requireLessonScope(db, input.lessonId);
  assertYearOpen(scope);
  const existing = statement(db.sqlite, sql.inCell).get(input.lessonId, input.studentId) as
    AttendanceRecord | undefined;
  assertAllowed(ctx, scope, input, existing);
  if (input.expectedStatus !== undefined)
    assertUnchanged(attendanceText(input.expectedStatus), attendanceText(existing?.status));
  assertPupilInLesson(db, scope, input.studentId);
  const correctionReason = input.correctionReason?.trim() || null;
  const before = existing ? attendanceRow(existing) : null;
  const entityId = `${input.lessonId}:${input.studentId}`;

  if (input.status === null) {
    if (!existing) return null;
    statement(db.sqlite, sql.remove).run(existing.id);
    ctx.audit({ entity: 'attendance', entityId, before, after: null, reason: correctionReason });
    return null;
  }
  const userId = signedInUser(ctx).userId;
  const at = ctx.now.toISOString();
  const fields = {
    status: input.status,
    // A late arrival has minutes, not an absence reason.
    reasonKind: input.status === 'late' ? ('unexcused' as const) : input.reasonKind,
    reason: input.status === 'late' ? null : (input.reason ?? null),
    lateMinutes: input.status === 'late' ? (input.lateMinutes ?? null) : null,
  };
  const row = { ...fields, at, userId };
  const saved = (
    existing
      ? statement(db.sqlite, sql.update).get({ ...row, id: existing.id })
      : statement(db.sqlite, sql.insert).get({ ...row, lessonId: input.lessonId, studentId: input.studentId })
  ) as AttendanceRecord;
  const after = attendanceRow(saved);
  ctx.audit({ entity: 'attendance', entityId, before, after, reason: correctionReason });
  return after;
}
