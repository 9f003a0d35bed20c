import type { Database } from '../../db/connection';
import type { RemarkCounts, RemarkRow, RemarkState } from '../../api/contract/control-remarks';
import { peopleByIds } from '../../structure/staff-service';
import { formatClassName } from '../../text/class-names';

/*
 * Remarks as the screens show them, read in three queries whatever their number: the remarks with
 * their class subject and the people who wrote and fixed them, then the teachers who keep each journal.
 */

export interface RemarkFilter {
  remarkId?: number;
  classId?: number;
  /** A teacher's staff id: remarks on the class subjects and subgroups they teach. */
  teacherId?: number;
}

interface Row {
  remarkId: number;
  classSubjectId: number;
  classId: number;
  grade: number;
  letter: string;
  nameKy: string;
  nameRu: string;
  teacherId: number | null;
  text: string;
  createdAt: string;
  createdBy: string | null;
  dueOn: string;
  fixedAt: string | null;
  fixedBy: string | null;
  fixedNote: string | null;
}

const personOfUser = (alias: string) =>
  `(select trim(s.surname || ' ' || s.name || coalesce(' ' || s.patronymic, '')) from user u
     join staff s on s.id = u.staff_id where u.id = ${alias})`;

export function stateOf(r: { fixedAt: string | null; dueOn: string }, today: string): RemarkState {
  if (r.fixedAt !== null) return 'fixed';
  return r.dueOn < today ? 'overdue' : 'open';
}

export function readRemarks(db: Database, filter: RemarkFilter, today: string): RemarkRow[] {
  const rows = db.sqlite
    .prepare(
      `select r.id as remarkId, r.class_subject_id as classSubjectId, c.id as classId, c.grade, c.letter,
              sj.name_ky as nameKy, sj.name_ru as nameRu, cs.teacher_id as teacherId, r.text,
              r.created_at as createdAt, ${personOfUser('r.created_by')} as createdBy, r.due_on as dueOn,
              r.fixed_at as fixedAt, ${personOfUser('r.fixed_by')} as fixedBy, r.fixed_note as fixedNote
         from remark r join class_subject cs on cs.id = r.class_subject_id join class c on c.id = cs.class_id
         join subject sj on sj.id = cs.subject_id
        where (@remark is null or r.id = @remark) and (@cls is null or c.id = @cls)
          and (@teacher is null or cs.teacher_id = @teacher
               or exists (select 1 from subgroup g where g.class_subject_id = cs.id and g.teacher_id = @teacher))
        order by r.created_at desc, r.id desc`,
    )
    .all({ remark: filter.remarkId ?? null, cls: filter.classId ?? null, teacher: filter.teacherId ?? null }) as Row[];
  const groups = db.sqlite
    .prepare(
      `select class_subject_id as classSubjectId, teacher_id as teacherId from subgroup
        where teacher_id is not null and class_subject_id in (select value from json_each(?))`,
    )
    .all(JSON.stringify([...new Set(rows.map((r) => r.classSubjectId))])) as {
    classSubjectId: number;
    teacherId: number;
  }[];
  const people = peopleByIds(db, [...rows.map((r) => r.teacherId), ...groups.map((g) => g.teacherId)]);
  return rows.map((r) => {
    const ids = [r.teacherId, ...groups.filter((g) => g.classSubjectId === r.classSubjectId).map((g) => g.teacherId)];
    const teachers = [...new Set(ids)].flatMap((staffId) => {
      const p = staffId === null ? undefined : people.get(staffId);
      return p ? [p] : [];
    });
    return {
      remarkId: r.remarkId,
      classSubjectId: r.classSubjectId,
      classId: r.classId,
      className: formatClassName(r.grade, r.letter),
      subject: { nameKy: r.nameKy, nameRu: r.nameRu },
      teachers,
      text: r.text,
      createdAt: r.createdAt,
      createdBy: r.createdBy,
      dueOn: r.dueOn,
      state: stateOf(r, today),
      fixedAt: r.fixedAt,
      fixedBy: r.fixedBy,
      fixedNote: r.fixedNote,
    };
  });
}

export function countStates(rows: readonly RemarkRow[]): RemarkCounts {
  return {
    open: rows.filter((r) => r.state !== 'fixed').length,
    overdue: rows.filter((r) => r.state === 'overdue').length,
    fixed: rows.filter((r) => r.state === 'fixed').length,
  };
}
