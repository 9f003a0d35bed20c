import type { CallContext } from '../api/context';
import { signedInUser } from '../api/context';
import type { JournalChoice, JournalChoices } from '../api/contract/journal';
import { schoolDay } from '../calendar/school-day';
import { currentYear } from '../school/academic-year';
import { callerStaffId } from './lesson-access';

interface LoadLine {
  classSubjectId: number;
  classId: number;
  grade: number;
  letter: string;
  nameKy: string;
  nameRu: string;
  sortOrder: number;
  teacherId: number | null;
  teacherName: string | null;
  classTeacherId: number | null;
}

interface GroupLine {
  subgroupId: number;
  classSubjectId: number;
  name: string;
  teacherId: number | null;
  teacherName: string | null;
}

const teacherName = (alias: string) => `case when ${alias}.id is null then null
  else ${alias}.surname || ' ' || ${alias}.name end`;

/**
 * The journals the journal screen offers: the current year's class subjects, all of them to a reader
 * of every journal, to a teacher those they teach (or teach a subgroup of) and those of the class they
 * are class teacher of. Three queries whatever the school's size.
 */
export function journalChoices(ctx: CallContext): JournalChoices {
  const db = ctx.app.db.sqlite;
  const year = currentYear(ctx.app.db);
  const teachers = db
    .prepare(
      `select s.id as staffId, s.surname || ' ' || s.name as name from staff s
        where s.active = 1 and exists (select 1 from user u where u.staff_id = s.id and u.role = 'teacher' and u.state = 'active')
        order by s.surname, s.name`,
    )
    .all() as JournalChoices['teachers'];
  const myStaffId = callerStaffId(ctx);
  if (!year) {
    return {
      today: schoolDay(ctx.now),
      year: null,
      periods: [],
      currentPeriodId: null,
      journals: [],
      teachers,
      myStaffId,
    };
  }

  const periods = db
    .prepare(
      `select id as periodId, kind, number, starts_on as startsOn, ends_on as endsOn from period
        where year_id = ? order by case kind when 'quarter' then 0 when 'half_year' then 1 else 2 end, number`,
    )
    .all(year.id) as JournalChoices['periods'];
  const lines = db
    .prepare(
      `select cs.id as classSubjectId, c.id as classId, c.grade, c.letter, s.name_ky as nameKy, s.name_ru as nameRu,
              s.sort_order as sortOrder, cs.teacher_id as teacherId, ${teacherName('t')} as teacherName,
              c.class_teacher_id as classTeacherId
         from class_subject cs join class c on c.id = cs.class_id join subject s on s.id = cs.subject_id
         left join staff t on t.id = cs.teacher_id
        where c.year_id = ?`,
    )
    .all(year.id) as LoadLine[];
  const groups = db
    .prepare(
      `select g.id as subgroupId, g.class_subject_id as classSubjectId, g.name, g.teacher_id as teacherId,
              ${teacherName('t')} as teacherName
         from subgroup g join class_subject cs on cs.id = g.class_subject_id join class c on c.id = cs.class_id
         left join staff t on t.id = g.teacher_id
        where c.year_id = ? order by g.name`,
    )
    .all(year.id) as GroupLine[];

  const readsAll = signedInUser(ctx).permissions.includes('journal.readAll');
  const me = myStaffId;
  const substitutes = new Set(
    me === null
      ? []
      : (
          db
            .prepare(
              `select distinct su.class_subject_id as id from substitution su join class_subject cs on cs.id = su.class_subject_id
                 join class c on c.id = cs.class_id where c.year_id = ? and su.substitute_id = ?`,
            )
            .all(year.id, me) as { id: number }[]
        ).map((r) => r.id),
  );
  const journals: JournalChoice[] = [];
  for (const line of lines) {
    const own = groups.filter((g) => g.classSubjectId === line.classSubjectId);
    const mine = me !== null && (line.teacherId === me || own.some((g) => g.teacherId === me));
    const classTeacher = me !== null && line.classTeacherId === me;
    const substitute = substitutes.has(line.classSubjectId);
    if (!readsAll && !mine && !classTeacher && !substitute) continue;
    journals.push({
      classSubjectId: line.classSubjectId,
      classId: line.classId,
      className: `${line.grade}-${line.letter}`,
      grade: line.grade,
      subject: { nameKy: line.nameKy, nameRu: line.nameRu },
      teacherName: line.teacherName,
      subgroups: own.map((g) => ({ subgroupId: g.subgroupId, name: g.name, teacherName: g.teacherName })),
      own: mine,
      ownSubgroupIds: own.filter((g) => me !== null && g.teacherId === me).map((g) => g.subgroupId),
      ownWhole: me !== null && line.teacherId === me,
      classTeacher,
      substitute,
    });
  }
  const byId = new Map(lines.map((l) => [l.classSubjectId, l]));
  const letter = (j: JournalChoice) => byId.get(j.classSubjectId)?.letter ?? '';
  const rank = (j: JournalChoice) => byId.get(j.classSubjectId)?.sortOrder ?? 0;
  journals.sort(
    (a, b) =>
      a.grade - b.grade ||
      letter(a).localeCompare(letter(b), 'ky') ||
      rank(a) - rank(b) ||
      a.subject.nameKy.localeCompare(b.subject.nameKy, 'ky'),
  );

  const today = schoolDay(ctx.now);
  const quarters = periods.filter((p) => p.kind === 'quarter');
  const current =
    quarters.find((p) => p.startsOn <= today && today <= p.endsOn) ??
    [...quarters].reverse().find((p) => p.endsOn < today) ??
    quarters[0] ??
    periods[0];
  return {
    today,
    year: { yearId: year.id, title: year.title, closed: year.state === 'closed' },
    periods,
    currentPeriodId: current?.periodId ?? null,
    journals,
    teachers,
    myStaffId,
  };
}
