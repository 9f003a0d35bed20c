import { eq } from 'drizzle-orm';
import type { Database } from '../../../src-main/db/connection';
import { enrollment } from '../../../src-main/db/schema';
import { roles, type Role } from '../../../src-main/api/contract';
import { insertClass } from '../../../src-main/roster/classes';
import { enrol, insertPupil } from '../../../src-main/roster/pupils';
import { currentYear } from '../../../src-main/school/academic-year';
import type { Staffed } from '../app';
import type { Samples } from './types';

/** The pupils one caller's samples work on: each role gets its own, so that each call succeeds again. */
interface RolePupils {
  inClass: number;
  toTransfer: number;
  toDepart: number;
  leftEarlier: number;
  notEnrolled: number;
}

interface Fixture {
  /** 5-А, whose class teacher is the sample teacher: the own-class calls target it. */
  ownClass: number;
  /** 5-Б, with no class teacher. */
  otherClass: number;
  yearStart: string;
  pupils: Record<Role, RolePupils>;
}

/**
 * Made once per database, on the first call, then reused: the router tests compare snapshots around
 * later calls of the samples, which must then write nothing.
 */
const fixtures = new WeakMap<Database, Fixture>();

function fixtureFor(db: Database, f: Staffed): Fixture {
  const made = fixtures.get(db);
  if (made) return made;
  const year = currentYear(db);
  if (!year) throw new Error('The samples need a school with a current year');
  const ownClass = insertClass(db, year.id, {
    grade: 5,
    letter: 'А',
    language: 'ky',
    classTeacherId: f.teacher.user.staffId,
  }).id;
  const otherClass = insertClass(db, year.id, { grade: 5, letter: 'Б', language: 'ky' }).id;
  const pupil = (surname: string, role: Role, classId: number | null) => {
    const row = insertPupil(db, {
      surname,
      name: `${role}`,
      patronymic: null,
      birthDate: null,
      sex: null,
      pin: null,
      address: null,
    });
    if (classId !== null) enrol(db, row.id, { classId, fromDate: year.startsOn });
    return row.id;
  };
  const pupils = Object.fromEntries(
    roles.map((role): [Role, RolePupils] => {
      const leftEarlier = pupil('Кайтуучу', role, ownClass);
      db.orm.update(enrollment).set({ toDate: year.startsOn }).where(eq(enrollment.studentId, leftEarlier)).run();
      return [
        role,
        {
          inClass: pupil('Турсунов', role, ownClass),
          toTransfer: pupil('Которулуучу', role, ownClass),
          toDepart: pupil('Кетүүчү', role, ownClass),
          leftEarlier,
          notEnrolled: pupil('Жаңы', role, null),
        },
      ];
    }),
  ) as Record<Role, RolePupils>;
  const fixture = { ownClass, otherClass, yearStart: year.startsOn, pupils };
  fixtures.set(db, fixture);
  return fixture;
}

/** A day well inside the sample year, after the pupils' first day. */
const sampleDay = (yearStart: string) => `${yearStart.slice(0, 4)}-10-01`;

export const studentsSamples: Samples = ({ t, f, caller }) => {
  const x = fixtureFor(t.db, f);
  const mine = x.pupils[caller];
  const day = sampleDay(x.yearStart);
  const card = (surname: string) => ({ surname, name: caller, sex: 'f' as const, birthDate: '2014-03-08' });
  return {
    'students.list': { classId: x.ownClass, onDate: day },
    'students.get': { studentId: mine.inClass },
    // The teacher may add only to the class they lead; the office anywhere.
    'students.create': {
      classId: caller === 'teacher' ? x.ownClass : x.otherClass,
      card: card('Өмүрова'),
      guardians: [{ fullName: 'Өмүров Бакыт', phone: '+996 555 12-34-56' }],
    },
    'students.update': { studentId: mine.inClass, card: card('Турсунова'), guardians: [] },
    'movement.enrol': { studentId: mine.notEnrolled, classId: x.otherClass, date: day, arrivedFrom: 'Ош, №3 мектеп' },
    'movement.transfer': { studentId: mine.toTransfer, toClassId: x.otherClass, date: day },
    'movement.depart': {
      studentId: mine.toDepart,
      date: day,
      destination: 'country',
      departedTo: 'Россия',
      orderNo: '12-к',
      reason: 'Ата-энеси көчтү',
    },
    'movement.return': { studentId: mine.leftEarlier, classId: x.ownClass, date: day },
    'movement.report': { from: x.yearStart, to: day },
  };
};
