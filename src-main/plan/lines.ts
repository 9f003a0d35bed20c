import { asc, inArray } from 'drizzle-orm';
import type { Database } from '../db/connection';
import { planTopic } from '../db/schema';
import type { CallContext } from '../api/context';
import { signedInUser } from '../api/context';
import type { PlanLine } from '../api/contract/plan';
import { callerStaffId } from '../journal/lesson-access';
import { peopleByIds } from '../structure/staff-service';
import { formatClassName } from '../text/class-names';
import { compareKyrgyz } from '../text/kyrgyz-order';
import type { TopicRecord } from './topics';

/**
 * A plan line: every class subject has its class plan (subgroup null), and a split subject one line per
 * subgroup too. A subgroup without topics of its own works to the class plan (`shared`).
 */
export interface LineRecord extends PlanLine {
  hoursPerWeek: number;
  classSubjectTeacherId: number | null;
  /** The subgroup's teacher on a subgroup's line, the class subject's on the class line. */
  lineTeacherId: number | null;
  /** The class subject is taught in subgroups. */
  split: boolean;
  /** The line's own topics, in order. */
  own: TopicRecord[];
  /** What the line works to: its own topics, or (a subgroup with none) the class plan's. */
  topics: TopicRecord[];
  shared: boolean;
}

interface LoadRecord {
  classSubjectId: number;
  classId: number;
  grade: number;
  letter: string;
  subjectId: number;
  nameKy: string;
  nameRu: string;
  sortOrder: number;
  hoursPerWeek: number;
  teacherId: number | null;
}

/** The plan lines of a year (or of one class of it), in the journal's order: class, subject, subgroup. */
export function planLines(db: Database, filter: { yearId: number; classId?: number | undefined }): LineRecord[] {
  const loads = db.sqlite
    .prepare(
      `select cs.id as classSubjectId, c.id as classId, c.grade, c.letter, s.id as subjectId, s.name_ky as nameKy,
              s.name_ru as nameRu, s.sort_order as sortOrder, cs.hours_per_week as hoursPerWeek, cs.teacher_id as teacherId
         from class_subject cs join class c on c.id = cs.class_id join subject s on s.id = cs.subject_id
        where c.year_id = @year and (@cls is null or c.id = @cls)`,
    )
    .all({ year: filter.yearId, cls: filter.classId ?? null }) as LoadRecord[];
  if (!loads.length) return [];
  loads.sort(
    (a, b) =>
      a.grade - b.grade ||
      compareKyrgyz(a.letter, b.letter) ||
      a.sortOrder - b.sortOrder ||
      compareKyrgyz(a.nameKy, b.nameKy),
  );
  const ids = loads.map((l) => l.classSubjectId);
  const groups = db.sqlite
    .prepare(
      `select id, class_subject_id as classSubjectId, name, teacher_id as teacherId from subgroup
        where class_subject_id in (select value from json_each(?)) order by id`,
    )
    .all(JSON.stringify(ids)) as { id: number; classSubjectId: number; name: string; teacherId: number | null }[];
  const topics = db.orm
    .select()
    .from(planTopic)
    .where(inArray(planTopic.classSubjectId, ids))
    .orderBy(asc(planTopic.position), asc(planTopic.id))
    .all();
  const byPlan = new Map<string, TopicRecord[]>();
  for (const t of topics) {
    const key = `${t.classSubjectId}:${t.subgroupId ?? ''}`;
    const list = byPlan.get(key);
    if (list) list.push(t);
    else byPlan.set(key, [t]);
  }
  const topicsOf = (cs: number, sg: number | null) => byPlan.get(`${cs}:${sg ?? ''}`) ?? [];
  const people = peopleByIds(db, [...loads.map((l) => l.teacherId), ...groups.map((g) => g.teacherId)]);

  return loads.flatMap((load) => {
    const parts = groups.filter((g) => g.classSubjectId === load.classSubjectId);
    const common = topicsOf(load.classSubjectId, null);
    const line = (sg: (typeof parts)[number] | null): LineRecord => {
      const own = sg ? topicsOf(load.classSubjectId, sg.id) : common;
      const lineTeacherId = sg ? sg.teacherId : load.teacherId;
      return {
        classSubjectId: load.classSubjectId,
        subgroupId: sg?.id ?? null,
        subgroupName: sg?.name ?? null,
        classId: load.classId,
        className: formatClassName(load.grade, load.letter),
        grade: load.grade,
        subjectId: load.subjectId,
        subject: { nameKy: load.nameKy, nameRu: load.nameRu },
        teacher: lineTeacherId === null ? null : (people.get(lineTeacherId) ?? null),
        hoursPerWeek: load.hoursPerWeek,
        classSubjectTeacherId: load.teacherId,
        lineTeacherId,
        split: parts.length > 0,
        own,
        topics: own.length || !sg ? own : common,
        shared: sg !== null && !own.length && common.length > 0,
      };
    };
    return [line(null), ...parts.map(line)];
  });
}

/**
 * The lines the caller reads: all with journal.readAll; a teacher the lines of the class subjects they
 * teach and of the subgroups they teach.
 */
export function visibleLines(ctx: CallContext, lines: LineRecord[]): LineRecord[] {
  if (signedInUser(ctx).permissions.includes('journal.readAll')) return lines;
  const staffId = callerStaffId(ctx);
  if (staffId === null) return [];
  return lines.filter(
    (l) => l.classSubjectTeacherId === staffId || (l.subgroupId !== null && l.lineTeacherId === staffId),
  );
}

export function planLineOf(line: LineRecord): PlanLine {
  const { classSubjectId, subgroupId, subgroupName, classId, className, grade, subjectId, subject, teacher } = line;
  return { classSubjectId, subgroupId, subgroupName, classId, className, grade, subjectId, subject, teacher };
}
