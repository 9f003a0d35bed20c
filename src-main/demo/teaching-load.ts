import { classSubject, subgroup, subgroupMember, subject } from '../db/schema';
import { prepareInsert } from './insert';
import type { PlannedLoad } from './assign';
import type { DemoContext, DemoLoad, DemoSection } from './model';
import { subjectByKey, subjects } from './subjects';

/** The subjects, reusing any the school already has under the same Kyrgyz name. */
function saveSubjects(ctx: DemoContext): Map<string, number> {
  const rows = ctx.db.orm.select({ id: subject.id, nameKy: subject.nameKy }).from(subject).all();
  const existing = new Map(rows.map((r) => [r.nameKy, r.id]));
  const insert = prepareInsert(ctx.db, subject, ['nameKy', 'nameRu', 'shortKy', 'shortRu', 'sortOrder']);
  const ids = new Map<string, number>();
  subjects.forEach((s, i) => {
    const id = existing.get(s.nameKy) ?? insert.run(s.nameKy, s.nameRu, s.shortKy, s.shortRu, (i + 1) * 10);
    ids.set(s.key, id);
  });
  return ids;
}

/**
 * Saves the teaching load (class_subject), and for a split subject its two subgroups, each with its
 * teacher and half of the class.
 */
export function createTeachingLoad(ctx: DemoContext, planned: readonly PlannedLoad[]): DemoLoad[] {
  const { db, rng } = ctx;
  const subjectIds = saveSubjects(ctx);
  const insertLoad = prepareInsert(db, classSubject, ['classId', 'subjectId', 'teacherId', 'hoursPerWeek']);
  const insertSubgroup = prepareInsert(db, subgroup, ['classSubjectId', 'name', 'teacherId']);
  const insertMember = prepareInsert(db, subgroupMember, ['subgroupId', 'studentId']);

  return planned.map((p) => {
    const subjectId = subjectIds.get(p.subjectKey) ?? 0;
    const [main] = p.teachers;
    if (!main) throw new Error(`No teacher for ${p.subjectKey}`);
    const id = insertLoad.run(p.cls.id, subjectId, main.staffId, p.hours);
    let sections: DemoSection[];
    if (p.teachers.length === 1) {
      sections = [{ subgroupId: null, teacher: main, pupils: p.cls.pupils }];
    } else {
      const shuffled = rng.shuffle(p.cls.pupils);
      const half = Math.ceil(shuffled.length / 2);
      sections = p.teachers.map((teacher, i) => {
        const name = p.cls.language === 'ky' ? `${i + 1}-топ` : `${i + 1}-я подгруппа`;
        const subgroupId = insertSubgroup.run(id, name, teacher.staffId);
        const pupils = i === 0 ? shuffled.slice(0, half) : shuffled.slice(half);
        for (const pupil of pupils) insertMember.run(subgroupId, pupil.id);
        return { subgroupId, teacher, pupils };
      });
    }
    return { id, cls: p.cls, subject: subjectByKey(p.subjectKey), subjectId, hours: p.hours, sections };
  });
}
