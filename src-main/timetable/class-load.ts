import type { Database } from '../db/connection';

/** One class subject of the load with what the timetable checks need: hours, teachers, subgroups. */
export interface LoadLine {
  classSubjectId: number;
  subjectNameKy: string;
  subjectNameRu: string;
  sortOrder: number;
  hoursPerWeek: number;
  teacherId: number | null;
  subgroups: Map<number, { name: string; teacherId: number | null }>;
}

/** A class's load by class subject id, in two queries. */
export function classLoad(db: Database, classId: number): Map<number, LoadLine> {
  const lines = db.sqlite
    .prepare(
      `select cs.id as classSubjectId, s.name_ky as subjectNameKy, s.name_ru as subjectNameRu,
              s.sort_order as sortOrder, cs.hours_per_week as hoursPerWeek, cs.teacher_id as teacherId
         from class_subject cs join subject s on s.id = cs.subject_id
        where cs.class_id = ? order by s.sort_order, cs.id`,
    )
    .all(classId) as Omit<LoadLine, 'subgroups'>[];
  const groups = db.sqlite
    .prepare(
      `select sg.id, sg.class_subject_id as classSubjectId, sg.name, sg.teacher_id as teacherId
         from subgroup sg join class_subject cs on cs.id = sg.class_subject_id
        where cs.class_id = ? order by sg.id`,
    )
    .all(classId) as { id: number; classSubjectId: number; name: string; teacherId: number | null }[];
  const load = new Map<number, LoadLine>(lines.map((l) => [l.classSubjectId, { ...l, subgroups: new Map() }]));
  for (const g of groups) load.get(g.classSubjectId)?.subgroups.set(g.id, { name: g.name, teacherId: g.teacherId });
  return load;
}

/** Who gives a slot's lesson: the subgroup's own teacher, else the class subject's. */
export function teacherOfSlot(line: LoadLine, subgroupId: number | null): number | null {
  const group = subgroupId === null ? undefined : line.subgroups.get(subgroupId);
  return group?.teacherId ?? line.teacherId;
}
