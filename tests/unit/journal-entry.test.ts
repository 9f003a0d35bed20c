import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { classSubject, subgroup, subgroupMember, subject, substitution } from '../../src-main/db/schema';
import { verifyAuditChain } from '../../src-main/audit/audit-log';
import { insertClass } from '../../src-main/roster/classes';
import { enrol, insertPupil } from '../../src-main/roster/pupils';
import { currentYear } from '../../src-main/school/academic-year';
import {
  FakeClock,
  addAccount,
  auditEntries,
  expectError,
  expectOk,
  knownPassword,
  openTestApp,
  signIn,
  staffSchool,
  type Staffed,
  type TestApp,
} from '../helpers/app';

/*
 * A hand-built school: 7-А (class teacher: the second teacher) with algebra taught by the first
 * teacher and history by the second; 1-А and 2-А for the grading scales. The clock starts on Monday
 * 2025-10-06, 14:00 in Bishkek.
 */

interface School {
  t: TestApp;
  f: Staffed;
  other: { token: string; staffId: number };
  algebra: number;
  history: number;
  grade1: number;
  grade2: number;
  /** Pupils of 7-А from the year's start; `late` arrives on 2025-10-20. */
  asan: number;
  bek: number;
  late: number;
  /** A pupil of 2-А and one of 1-А. */
  second: number;
  first: number;
}

const day = 86_400_000;

function buildSchool(clock?: FakeClock): School {
  const t = openTestApp(clock ? { clock } : {});
  const f = staffSchool(t);
  const row = addAccount(t, 'teacher', { login: 'teacher2', surname: 'Жумабаев', name: 'Талант' });
  const other = { token: signIn(t, 'teacher2', knownPassword), staffId: row.staffId };
  const year = currentYear(t.db);
  if (!year) throw new Error('no year');
  const c7 = insertClass(t.db, year.id, { grade: 7, letter: 'А', language: 'ky', classTeacherId: other.staffId }).id;
  const c1 = insertClass(t.db, year.id, { grade: 1, letter: 'А', language: 'ky' }).id;
  const c2 = insertClass(t.db, year.id, { grade: 2, letter: 'А', language: 'ky' }).id;
  const subjectId = (nameKy: string) =>
    t.db.orm.insert(subject).values({ nameKy, nameRu: nameKy }).returning({ id: subject.id }).get().id;
  const load = (classId: number, sid: number, teacherId: number) =>
    t.db.orm
      .insert(classSubject)
      .values({ classId, subjectId: sid, teacherId, hoursPerWeek: 2 })
      .returning({ id: classSubject.id })
      .get().id;
  const math = subjectId('Математика');
  const teacher = f.teacher.user.staffId;
  const pupil = (surname: string, classId: number, fromDate = year.startsOn) => {
    const p = insertPupil(t.db, {
      surname,
      name: 'Окуучу',
      patronymic: null,
      birthDate: null,
      sex: null,
      pin: null,
      address: null,
    });
    enrol(t.db, p.id, { classId, fromDate });
    return p.id;
  };
  return {
    t,
    f,
    other,
    algebra: load(c7, subjectId('Алгебра'), teacher),
    history: load(c7, subjectId('Тарых'), other.staffId),
    grade1: load(c1, math, teacher),
    grade2: load(c2, math, teacher),
    asan: pupil('Асанов', c7),
    bek: pupil('Бекова', c7),
    late: pupil('Келген', c7, '2025-10-20'),
    second: pupil('Экинчи', c2),
    first: pupil('Биринчи', c1),
  };
}

const reason = 'Мугалимдин катасы оңдолду';

/** Moves the clock and signs everyone in again: sessions do not outlive a night. */
function advanceDays(s: School, n: number): void {
  s.t.clock.advance(n * day);
  for (const member of Object.values(s.f)) member.token = signIn(s.t, member.login, member.password);
  s.other.token = signIn(s.t, 'teacher2', knownPassword);
}

describe('lessons, marks and attendance through the API', () => {
  let s: School;
  let lessonId: number;
  const auditOf = (entity: string) => auditEntries(s.t.db).filter((e) => e.entity === entity);

  beforeAll(() => {
    s = buildSchool();
  });
  afterAll(() => s.t.close());

  it('lets the teacher enter their lesson on the day, audited with before and after', () => {
    const { t, f } = s;
    const saved = expectOk(
      t.call(
        'journal.lessonSave',
        { classSubjectId: s.algebra, date: '2025-10-06', lessonNumber: 2, topic: 'Бөлчөктөр', homework: '§3' },
        f.teacher.token,
      ),
    );
    lessonId = saved.lessonId;
    expect(saved).toMatchObject({ taughtBy: f.teacher.user.staffId, isSubstitution: false, topic: 'Бөлчөктөр' });
    const changed = expectOk(
      t.call(
        'journal.lessonSave',
        { lessonId, classSubjectId: s.algebra, date: '2025-10-06', lessonNumber: 2, topic: 'Бөлчөктөрдү кошуу' },
        f.teacher.token,
      ),
    );
    expect(changed.topic).toBe('Бөлчөктөрдү кошуу');
    const [created, updated] = auditOf('lesson');
    expect(created).toMatchObject({ action: 'journal.lessonSave', entityId: String(lessonId), before: null });
    expect(JSON.parse(updated?.before ?? 'null')).toMatchObject({ topic: 'Бөлчөктөр' });
    expect(JSON.parse(updated?.after ?? 'null')).toMatchObject({ topic: 'Бөлчөктөрдү кошуу', homework: null });
  });

  it("refuses a teacher another teacher's class subject, and the director everything", () => {
    const { t, f } = s;
    const notOwn = expectError(
      t.call('journal.lessonSave', { classSubjectId: s.history, date: '2025-10-06', topic: 'x' }, f.teacher.token),
      'FORBIDDEN',
    );
    expect(notOwn.params).toEqual({ rule: 'journal.notOwn' });
    expectError(t.call('journal.markSet', { lessonId, studentId: s.asan, value: '5' }, s.other.token), 'FORBIDDEN');
    expectError(
      t.call('journal.lessonSave', { classSubjectId: s.algebra, date: '2025-10-06', reason }, f.director.token),
      'FORBIDDEN',
    );
    expectError(
      t.call('journal.markSet', { lessonId, studentId: s.asan, value: '5', reason }, f.director.token),
      'FORBIDDEN',
    );
  });

  it('checks mark values against the scale of the class', () => {
    const { t, f } = s;
    const set = (value: string) => t.call('journal.markSet', { lessonId, studentId: s.asan, value }, f.teacher.token);
    for (const value of ['1', '6', '4+', 'н']) {
      const error = expectError(set(value), 'INVALID_INPUT');
      expect(error.fields?.[0]).toMatchObject({ path: 'value', message: 'validation.journal.markValue' });
    }
    expect(expectOk(set('4'))).toMatchObject({ value: '4', numeric: 4, kind: 'general' });
    expect(expectOk(set('5'))).toMatchObject({ value: '5', numeric: 5 });
    const written = expectOk(
      t.call('journal.markSet', { lessonId, studentId: s.asan, value: '3', kind: 'write' }, f.teacher.token),
    );
    expect(written).toMatchObject({ kind: 'write', numeric: 3 });
    const [first, second] = auditOf('mark');
    expect(first).toMatchObject({ entityId: `${lessonId}:${s.asan}:general`, before: null });
    expect(JSON.parse(second?.before ?? 'null')).toMatchObject({ value: '4' });
    expect(JSON.parse(second?.after ?? 'null')).toMatchObject({ value: '5' });
  });

  it('refuses marks in grade 1 and in grade 2 in the first half-year', () => {
    const { t, f } = s;
    for (const [classSubjectId, studentId] of [
      [s.grade1, s.first],
      [s.grade2, s.second],
    ] as const) {
      const lesson = expectOk(t.call('journal.lessonSave', { classSubjectId, date: '2025-10-06' }, f.teacher.token));
      const error = expectError(
        t.call('journal.markSet', { lessonId: lesson.lessonId, studentId, value: '5' }, f.teacher.token),
        'INVALID_INPUT',
      );
      expect(error.fields?.[0]).toMatchObject({ path: 'value', message: 'validation.journal.noMarks' });
    }
  });

  it('marks only pupils enrolled in the class on the lesson date, and in the subgroup', () => {
    const { t, f } = s;
    const notYet = expectError(
      t.call('journal.markSet', { lessonId, studentId: s.late, value: '5' }, f.teacher.token),
      'INVALID_INPUT',
    );
    expect(notYet.fields?.[0]).toMatchObject({ path: 'studentId', message: 'validation.journal.notEnrolled' });
    expectError(
      t.call('journal.attendanceSet', { lessonId, studentId: s.second, status: 'absent' }, f.teacher.token),
      'INVALID_INPUT',
    );
    const group = t.db.orm
      .insert(subgroup)
      .values({ classSubjectId: s.algebra, name: '1-топ', teacherId: f.teacher.user.staffId })
      .returning({ id: subgroup.id })
      .get().id;
    t.db.orm.insert(subgroupMember).values({ subgroupId: group, studentId: s.asan }).run();
    const groupLesson = expectOk(
      t.call(
        'journal.lessonSave',
        { classSubjectId: s.algebra, subgroupId: group, date: '2025-10-06' },
        f.teacher.token,
      ),
    );
    expectOk(
      t.call('journal.markSet', { lessonId: groupLesson.lessonId, studentId: s.asan, value: '5' }, f.teacher.token),
    );
    const outside = expectError(
      t.call('journal.markSet', { lessonId: groupLesson.lessonId, studentId: s.bek, value: '5' }, f.teacher.token),
      'INVALID_INPUT',
    );
    expect(outside.fields?.[0]?.message).toBe('validation.journal.notInSubgroup');
  });

  it('records absences and late arrivals, and clears them', () => {
    const { t, f } = s;
    const absent = expectOk(
      t.call(
        'journal.attendanceSet',
        { lessonId, studentId: s.bek, status: 'absent', reason: 'Дарыгерде' },
        f.teacher.token,
      ),
    );
    expect(absent).toMatchObject({ status: 'absent', reasonKind: 'unexcused', reason: 'Дарыгерде' });
    expectOk(
      t.call(
        'journal.attendanceSet',
        { lessonId, studentId: s.asan, status: 'late', lateMinutes: 10 },
        f.teacher.token,
      ),
    );
    expect(
      expectOk(t.call('journal.attendanceSet', { lessonId, studentId: s.asan, status: null }, f.teacher.token)),
    ).toBeNull();
    const entries = auditOf('attendance');
    expect(entries.map((e) => e.entityId)).toEqual([
      `${lessonId}:${s.bek}`,
      `${lessonId}:${s.asan}`,
      `${lessonId}:${s.asan}`,
    ]);
    expect(entries[2]?.after).toBeNull();
    expect(JSON.parse(entries[2]?.before ?? 'null')).toMatchObject({ status: 'late', lateMinutes: 10 });
  });

  it('lets a planned substitute open and fill the lesson, and nobody else', () => {
    const { t, f } = s;
    const input = {
      classSubjectId: s.algebra,
      date: '2025-10-06',
      lessonNumber: 6,
      isSubstitution: true,
      taughtBy: s.other.staffId,
    };
    expect(expectError(t.call('journal.lessonSave', input, s.other.token), 'FORBIDDEN').params).toEqual({
      rule: 'journal.notOwn',
    });
    t.db.orm
      .insert(substitution)
      .values({
        classSubjectId: s.algebra,
        date: '2025-10-06',
        substituteId: s.other.staffId,
        absentTeacherId: f.teacher.user.staffId,
      })
      .run();
    const lesson = expectOk(t.call('journal.lessonSave', input, s.other.token));
    expect(lesson).toMatchObject({ isSubstitution: true, taughtBy: s.other.staffId });
    expectOk(t.call('journal.markSet', { lessonId: lesson.lessonId, studentId: s.bek, value: '4' }, s.other.token));
  });

  describe('the next day', () => {
    beforeAll(() => advanceDays(s, 1));

    it('refuses the teacher the lesson, its oral marks and attendance', () => {
      const { t, f } = s;
      const lesson = expectError(
        t.call(
          'journal.lessonSave',
          { lessonId, classSubjectId: s.algebra, date: '2025-10-06', topic: 'x' },
          f.teacher.token,
        ),
        'FORBIDDEN',
      );
      expect(lesson.params).toEqual({ rule: 'journal.dayPassed' });
      expectError(
        t.call('journal.markSet', { lessonId, studentId: s.asan, value: '3', reason }, f.teacher.token),
        'FORBIDDEN',
      );
      expectError(
        t.call('journal.attendanceSet', { lessonId, studentId: s.asan, status: 'absent' }, f.teacher.token),
        'FORBIDDEN',
      );
    });

    it('still lets the teacher set a written-work mark', () => {
      const { t, f } = s;
      expectOk(t.call('journal.markSet', { lessonId, studentId: s.bek, value: '4', kind: 'write' }, f.teacher.token));
    });

    it('lets the deputy correct with a reason, and refuses one without', () => {
      const { t, f } = s;
      const missing = expectError(
        t.call('journal.markSet', { lessonId, studentId: s.asan, value: '4' }, f.deputy.token),
        'INVALID_INPUT',
      );
      expect(missing.fields).toEqual([{ path: 'reason', message: 'validation.journal.reasonRequired' }]);
      expectError(
        t.call(
          'journal.lessonSave',
          { lessonId, classSubjectId: s.algebra, date: '2025-10-06', reason: 'ok' },
          f.deputy.token,
        ),
        'INVALID_INPUT',
      );
      expect(
        expectOk(t.call('journal.markSet', { lessonId, studentId: s.asan, value: '4', reason }, f.deputy.token)),
      ).toMatchObject({
        value: '4',
      });
      expectOk(
        t.call(
          'journal.lessonSave',
          { lessonId, classSubjectId: s.algebra, date: '2025-10-06', lessonNumber: 2, topic: 'Бөлчөктөр', reason },
          f.deputy.token,
        ),
      );
      const last = auditEntries(t.db).at(-1);
      expect(last).toMatchObject({ entity: 'lesson', reason, actor: 'deputy' });
    });

    it("shows a cell's history: the teacher's entries and the deputy's correction", () => {
      const { t, f } = s;
      const history = expectOk(t.call('journal.markHistory', { lessonId, studentId: s.asan }, f.teacher.token));
      expect(history.map((h) => [h.actor, h.kind, h.reason])).toEqual([
        ['teacher', 'general', null],
        ['teacher', 'general', null],
        ['teacher', 'write', null],
        ['deputy', 'general', reason],
      ]);
      expect(history[3]?.before).toMatchObject({ value: '5' });
      expect(history[3]?.after).toMatchObject({ value: '4' });
      const markId = (history[3]?.after as { markId: number }).markId;
      expectError(t.call('journal.markClear', { markId }, f.deputy.token), 'INVALID_INPUT');
      expect(expectOk(t.call('journal.markClear', { markId, reason }, f.deputy.token))).toBeNull();
      const after = expectOk(t.call('journal.markHistory', { lessonId, studentId: s.asan }, f.director.token));
      expect(after.at(-1)).toMatchObject({ action: 'journal.markClear', after: null, reason });
      // Only this pupil's cell: the other pupil's marks in the same lesson are not in it.
      expect(after.every((h) => (h.before ?? h.after) !== null)).toBe(true);
      // The second teacher substituted an algebra lesson above, and so reads the algebra journal.
      expectOk(t.call('journal.markHistory', { lessonId, studentId: s.asan }, s.other.token));
    });

    it("lets the class teacher excuse an absence in another teacher's lesson within the week", () => {
      const { t } = s;
      const excuse = {
        lessonId,
        studentId: s.bek,
        status: 'absent',
        reasonKind: 'excused',
        reason: 'Арыз бар',
      } as const;
      expect(expectOk(t.call('journal.attendanceSet', excuse, s.other.token))).toMatchObject({ reasonKind: 'excused' });
      // Only the reason: not the status, nor a new absence.
      expectError(
        t.call('journal.attendanceSet', { ...excuse, status: 'late', lateMinutes: 5 }, s.other.token),
        'FORBIDDEN',
      );
      expectError(t.call('journal.attendanceSet', { ...excuse, studentId: s.asan }, s.other.token), 'FORBIDDEN');
      advanceDays(s, 7);
      expectError(t.call('journal.attendanceSet', { ...excuse, reasonKind: 'ill' }, s.other.token), 'FORBIDDEN');
    });

    it('keeps every write in a verifying audit chain', () => {
      expect(verifyAuditChain(s.t.db)).toMatchObject({ ok: true });
      for (const entry of auditEntries(s.t.db).filter((e) => e.action.startsWith('journal.'))) {
        expect(entry.entity, entry.action).toMatch(/^(lesson|mark|attendance)$/);
        expect(entry.before !== null || entry.after !== null, entry.action).toBe(true);
      }
    });
  });
});

describe('the second half-year of grade 2', () => {
  it('allows marks once the second half-year has begun', () => {
    const s = buildSchool(new FakeClock(Date.parse('2026-01-20T05:00:00.000Z')));
    try {
      const lesson = expectOk(
        s.t.call('journal.lessonSave', { classSubjectId: s.grade2, date: '2026-01-20' }, s.f.teacher.token),
      );
      const mark = expectOk(
        s.t.call('journal.markSet', { lessonId: lesson.lessonId, studentId: s.second, value: '5' }, s.f.teacher.token),
      );
      expect(mark.numeric).toBe(5);
      const first = expectOk(
        s.t.call('journal.lessonSave', { classSubjectId: s.grade1, date: '2026-01-20' }, s.f.teacher.token),
      );
      expectError(
        s.t.call('journal.markSet', { lessonId: first.lessonId, studentId: s.first, value: '5' }, s.f.teacher.token),
        'INVALID_INPUT',
      );
    } finally {
      s.t.close();
    }
  });
});

describe('the homework window', () => {
  it('lets homework alone change after the lesson window, up to its own hour', () => {
    const s = buildSchool();
    try {
      const { t, f } = s;
      const input = { classSubjectId: s.algebra, date: '2025-10-06', lessonNumber: 1, topic: 'Теңдемелер' };
      const saved = expectOk(t.call('journal.lessonSave', input, f.teacher.token));
      // 14:00 in Bishkek now: past a 12:00 lesson window, inside a 20:00 homework window.
      t.db.sqlite
        .prepare(`insert into setting (key, value) values ('journal.editPolicy', ?)`)
        .run(JSON.stringify({ dayEndsAt: '12:00', homeworkEndsAt: '20:00' }));
      const again = { ...input, lessonId: saved.lessonId };
      expectOk(t.call('journal.lessonSave', { ...again, homework: '§5' }, f.teacher.token));
      expectError(
        t.call('journal.lessonSave', { ...again, homework: '§5', topic: 'Башка' }, f.teacher.token),
        'FORBIDDEN',
      );
    } finally {
      s.t.close();
    }
  });
});
