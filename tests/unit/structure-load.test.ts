import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { enrol, insertPupil } from '../../src-main/roster/pupils';
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

describe('the teaching load and subgroups', () => {
  let t: TestApp;
  let f: Staffed;
  let classId: number;
  let english: number;
  let math: number;
  let pupils: number[];

  const token = () => f.deputy.token;

  beforeEach(() => {
    t = openTestApp();
    f = staffSchool(t);
    classId = expectOk(t.call('classes.create', { name: '7-А', language: 'ky' }, token())).id;
    expectOk(t.call('subjects.seed', undefined, token()));
    const subjects = expectOk(t.call('subjects.list', undefined, token()));
    english = subjects.find((s) => s.nameRu === 'Английский язык')?.id ?? 0;
    math = subjects.find((s) => s.nameRu === 'Алгебра')?.id ?? 0;
    pupils = ['Асанов', 'Бекова', 'Жумабаев', 'Осмонова'].map((surname) => {
      const p = insertPupil(t.db, {
        surname,
        name: 'Бала',
        patronymic: null,
        birthDate: null,
        sex: null,
        pin: null,
        address: null,
      });
      enrol(t.db, p.id, { classId, fromDate: '2025-09-01' });
      return p.id;
    });
  });
  afterEach(() => t.close());

  function lessonFor(classSubjectId: number, subgroupId: number | null = null) {
    t.db.sqlite
      .prepare(`insert into lesson (class_subject_id, subgroup_id, date, topic) values (?, ?, '2025-10-01', 'Тема')`)
      .run(classSubjectId, subgroupId);
  }

  it('adds, lists, edits and removes a line; one line per class and subject', () => {
    const line = expectOk(
      t.call('load.create', { classId, subjectId: math, teacherId: f.teacher.user.staffId, hoursPerWeek: 3 }, token()),
    );
    expect(line).toMatchObject({
      className: '7-А',
      subjectNameKy: 'Алгебра',
      teacher: { staffId: f.teacher.user.staffId, fullName: 'Үсөнова Айнура' },
      hoursPerWeek: 3,
      subgroups: [],
      lessonCount: 0,
    });
    const before = snapshot(t.db);
    const twin = expectError(
      t.call('load.create', { classId, subjectId: math, teacherId: null, hoursPerWeek: 2 }, token()),
      'CONFLICT',
    );
    expect(twin.fields?.[0]).toMatchObject({ path: 'subjectId', message: 'validation.load.exists' });
    const odd = expectError(
      t.call('load.create', { classId, subjectId: english, teacherId: null, hoursPerWeek: 1.3 }, token()),
      'INVALID_INPUT',
    );
    expect(odd.fields).toEqual([{ path: 'hoursPerWeek', message: 'validation.load.halfHours' }]);
    expectError(
      t.call('load.create', { classId, subjectId: 999, teacherId: null, hoursPerWeek: 1 }, token()),
      'NOT_FOUND',
    );
    expect(snapshot(t.db)).toBe(before);

    const changed = expectOk(
      t.call('load.update', { classSubjectId: line.id, teacherId: null, hoursPerWeek: 2.5 }, token()),
    );
    expect(changed).toMatchObject({ teacher: null, hoursPerWeek: 2.5 });
    const entry = auditEntries(t.db).at(-1);
    expect(JSON.parse(entry?.before ?? '{}')).toMatchObject({ hoursPerWeek: 3 });
    expect(JSON.parse(entry?.after ?? '{}')).toMatchObject({ hoursPerWeek: 2.5 });

    expectOk(
      t.call(
        'load.create',
        { classId, subjectId: english, teacherId: f.deputy.user.staffId, hoursPerWeek: 3 },
        token(),
      ),
    );
    expect(expectOk(t.call('load.list', { classId }, f.teacher.token)).map((l) => l.subjectNameRu)).toEqual([
      'Английский язык',
      'Алгебра',
    ]);
    expect(
      expectOk(t.call('load.list', { teacherId: f.deputy.user.staffId }, token())).map((l) => l.subjectNameRu),
    ).toEqual(['Английский язык']);
    expect(expectOk(t.call('load.list', undefined, token()))).toHaveLength(2);

    expect(expectOk(t.call('load.remove', { classSubjectId: line.id }, token()))).toEqual({ removed: line.id });
    expect(expectOk(t.call('load.list', { classId }, token()))).toHaveLength(1);
    expect(auditEntries(t.db).at(-1)).toMatchObject({ action: 'load.remove', after: null });
  });

  it('refuses to remove a line that has lessons, changing nothing', () => {
    const line = expectOk(
      t.call('load.create', { classId, subjectId: math, teacherId: null, hoursPerWeek: 3 }, token()),
    );
    lessonFor(line.id);
    const before = snapshot(t.db);
    const error = expectError(t.call('load.remove', { classSubjectId: line.id }, token()), 'CONFLICT');
    expect(error.fields).toEqual([
      { path: 'classSubjectId', message: 'validation.load.hasLessons', params: { count: 1 } },
    ]);
    expect(snapshot(t.db)).toBe(before);
    expect(expectOk(t.call('load.list', { classId }, token()))[0]?.lessonCount).toBe(1);
  });

  it('splits a line into subgroups: each pupil in one group at most, only pupils of the class', () => {
    const line = expectOk(
      t.call('load.create', { classId, subjectId: english, teacherId: null, hoursPerWeek: 3 }, token()),
    );
    const [a = 0, b = 0, c = 0, d = 0] = pupils;
    const set = expectOk(
      t.call(
        'subgroups.set',
        {
          classSubjectId: line.id,
          groups: [
            { name: '1-топ', teacherId: f.teacher.user.staffId, studentIds: [a, b] },
            { name: '2-топ', teacherId: f.deputy.user.staffId, studentIds: [c, d] },
          ],
        },
        token(),
      ),
    );
    expect(set.subgroups.map((g) => [g.name, g.teacher?.fullName, g.memberCount])).toEqual([
      ['1-топ', 'Үсөнова Айнура', 2],
      ['2-топ', 'Осмонов Бакыт', 2],
    ]);
    expect(auditEntries(t.db).at(-1)).toMatchObject({ action: 'subgroups.set', entity: 'subgroup' });
    // A teacher of a subgroup finds the line in their load.
    expect(expectOk(t.call('load.list', { teacherId: f.deputy.user.staffId }, token())).map((l) => l.id)).toEqual([
      line.id,
    ]);

    const stranger = insertPupil(t.db, {
      surname: 'Башка',
      name: 'Класс',
      patronymic: null,
      birthDate: null,
      sex: null,
      pin: null,
      address: null,
    }).id;
    const before = snapshot(t.db);
    const twice = expectError(
      t.call(
        'subgroups.set',
        {
          classSubjectId: line.id,
          groups: [
            { name: '1-топ', teacherId: null, studentIds: [a, b] },
            { name: '2-топ', teacherId: null, studentIds: [b, stranger] },
          ],
        },
        token(),
      ),
      'INVALID_INPUT',
    );
    expect(twice.fields).toEqual([
      { path: 'groups.1.studentIds', message: 'validation.subgroup.twice', params: { studentId: b, group: 1 } },
      { path: 'groups.1.studentIds', message: 'validation.subgroup.notInClass', params: { studentId: stranger } },
    ]);
    const sameName = expectError(
      t.call(
        'subgroups.set',
        {
          classSubjectId: line.id,
          groups: [
            { name: 'A', teacherId: null, studentIds: [] },
            { name: 'a', teacherId: null, studentIds: [] },
          ],
        },
        token(),
      ),
      'INVALID_INPUT',
    );
    expect(sameName.fields?.[0]).toMatchObject({ path: 'groups.1.name', message: 'validation.subgroup.nameTwice' });
    expect(snapshot(t.db)).toBe(before);

    // Regrouping keeps each group's row; a group with lessons cannot be dropped.
    const [g1, g2] = set.subgroups;
    lessonFor(line.id, g2?.id ?? null);
    const moved = expectOk(
      t.call(
        'subgroups.set',
        {
          classSubjectId: line.id,
          groups: [
            { id: g1?.id, name: '1-топ', teacherId: null, studentIds: [a, c] },
            { name: '2-топ', teacherId: null, studentIds: [b, d] },
          ],
        },
        token(),
      ),
    );
    expect(moved.subgroups.map((g) => g.id)).toEqual([g1?.id, g2?.id]);
    expect(moved.subgroups[0]?.studentIds.sort()).toEqual([a, c].sort());
    const kept = snapshot(t.db);
    const refused = expectError(t.call('subgroups.set', { classSubjectId: line.id, groups: [] }, token()), 'CONFLICT');
    expect(refused.fields).toEqual([
      { path: 'groups', message: 'validation.subgroup.hasLessons', params: { name: '2-топ' } },
    ]);
    expect(snapshot(t.db)).toBe(kept);
    // Removing the line is refused too: it has that subgroup's lesson.
    expectError(t.call('load.remove', { classSubjectId: line.id }, token()), 'CONFLICT');
  });

  it('keeps a pupil who has left in the subgroup they were in when the groups are saved again', () => {
    const line = expectOk(
      t.call('load.create', { classId, subjectId: english, teacherId: null, hoursPerWeek: 3 }, token()),
    );
    const [a = 0, b = 0, c = 0, d = 0] = pupils;
    const groups = (first: number[], second: number[]) => ({
      classSubjectId: line.id,
      groups: [
        { name: '1-топ', teacherId: f.teacher.user.staffId, studentIds: first },
        { name: '2-топ', teacherId: f.deputy.user.staffId, studentIds: second },
      ],
    });
    expectOk(t.call('subgroups.set', groups([a, b], [c, d]), token()));
    // Асанов left on 30 September; the form now lists only today's pupils.
    t.db.sqlite.prepare("update enrollment set to_date = '2025-09-30' where student_id = ?").run(a);
    expectOk(t.call('subgroups.set', groups([b, c], [d]), token()));
    const members = t.db.sqlite
      .prepare(
        'select s.name, m.student_id as id from subgroup_member m join subgroup s on s.id = m.subgroup_id order by s.name, m.student_id',
      )
      .all();
    expect(members).toEqual([
      { name: '1-топ', id: a },
      { name: '1-топ', id: b },
      { name: '1-топ', id: c },
      { name: '2-топ', id: d },
    ]);
  });

  it('removes a line without lessons together with its subgroups', () => {
    const line = expectOk(
      t.call('load.create', { classId, subjectId: english, teacherId: null, hoursPerWeek: 3 }, token()),
    );
    expectOk(
      t.call(
        'subgroups.set',
        { classSubjectId: line.id, groups: [{ name: '1', teacherId: null, studentIds: [pupils[0] ?? 0] }] },
        token(),
      ),
    );
    expectOk(t.call('load.remove', { classSubjectId: line.id }, token()));
    expect(t.db.sqlite.prepare('select count(*) as n from subgroup').get()).toEqual({ n: 0 });
    expect(t.db.sqlite.prepare('select count(*) as n from subgroup_member').get()).toEqual({ n: 0 });
  });

  it('refuses load changes in a closed year', () => {
    const line = expectOk(
      t.call('load.create', { classId, subjectId: math, teacherId: null, hoursPerWeek: 3 }, token()),
    );
    t.db.sqlite.prepare(`update academic_year set state = 'closed'`).run();
    const before = snapshot(t.db);
    expectError(t.call('load.update', { classSubjectId: line.id, hoursPerWeek: 4 }, token()), 'YEAR_CLOSED');
    expectError(t.call('load.remove', { classSubjectId: line.id }, token()), 'YEAR_CLOSED');
    expectError(t.call('subgroups.set', { classSubjectId: line.id, groups: [] }, token()), 'YEAR_CLOSED');
    expect(snapshot(t.db)).toBe(before);
  });
});
