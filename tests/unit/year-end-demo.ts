/**
 * The demo school for the roll-over tests: its year 2026–2027 ended, the year marks filled in (the
 * demo itself has only the first quarter), a router over it with the clock in June 2027, and a way
 * to read every row that belongs to one year.
 */
import { createHash } from 'node:crypto';
import type { Database } from '../../src-main/db/connection';
import { createRouter } from '../../src-main/api/router';
import type { AppContext } from '../../src-main/api/context';
import type { ApiResult, CallName, Contract } from '../../src-main/api/contract';
import type { InputOf, ResultOf } from '../../src-main/api/contract/define';
import type { RollOverDecisions, RollOverPreview } from '../../src-main/api/contract/year-end';
import { expect } from 'vitest';
import { callerWith, expectOk, FakeClock } from '../helpers/app';
import { demoDatabase } from '../helpers/print';

export interface DemoApp {
  db: Database;
  app: AppContext;
  clock: FakeClock;
  call<K extends CallName>(name: K, input: InputOf<Contract[K]>, token: string): ApiResult<ResultOf<Contract[K]>>;
  signIn(login: string): string;
}

/** The demo year ended on 31 May 2027; the deputy closes it ten days later. */
export const juneAfterDemo = Date.parse('2027-06-10T04:00:00.000Z');

export function demoApp(dir: string): DemoApp {
  const db = demoDatabase(dir);
  const clock = new FakeClock(juneAfterDemo);
  const app: AppContext = { db, now: clock.now };
  const router = createRouter(app);
  const dispatch = (name: string, input: unknown, token: string | null) =>
    router.dispatch(name, input, callerWith(token));
  return {
    db,
    app,
    clock,
    call: (name, input, token) => dispatch(name, input, token).result as ApiResult<ResultOf<Contract[typeof name]>>,
    signIn(login) {
      const outcome = dispatch('session.signIn', { login, password: 'demo1234' }, null);
      if (outcome.session?.kind !== 'set') throw new Error(`no session for ${login}`);
      return outcome.session.token;
    },
  };
}

/**
 * How many year and final marks the year lacks, counted straight from the tables (the demo sets
 * none): a year mark for each pupil on a list on 31 May in each subject of grades 2–11 (grade 1 has
 * no marks; grade 2 is marked in its second half-year), and a final mark too in grades 9 and 11.
 */
export function marksDue(db: Database, yearId: number, endsOn: string): number {
  const perGrade = db.sqlite
    .prepare(
      `select c.grade, count(*) as n from class_subject cs join class c on c.id = cs.class_id
         join enrollment e on e.class_id = c.id and e.from_date <= ? and (e.to_date is null or e.to_date >= ?)
        where c.year_id = ? and c.grade >= 2 group by c.grade`,
    )
    .all(endsOn, endsOn, yearId) as { grade: number; n: number }[];
  return perGrade.reduce((sum, g) => sum + g.n * (g.grade === 9 || g.grade === 11 ? 2 : 1), 0);
}

/** Sets every missing mark the check lists, as a teacher would: "4" for all, to keep it simple. */
export function fillMissing(
  db: Database,
  classes: { subjects: { classSubjectId: number; pupils: { studentId: number; kinds: string[] }[] }[] }[],
): number {
  const insert = db.sqlite.prepare(
    `insert into period_mark (class_subject_id, student_id, kind, number, value, set_at)
     values (?, ?, ?, 0, '4', '2027-05-31T10:00:00.000Z')`,
  );
  let n = 0;
  db.sqlite.transaction(() => {
    for (const c of classes)
      for (const s of c.subjects)
        for (const p of s.pupils)
          for (const kind of p.kinds) n += insert.run(s.classSubjectId, p.studentId, kind).changes;
  })();
  return n;
}

/** The rows of one year in every table that holds a year's data, in rowid order. */
export function yearRows(db: Database, yearId: number): Record<string, unknown[]> {
  const classes = 'select id from class where year_id = :y';
  const lines = `select id from class_subject where class_id in (${classes})`;
  const lessons = `select id from lesson where class_subject_id in (${lines})`;
  const groups = `select id from subgroup where class_subject_id in (${lines})`;
  const pupils = `select student_id from enrollment where class_id in (${classes})`;
  const where: Record<string, string> = {
    academic_year: 'id = :y',
    period: 'year_id = :y',
    holiday: 'year_id = :y',
    grading_rule: 'year_id = :y',
    class: 'year_id = :y',
    class_subject: `class_id in (${classes})`,
    subgroup: `class_subject_id in (${lines})`,
    subgroup_member: `subgroup_id in (${groups})`,
    timetable_slot: `class_subject_id in (${lines})`,
    substitution: `class_subject_id in (${lines})`,
    plan_topic: `class_subject_id in (${lines})`,
    lesson: `class_subject_id in (${lines})`,
    mark: `lesson_id in (${lessons})`,
    attendance: `lesson_id in (${lessons})`,
    period_mark: `class_subject_id in (${lines})`,
    enrollment: `class_id in (${classes})`,
    student: `id in (${pupils})`,
    guardian: `student_id in (${pupils})`,
  };
  return Object.fromEntries(
    Object.entries(where).map(([table, w]) => [
      table,
      db.sqlite.prepare(`select * from "${table}" where ${w} order by rowid`).all({ y: yearId }),
    ]),
  );
}

export function hashOf(rows: unknown): string {
  return createHash('sha256').update(JSON.stringify(rows)).digest('hex');
}

export interface ClosedDemo {
  d: DemoApp;
  deputy: string;
  oldYear: number;
}

/**
 * The demo with its year's missing marks set (the check's count first compared with `marksDue`) and
 * the year closed by the deputy, nothing missing.
 */
export function closedDemo(dir: string): ClosedDemo {
  const d = demoApp(dir);
  const deputy = d.signIn('deputy');
  const oldYear = d.db.sqlite.prepare('select id from academic_year').pluck().get() as number;
  const check = expectOk(d.call('yearEnd.check', { yearId: oldYear }, deputy));
  expect(check.missingCount).toBe(marksDue(d.db, oldYear, '2027-05-31'));
  expect(fillMissing(d.db, check.classes)).toBe(check.missingCount);
  expect(expectOk(d.call('yearEnd.check', { yearId: oldYear }, deputy)).missingCount).toBe(0);
  expectOk(d.call('yearEnd.close', { yearId: oldYear }, deputy));
  return { d, deputy, oldYear };
}

/** The pupils of an old class, as the preview lists them (Kyrgyz order). */
export function pupilsOf(preview: RollOverPreview, className: string): number[] {
  return preview.classes.find((c) => c.fromName === className)?.pupils.map((p) => p.studentId) ?? [];
}

/**
 * The decisions of the demo's roll-over: three pupils of 9-А and the whole of 9-В leave after grade 9;
 * the first pupil of 5-А and of 11-А repeat, by the council's decision № 7 of 28 May.
 */
export function demoDecisions(preview: RollOverPreview, fromYearId: number): RollOverDecisions {
  return {
    fromYearId,
    leavers: [...pupilsOf(preview, '9-А').slice(0, 3), ...pupilsOf(preview, '9-В')],
    repeaters: [
      {
        studentIds: [pupilsOf(preview, '5-А')[0] ?? 0, pupilsOf(preview, '11-А')[0] ?? 0],
        decisionDate: '2027-05-28',
        decisionNo: '7',
      },
    ],
  };
}
