import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditEntries,
  expectError,
  expectOk,
  openTestApp,
  snapshot,
  staffSchool,
  type Staffed,
  type TestApp,
} from '../helpers/app';
import { addLesson, planSchool, type PlanSchool } from '../helpers/samples/plan';

/* Saving a plan replaces its ordered list: ids kept, topics updated, added and removed. */

let t: TestApp;
let f: Staffed;
let s: PlanSchool;

beforeAll(() => {
  t = openTestApp();
  f = staffSchool(t);
  s = planSchool(t, f);
});
afterAll(() => t.close());

const topicRows = (classSubjectId: number) =>
  t.db.sqlite
    .prepare(
      `select id, position, title, hours, planned_date as plannedDate, section from plan_topic
        where class_subject_id = ? order by position`,
    )
    .all(classSubjectId);

describe('plan.save', () => {
  let ids: number[] = [];

  it('stores the topics in the order sent, numbered from 1', () => {
    const view = expectOk(
      t.call(
        'plan.save',
        {
          classSubjectId: s.math5a,
          topics: [
            { title: 'Натуралдык сандар', hours: 3, plannedDate: '2025-09-02', section: 'Сандар' },
            { title: 'Кошуу жана кемитүү', hours: 2, section: 'Сандар' },
            { title: 'Көбөйтүү', hours: 1.5 },
          ],
        },
        f.teacher.token,
      ),
    );
    expect(view.topics.map((x) => [x.position, x.title, x.hours, x.plannedDate, x.section])).toEqual([
      [1, 'Натуралдык сандар', 3, '2025-09-02', 'Сандар'],
      [2, 'Кошуу жана кемитүү', 2, null, 'Сандар'],
      [3, 'Көбөйтүү', 1.5, null, null],
    ]);
    expect(view.hours.planned).toBe(6.5);
    expect(view.canEdit).toBe(true);
    ids = view.topics.map((x) => x.topicId);
    expect(topicRows(s.math5a)).toHaveLength(3);
  });

  it('keeps the ids of topics sent back, rewrites and reorders them, adds new ones and removes the rest', () => {
    const [first, second, third] = ids;
    const view = expectOk(
      t.call(
        'plan.save',
        {
          classSubjectId: s.math5a,
          topics: [
            { topicId: third, title: 'Көбөйтүү жана бөлүү', hours: 2 },
            { title: 'Жаңы тема', hours: 1, plannedDate: '2026-05-20' },
            { topicId: first, title: 'Натуралдык сандар', hours: 3, plannedDate: '2025-09-02', section: 'Сандар' },
          ],
        },
        f.teacher.token,
      ),
    );
    expect(view.topics.map((x) => [x.position, x.title])).toEqual([
      [1, 'Көбөйтүү жана бөлүү'],
      [2, 'Жаңы тема'],
      [3, 'Натуралдык сандар'],
    ]);
    expect(view.topics[0]?.topicId).toBe(third);
    expect(view.topics[2]?.topicId).toBe(first);
    expect(view.topics[1]?.topicId).not.toBe(second);
    expect(topicRows(s.math5a).map((r) => (r as { id: number }).id)).not.toContain(second);
    ids = view.topics.map((x) => x.topicId);
  });

  it('audits the change with the plan, the counts and the topics before and after', () => {
    const entry = auditEntries(t.db).at(-1);
    expect(entry).toMatchObject({ action: 'plan.save', entity: 'plan', entityId: String(s.math5a) });
    const before = JSON.parse(entry?.before ?? 'null') as { list: unknown[] };
    expect(before).toMatchObject({ classSubjectId: s.math5a, subgroupId: null, topics: 3, hours: 6.5 });
    expect(before.list).toHaveLength(3);
    expect(JSON.parse(entry?.after ?? 'null')).toMatchObject({
      topics: 3,
      hours: 6,
      kept: 2,
      added: 1,
      removed: 1,
      list: [
        ['Көбөйтүү жана бөлүү', 2, null],
        ['Жаңы тема', 1, '2026-05-20'],
        ['Натуралдык сандар', 3, '2025-09-02'],
      ],
    });
  });

  it('refuses to remove a topic a lesson names, naming it, and changes nothing', () => {
    const used = ids[2] ?? 0;
    addLesson(t, { classSubjectId: s.math5a, date: '2025-09-02', planTopicId: used });
    addLesson(t, { classSubjectId: s.math5a, date: '2025-09-03', planTopicId: used });
    const view = expectOk(t.call('plan.get', { classSubjectId: s.math5a }, f.teacher.token));
    expect(view.topics[2]?.lessonCount).toBe(2);
    const before = snapshot(t.db);
    const topics = [{ topicId: ids[0], title: 'Көбөйтүү жана бөлүү', hours: 2 }];
    const error = expectError(
      t.call('plan.save', { classSubjectId: s.math5a, topics }, f.teacher.token),
      'INVALID_INPUT',
    );
    expect(error.fields).toEqual([
      {
        path: 'topics',
        message: 'validation.plan.topicInUse',
        params: { title: 'Натуралдык сандар', position: 3, lessons: 2 },
      },
    ]);
    expect(snapshot(t.db)).toBe(before);
  });

  it('refuses an id of another plan, the same id twice, and a date outside the school year', () => {
    const other = expectOk(
      t.call('plan.save', { classSubjectId: s.math6a, topics: [{ title: 'Бөлчөктөр', hours: 2 }] }, f.teacher.token),
    ).topics[0]?.topicId;
    const before = snapshot(t.db);
    const error = expectError(
      t.call(
        'plan.save',
        {
          classSubjectId: s.math5a,
          topics: [
            { topicId: other, title: 'Бөлчөктөр', hours: 2 },
            { topicId: ids[2], title: 'Натуралдык сандар', hours: 3 },
            { topicId: ids[2], title: 'Натуралдык сандар', hours: 3 },
            { title: 'Жайкы тема', hours: 1, plannedDate: '2026-06-15' },
          ],
        },
        f.teacher.token,
      ),
      'INVALID_INPUT',
    );
    expect(error.fields).toEqual([
      { path: 'topics.0.topicId', message: 'validation.plan.topicNotInPlan' },
      { path: 'topics.2.topicId', message: 'validation.plan.topicTwice' },
      {
        path: 'topics.3.plannedDate',
        message: 'validation.plan.outsideYear',
        params: { from: '2025-09-01', to: '2026-05-31' },
      },
    ]);
    expect(snapshot(t.db)).toBe(before);
  });

  it('checks titles and hours: 1–300 characters, more than 0 up to 50 hours in half steps, at most 400 topics', () => {
    const before = snapshot(t.db);
    const bad = [
      { title: '   ', hours: 1 },
      { title: 'x'.repeat(301), hours: 1 },
      { title: 'Нөл', hours: 0 },
      { title: 'Көп', hours: 50.5 },
      { title: 'Чейрек', hours: 1.25 },
      { title: 'Туура', hours: 50 },
    ];
    const error = expectError(t.call('plan.save', { classSubjectId: s.math6a, topics: bad }, f.deputy.token));
    expect(error.fields?.map((x) => [x.path, x.message])).toEqual([
      ['topics.0.title', 'validation.plan.titleRequired'],
      ['topics.1.title', 'validation.plan.titleTooLong'],
      ['topics.2.hours', 'validation.plan.hours'],
      ['topics.3.hours', 'validation.plan.hours'],
      ['topics.4.hours', 'validation.plan.hours'],
    ]);
    const many = Array.from({ length: 401 }, (_, i) => ({ title: `Т${i}`, hours: 0.5 }));
    const tooMany = expectError(t.call('plan.save', { classSubjectId: s.math6a, topics: many }, f.deputy.token));
    expect(tooMany.fields).toEqual([
      { path: 'topics', message: 'validation.plan.tooManyTopics', params: { maximum: 400 } },
    ]);
    expect(snapshot(t.db)).toBe(before);
    expectOk(t.call('plan.save', { classSubjectId: s.math6a, topics: many.slice(0, 400) }, f.deputy.token));
  });

  it('keeps a subgroup plan apart from the class plan', () => {
    const view = expectOk(
      t.call(
        'plan.save',
        { classSubjectId: s.english5a, subgroupId: s.group2, topics: [{ title: 'Greetings', hours: 2 }] },
        f.teacher.token,
      ),
    );
    expect(view).toMatchObject({ subgroupId: s.group2, subgroupName: '2-топ', commonTopics: 0 });
    const common = expectOk(t.call('plan.get', { classSubjectId: s.english5a }, f.teacher.token));
    expect(common.topics).toEqual([]);
    const wrong = expectError(
      t.call('plan.get', { classSubjectId: s.math5a, subgroupId: s.group2 }, f.teacher.token),
      'NOT_FOUND',
    );
    expect(wrong.fields).toEqual([{ path: 'subgroupId', message: 'validation.plan.subgroupNotFound' }]);
  });
});
