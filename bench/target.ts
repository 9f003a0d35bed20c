import type { Database } from '../src-main/db/connection';

export interface PageTarget {
  classSubjectId: number;
  className: string;
  subject: string;
  pupils: number;
}

/**
 * The heaviest journal page a whole class has: the class subject without subgroups with the most
 * pupils, and among those the most hours a week (graded, so from grade 5).
 */
export function pageTarget(db: Database): PageTarget {
  const row = db.sqlite
    .prepare(
      `select cs.id as classSubjectId, c.grade || '-' || c.letter as className, s.name_ru as subject,
              (select count(*) from enrollment e where e.class_id = c.id) as pupils
         from class_subject cs join class c on c.id = cs.class_id join subject s on s.id = cs.subject_id
        where c.grade >= 5 and not exists (select 1 from subgroup g where g.class_subject_id = cs.id)
        order by pupils desc, cs.hours_per_week desc, cs.id limit 1`,
    )
    .get() as PageTarget | undefined;
  if (!row) throw new Error('The school has no whole-class subject from grade 5');
  return row;
}
