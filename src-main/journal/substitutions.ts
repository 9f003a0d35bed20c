import { ApiError } from '../api/api-error';
import type { CallContext } from '../api/context';
import { signedInUser } from '../api/context';
import type { SubstitutionRow } from '../api/contract/journal';
import { assertYearOpen, callerStaffId } from './lesson-access';
import { assertCanRead } from './read-access';

const invalid = (path: string, message: string) => new ApiError('INVALID_INPUT', undefined, [{ path, message }]);

const rowSql = `select su.id as substitutionId, su.class_subject_id as classSubjectId,
       c.grade || '-' || c.letter as className, s.name_ky as nameKy, s.name_ru as nameRu, su.date,
       su.lesson_number as lessonNumber, case when a.id is null then null else a.surname || ' ' || a.name end
       as absentTeacher, su.substitute_id as substituteId, t.surname || ' ' || t.name as substitute, su.reason
  from substitution su join class_subject cs on cs.id = su.class_subject_id join class c on c.id = cs.class_id
  join subject s on s.id = cs.subject_id join staff t on t.id = su.substitute_id
  left join staff a on a.id = su.absent_teacher_id`;

type Raw = Omit<SubstitutionRow, 'subject'> & { nameKy: string; nameRu: string };

const toRow = ({ nameKy, nameRu, ...r }: Raw): SubstitutionRow => ({ ...r, subject: { nameKy, nameRu } });

export interface SubstitutionInput {
  classSubjectId: number;
  date: string;
  lessonNumber?: number;
  substituteId: number;
  reason?: string;
}

/**
 * The deputy records who replaces the class subject's teacher on a day (004 §5.1). The substitute must
 * be an active teacher other than the absent one, the day inside the open school year; the same
 * substitute twice for one lesson is one plan, not two.
 */
export function setSubstitution(ctx: CallContext, input: SubstitutionInput): SubstitutionRow {
  const db = ctx.app.db.sqlite;
  const scope = db
    .prepare(
      `select cs.teacher_id as teacherId, y.starts_on as startsOn, y.ends_on as endsOn, y.state = 'closed' as closed
         from class_subject cs join class c on c.id = cs.class_id join academic_year y on y.id = c.year_id
        where cs.id = ?`,
    )
    .get(input.classSubjectId) as
    { teacherId: number | null; startsOn: string; endsOn: string; closed: number } | undefined;
  if (!scope) throw invalid('classSubjectId', 'validation.journal.classSubjectNotFound');
  assertYearOpen({ yearClosed: scope.closed === 1 });
  if (input.date < scope.startsOn || input.date > scope.endsOn) {
    throw new ApiError('INVALID_INPUT', undefined, [
      { path: 'date', message: 'validation.outsideYear', params: { from: scope.startsOn, to: scope.endsOn } },
    ]);
  }
  const teacher = db
    .prepare(
      `select 1 from staff s where s.id = ? and s.active = 1
          and exists (select 1 from user u where u.staff_id = s.id and u.role = 'teacher' and u.state = 'active')`,
    )
    .get(input.substituteId);
  if (!teacher) throw invalid('substituteId', 'validation.journal.staffNotFound');
  if (input.substituteId === scope.teacherId) throw invalid('substituteId', 'validation.journal.substituteIsTeacher');
  const twin = db
    .prepare(
      `select id from substitution where class_subject_id = ? and date = ? and lesson_number is ? and substitute_id = ?`,
    )
    .get(input.classSubjectId, input.date, input.lessonNumber ?? null, input.substituteId) as
    { id: number } | undefined;
  const id =
    twin?.id ??
    Number(
      db
        .prepare(
          `insert into substitution (class_subject_id, date, lesson_number, absent_teacher_id, substitute_id, reason)
           values (?, ?, ?, ?, ?, ?)`,
        )
        .run(
          input.classSubjectId,
          input.date,
          input.lessonNumber ?? null,
          scope.teacherId,
          input.substituteId,
          input.reason?.trim() || null,
        ).lastInsertRowid,
    );
  const row = toRow(db.prepare(`${rowSql} where su.id = ?`).get(id) as Raw);
  if (!twin) ctx.audit({ entity: 'substitution', entityId: String(id), before: null, after: row });
  return row;
}

export function removeSubstitution(ctx: CallContext, input: { substitutionId: number }): null {
  const db = ctx.app.db.sqlite;
  const raw = db.prepare(`${rowSql} where su.id = ?`).get(input.substitutionId) as Raw | undefined;
  if (!raw)
    throw new ApiError('NOT_FOUND', undefined, [
      { path: 'substitutionId', message: 'validation.journal.substitutionNotFound' },
    ]);
  const closed = db
    .prepare(
      `select y.state = 'closed' as closed from class_subject cs join class c on c.id = cs.class_id
         join academic_year y on y.id = c.year_id where cs.id = ?`,
    )
    .get(raw.classSubjectId) as { closed: number };
  assertYearOpen({ yearClosed: closed.closed === 1 });
  db.prepare('delete from substitution where id = ?').run(input.substitutionId);
  ctx.audit({ entity: 'substitution', entityId: String(input.substitutionId), before: toRow(raw), after: null });
  return null;
}

/**
 * A class subject's substitutions, to whoever reads its journal; without a class subject, the caller's
 * own as a substitute (a teacher's "where do I replace someone").
 */
export function listSubstitutions(ctx: CallContext, input: { classSubjectId?: number }): SubstitutionRow[] {
  const db = ctx.app.db.sqlite;
  if (input.classSubjectId !== undefined) {
    assertCanRead(ctx, input.classSubjectId);
    return (
      db
        .prepare(`${rowSql} where su.class_subject_id = ? order by su.date, su.lesson_number`)
        .all(input.classSubjectId) as Raw[]
    ).map(toRow);
  }
  signedInUser(ctx);
  const me = callerStaffId(ctx);
  if (me === null) return [];
  return (db.prepare(`${rowSql} where su.substitute_id = ? order by su.date, su.lesson_number`).all(me) as Raw[]).map(
    toRow,
  );
}
