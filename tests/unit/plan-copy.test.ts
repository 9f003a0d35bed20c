import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classSubject } from '../../src-main/db/schema';
import { insertClass } from '../../src-main/roster/classes';
import { expectError, expectOk, openTestApp, snapshot, staffSchool, type Staffed, type TestApp } from '../helpers/app';
import { addLesson, planSchool, type PlanSchool } from '../helpers/samples/plan';

/* Copying a plan from another class of the parallel: same subject, same grade, same year. */

let t: TestApp;
let f: Staffed;
let s: PlanSchool;

const plan = [
  { title: 'Натуралдык сандар', hours: 30, plannedDate: '2025-09-02', section: 'Сандар' },
  { title: 'Бөлчөктөр', hours: 30, plannedDate: '2025-11-11', section: 'Бөлчөктөр' },
  { title: 'Кайталоо', hours: 8 },
];

beforeAll(() => {
  t = openTestApp();
  f = staffSchool(t);
  s = planSchool(t, f);
  expectOk(t.call('plan.save', { classSubjectId: s.math5a, topics: plan }, f.teacher.token));
});
afterAll(() => t.close());

const shape = (topics: { title: string; hours: number; plannedDate: string | null; section: string | null }[]) =>
  topics.map(({ title, hours, plannedDate, section }) => ({ title, hours, plannedDate, section }));

describe('plan.copy', () => {
  it("copies titles, hours, sections and planned dates into another class of the parallel (a colleague's plan too)", () => {
    const source = expectOk(t.call('plan.get', { classSubjectId: s.math5a }, f.teacher.token));
    const copied = expectOk(
      t.call('plan.copy', { fromClassSubjectId: s.math5a, toClassSubjectId: s.math5b }, s.other.token),
    );
    expect(copied).toMatchObject({ classSubjectId: s.math5b, className: '5-Б' });
    expect(shape(copied.topics)).toEqual(shape(source.topics));
    expect(copied.topics.map((x) => x.position)).toEqual([1, 2, 3]);
    const sourceIds = new Set(source.topics.map((x) => x.topicId));
    expect(copied.topics.some((x) => sourceIds.has(x.topicId))).toBe(false);
    expect(copied.hours).toMatchObject({ planned: 68, difference: 0 });
    // The source is untouched.
    expect(expectOk(t.call('plan.get', { classSubjectId: s.math5a }, f.teacher.token)).topics).toEqual(source.topics);
  });

  it('refuses another subject, another grade and the same class subject, changing nothing', () => {
    const before = snapshot(t.db);
    const cases = [
      [{ fromClassSubjectId: s.math5a, toClassSubjectId: s.history5b }, 'validation.plan.copyOtherSubject'],
      [{ fromClassSubjectId: s.math5a, toClassSubjectId: s.math6a }, 'validation.plan.copyOtherGrade'],
      [{ fromClassSubjectId: s.math5a, toClassSubjectId: s.math5a }, 'validation.plan.copySame'],
      [{ fromClassSubjectId: s.math6a, toClassSubjectId: s.math1a }, 'validation.plan.copyOtherGrade'],
    ] as const;
    for (const [input, message] of cases) {
      const error = expectError(t.call('plan.copy', input, f.teacher.token), 'INVALID_INPUT');
      expect(error.fields?.[0]).toMatchObject({ path: 'fromClassSubjectId', message });
    }
    const grade = expectError(
      t.call('plan.copy', { fromClassSubjectId: s.math5a, toClassSubjectId: s.math6a }, f.teacher.token),
    );
    expect(grade.fields?.[0]?.params).toEqual({ from: 5, to: 6 });
    expect(snapshot(t.db)).toBe(before);
  });

  it('refuses a class of another school year', () => {
    const old = t.db.sqlite
      .prepare(
        `insert into academic_year (title, starts_on, ends_on, state) values ('2024–2025', '2024-09-01', '2025-05-31', 'closed')`,
      )
      .run().lastInsertRowid as number;
    const cls = insertClass(t.db, old, { grade: 5, letter: 'А', language: 'ky' });
    const subjectId = t.db.sqlite.prepare('select subject_id as id from class_subject where id = ?').get(s.math5a) as {
      id: number;
    };
    const oldMath = t.db.orm
      .insert(classSubject)
      .values({ classId: cls.id, subjectId: subjectId.id, teacherId: f.teacher.user.staffId, hoursPerWeek: 2 })
      .returning({ id: classSubject.id })
      .get().id;
    t.db.sqlite
      .prepare(`insert into plan_topic (class_subject_id, position, title, hours) values (?, 1, 'Эски тема', 2)`)
      .run(oldMath);
    const error = expectError(
      t.call('plan.copy', { fromClassSubjectId: oldMath, toClassSubjectId: s.math5b }, f.deputy.token),
      'INVALID_INPUT',
    );
    expect(error.fields?.[0]?.message).toBe('validation.plan.copyOtherYear');
  });

  it('refuses a target that has topics unless asked to replace them', () => {
    const before = snapshot(t.db);
    const error = expectError(
      t.call('plan.copy', { fromClassSubjectId: s.math5a, toClassSubjectId: s.math5b }, s.other.token),
      'CONFLICT',
    );
    expect(error.fields).toEqual([
      { path: 'replace', message: 'validation.plan.targetHasTopics', params: { count: 3 } },
    ]);
    expect(snapshot(t.db)).toBe(before);
  });

  it('replaces when asked: a topic a lesson names keeps its id if the copy has its title, and otherwise refuses', () => {
    const target = expectOk(t.call('plan.get', { classSubjectId: s.math5b }, s.other.token));
    const [numbers, fractions] = target.topics;
    addLesson(t, { classSubjectId: s.math5b, date: '2025-09-02', planTopicId: numbers?.topicId ?? 0 });
    const replaced = expectOk(
      t.call('plan.copy', { fromClassSubjectId: s.math5a, toClassSubjectId: s.math5b, replace: true }, s.other.token),
    );
    expect(replaced.topics[0]?.topicId).toBe(numbers?.topicId);
    expect(replaced.topics[0]?.lessonCount).toBe(1);

    // The source drops that title: copying it again would cut the lesson off its topic.
    const renamed = plan.map((x, i) => (i === 0 ? { ...x, title: 'Сандар' } : x));
    expectOk(t.call('plan.save', { classSubjectId: s.math5a, topics: renamed }, f.teacher.token));
    const before = snapshot(t.db);
    const error = expectError(
      t.call('plan.copy', { fromClassSubjectId: s.math5a, toClassSubjectId: s.math5b, replace: true }, s.other.token),
      'INVALID_INPUT',
    );
    expect(error.fields).toEqual([
      {
        path: 'replace',
        message: 'validation.plan.topicInUse',
        params: { title: 'Натуралдык сандар', position: 1, lessons: 1 },
      },
    ]);
    expect(snapshot(t.db)).toBe(before);
    expect(fractions?.title).toBe('Бөлчөктөр');
  });
});
