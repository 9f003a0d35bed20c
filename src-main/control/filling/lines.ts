import type { Database } from '../../db/connection';
import type { PersonRef } from '../../api/contract/structure';
import { peopleByIds } from '../../structure/staff-service';
import { formatClassName } from '../../text/class-names';
import { compareKyrgyz } from '../../text/kyrgyz-order';

/**
 * What filling control reports on: every class subject of the year, a split one per subgroup (each
 * subgroup teacher keeps their own records, 004 §4.14.13), in the journal's order.
 */
export interface FillingUnit {
  classSubjectId: number;
  subgroupId: number | null;
  subgroupName: string | null;
  classId: number;
  grade: number;
  className: string;
  subject: { nameKy: string; nameRu: string };
  teacherId: number | null;
  teacher: PersonRef | null;
}

interface LoadRow {
  classSubjectId: number;
  classId: number;
  grade: number;
  letter: string;
  nameKy: string;
  nameRu: string;
  sortOrder: number;
  teacherId: number | null;
}

export function fillingUnits(
  db: Database,
  filter: { yearId: number; classId?: number | undefined; teacherId?: number | undefined },
): FillingUnit[] {
  const loads = db.sqlite
    .prepare(
      `select cs.id as classSubjectId, c.id as classId, c.grade, c.letter, s.name_ky as nameKy, s.name_ru as nameRu,
              s.sort_order as sortOrder, cs.teacher_id as teacherId
         from class_subject cs join class c on c.id = cs.class_id join subject s on s.id = cs.subject_id
        where c.year_id = @year and (@cls is null or c.id = @cls)`,
    )
    .all({ year: filter.yearId, cls: filter.classId ?? null }) as LoadRow[];
  loads.sort(
    (a, b) =>
      a.grade - b.grade ||
      compareKyrgyz(a.letter, b.letter) ||
      a.sortOrder - b.sortOrder ||
      compareKyrgyz(a.nameKy, b.nameKy),
  );
  const groups = db.sqlite
    .prepare(
      `select g.id, g.class_subject_id as classSubjectId, g.name, g.teacher_id as teacherId
         from subgroup g join class_subject cs on cs.id = g.class_subject_id join class c on c.id = cs.class_id
        where c.year_id = ? order by g.id`,
    )
    .all(filter.yearId) as { id: number; classSubjectId: number; name: string; teacherId: number | null }[];
  const byLoad = new Map<number, typeof groups>();
  for (const g of groups) byLoad.set(g.classSubjectId, [...(byLoad.get(g.classSubjectId) ?? []), g]);
  const people = peopleByIds(db, [...loads.map((l) => l.teacherId), ...groups.map((g) => g.teacherId)]);

  const units = loads.flatMap((load) => {
    const base = {
      classSubjectId: load.classSubjectId,
      classId: load.classId,
      grade: load.grade,
      className: formatClassName(load.grade, load.letter),
      subject: { nameKy: load.nameKy, nameRu: load.nameRu },
    };
    const unit = (g: (typeof groups)[number] | null): FillingUnit => {
      const teacherId = g ? (g.teacherId ?? load.teacherId) : load.teacherId;
      return {
        ...base,
        subgroupId: g?.id ?? null,
        subgroupName: g?.name ?? null,
        teacherId,
        teacher: teacherId === null ? null : (people.get(teacherId) ?? null),
      };
    };
    const parts = byLoad.get(load.classSubjectId) ?? [];
    return parts.length ? parts.map(unit) : [unit(null)];
  });
  return filter.teacherId === undefined ? units : units.filter((u) => u.teacherId === filter.teacherId);
}
