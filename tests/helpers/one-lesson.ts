import { classSubject, subject } from '../../src-main/db/schema';
import { insertClass } from '../../src-main/roster/classes';
import { enrol, insertPupil } from '../../src-main/roster/pupils';
import { currentYear } from '../../src-main/school/academic-year';
import { expectOk, type Staffed, type TestApp } from './app';

export interface OneLesson {
  classSubjectId: number;
  quarterId: number;
  lessonId: number;
  pupil: number;
}

/**
 * 7-А's algebra, taught by the sample teacher, with one pupil and the lesson of the test clock's day
 * (Monday 2025-10-06) entered by her: the smallest journal two writers can disagree over.
 */
export function oneLesson(t: TestApp, f: Staffed): OneLesson {
  const year = currentYear(t.db);
  if (!year) throw new Error('no year');
  const cls = insertClass(t.db, year.id, { grade: 7, letter: 'А', language: 'ky' });
  const subjectId = t.db.orm
    .insert(subject)
    .values({ nameKy: 'Алгебра', nameRu: 'Алгебра' })
    .returning({ id: subject.id })
    .get().id;
  const classSubjectId = t.db.orm
    .insert(classSubject)
    .values({ classId: cls.id, subjectId, teacherId: f.teacher.user.staffId, hoursPerWeek: 3 })
    .returning({ id: classSubject.id })
    .get().id;
  const pupil = insertPupil(t.db, {
    surname: 'Асанов',
    name: 'Нурлан',
    patronymic: null,
    birthDate: null,
    sex: null,
    pin: null,
    address: null,
  }).id;
  enrol(t.db, pupil, { classId: cls.id, fromDate: year.startsOn });
  const quarterId = (
    t.db.sqlite.prepare(`select id from period where year_id = ? and kind = 'quarter' and number = 1`).get(year.id) as {
      id: number;
    }
  ).id;
  const lessonId = expectOk(
    t.call('journal.lessonSave', { classSubjectId, date: '2025-10-06', topic: 'Бөлчөктөр' }, f.teacher.token),
  ).lessonId;
  return { classSubjectId, quarterId, lessonId, pupil };
}
