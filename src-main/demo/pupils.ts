import { foldClassLetter } from '../text/class-names';
import { enrollment, guardian, schoolClass, student } from '../db/schema';
import { prepareInsert } from './insert';
import type { DemoClass, DemoContext, DemoPupil } from './model';
import { kyrgyzSurnames } from './names-ky';
import { russianSurnames } from './names-ru';
import {
  birthDateFor,
  fatherNameOf,
  fullName,
  makeAddress,
  makePerson,
  makePhone,
  makePin,
  type Origin,
} from './people';

const relations = { ky: { mother: 'энеси', father: 'атасы' }, ru: { mother: 'мать', father: 'отец' } } as const;

/** Saves the classes with their class teachers, then 25–30 pupils in each, enrolled from the year's start. */
export function createClassesAndPupils(ctx: DemoContext, classes: readonly DemoClass[]): void {
  const { db, rng } = ctx;
  const insertClass = prepareInsert(db, schoolClass, [
    'yearId',
    'grade',
    'letter',
    'letterKey',
    'language',
    'shift',
    'classTeacherId',
  ]);
  const insertStudent = prepareInsert(db, student, [
    'surname',
    'name',
    'patronymic',
    'birthDate',
    'sex',
    'pin',
    'address',
  ]);
  const insertGuardian = prepareInsert(db, guardian, ['studentId', 'fullName', 'relation', 'phone']);
  const insertEnrollment = prepareInsert(db, enrollment, ['studentId', 'classId', 'fromDate']);
  const pins = new Set(
    db.orm
      .select({ pin: student.pin })
      .from(student)
      .all()
      .flatMap((r) => (r.pin ? [r.pin] : [])),
  );

  for (const cls of classes) {
    // The key is the folded letter, as for any class however its name was typed.
    cls.id = insertClass.run(
      ctx.year.id,
      cls.grade,
      cls.letter,
      foldClassLetter(cls.letter),
      cls.language,
      cls.shift,
      cls.classTeacher?.staffId ?? null,
    );
    const size = rng.int(25, 30);
    for (let i = 0; i < size; i += 1) {
      // Russian-language classes in Bishkek are mixed: many Kyrgyz families choose them too.
      const origin: Origin = cls.language === 'ru' && rng.chance(0.55) ? 'ru' : 'ky';
      const sex = rng.chance(0.5) ? 'm' : 'f';
      const base = rng.pick(origin === 'ru' ? russianSurnames : kyrgyzSurnames);
      const child = makePerson(rng, origin, sex, false, base);
      const birthDate = birthDateFor(rng, cls.grade, ctx.year.startsOn);
      const pin = makePin(rng, sex, birthDate, pins);
      const address = makeAddress(rng, cls.language);
      const id = insertStudent.run(child.surname, child.name, child.patronymic, birthDate, sex, pin, address);
      insertEnrollment.run(id, cls.id, ctx.year.startsOn);

      const words = relations[cls.language];
      const mother = makePerson(rng, origin, 'f', true, rng.chance(0.6) ? base : undefined);
      insertGuardian.run(id, fullName(mother), words.mother, makePhone(rng));
      if (rng.chance(0.6)) {
        const fatherPatronymic = makePerson(rng, origin, 'm', true).patronymic;
        const father = { surname: base, name: fatherNameOf(child, origin, rng), patronymic: fatherPatronymic };
        insertGuardian.run(id, fullName(father), words.father, makePhone(rng));
      }
      const pupil: DemoPupil = { id, ability: Math.min(4.9, Math.max(2.6, 4.1 + rng.bell() * 0.5)) };
      cls.pupils.push(pupil);
    }
  }
}
