import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JournalPage } from '../../src-main/api/contract/journal';
import { lessonTexts } from '../../src-renderer/pages/journal/sheet-model';
import { daySaveInput, type DayLesson } from '../../src-renderer/pages/today/day-lessons';
import { expectOk, openTestApp, signIn, staffSchool, type Staffed, type TestApp } from '../helpers/app';
import { oneLesson, type OneLesson } from '../helpers/one-lesson';

/*
 * The day's lesson on a phone shows only the topic and the homework, but a save rewrites the whole
 * lesson: what the office entered beside them (the class work, the lesson's number) must come back
 * unchanged. The phone's own input builder, sent to the real API on 7-А's algebra (Monday 2025-10-06).
 */
describe('saving the day’s lesson from the phone', () => {
  let t: TestApp;
  let f: Staffed;
  let one: OneLesson;
  let phone: string;

  beforeAll(() => {
    t = openTestApp();
    f = staffSchool(t);
    one = oneLesson(t, f);
    phone = signIn(t, f.teacher.login, f.teacher.password);
  });
  afterAll(() => t.close());

  const page = (): JournalPage =>
    expectOk(t.call('journal.page', { classSubjectId: one.classSubjectId, periodId: one.quarterId }, phone));
  const dayLesson: () => DayLesson = () => ({
    key: 'algebra-3',
    classSubjectId: one.classSubjectId,
    subgroupId: null,
    lessonNumber: 3,
    className: '7-А',
    subject: { nameKy: 'Алгебра', nameRu: 'Алгебра' },
    subgroupName: null,
  });

  it('keeps the class work and the lesson number the office entered', () => {
    const office = { lessonId: one.lessonId, classSubjectId: one.classSubjectId, date: '2025-10-06' };
    expectOk(
      t.call(
        'journal.lessonSave',
        { ...office, lessonNumber: 2, topic: 'Бөлчөктөр', classWork: '1–4-көнүгүүлөр' },
        f.teacher.token,
      ),
    );
    const entered = page().lessons.find((l) => l.lessonId === one.lessonId);
    if (!entered) throw new Error('the lesson is not on its page');

    const input = daySaveInput({
      lesson: dayLesson(),
      date: '2025-10-06',
      entered,
      topic: 'Бөлчөктөрдү кошуу',
      homework: '§5, 7-көнүгүү',
      shown: lessonTexts(entered),
    });
    expectOk(t.call('journal.lessonSave', input, phone));

    const saved = page().lessons.find((l) => l.lessonId === one.lessonId);
    expect(saved).toMatchObject({
      topic: 'Бөлчөктөрдү кошуу',
      homework: '§5, 7-көнүгүү',
      classWork: '1–4-көнүгүүлөр',
      lessonNumber: 2,
      isSubstitution: false,
    });
  });

  it('enters a lesson not yet in the journal at the timetable’s number, with nothing to compare', () => {
    const input = daySaveInput({
      lesson: dayLesson(),
      date: '2025-10-07',
      entered: undefined,
      topic: 'Көбөйтүү',
      homework: '',
      shown: null,
    });
    expect(input).not.toHaveProperty('expected');
    const saved = expectOk(t.call('journal.lessonSave', input, phone));
    expect(saved).toMatchObject({ date: '2025-10-07', lessonNumber: 3, topic: 'Көбөйтүү', classWork: null });
  });
});
