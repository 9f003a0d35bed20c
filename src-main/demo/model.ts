import type { Database } from '../db/connection';
import type { GradingScale } from '../db/schema';
import type { TeacherGroup } from './curriculum';
import type { Origin, Person } from './people';
import type { Random } from './random';
import type { DemoSubject } from './subjects';

/** What every step of the demo reads: the database, the seeded generator and the year's dates. */
export interface DemoContext {
  db: Database;
  rng: Random;
  now: Date;
  /** The UTC date of `now`: lessons are generated for the days before it. */
  today: string;
  year: { id: number; startsOn: string; endsOn: string };
  /** The first quarter, as the deputy set its dates. */
  quarter: { id: number; number: number; startsOn: string; endsOn: string };
  /** The grading scale in the first quarter, per grade. */
  scales: Map<number, GradingScale>;
  holidays: Set<string>;
}

export interface DemoTeacher {
  staffId: number;
  userId: number;
  login: string;
  person: Person;
  origin: Origin;
  group: TeacherGroup;
  /** Cabinet number, or the gym for sport. */
  room: string;
  /** Hours a week given so far, for spreading the load. */
  hours: number;
}

export interface DemoPupil {
  id: number;
  /** The pupil's usual mark, 2.6–4.9: some pupils are strong, a few struggle. */
  ability: number;
}

export interface DemoClass {
  grade: number;
  letter: string;
  language: 'ky' | 'ru';
  shift: 1 | 2;
  room: string;
  id: number;
  classTeacher: DemoTeacher | null;
  pupils: DemoPupil[];
}

/** The part of a class a lesson is given to: the whole class, or one subgroup. */
export interface DemoSection {
  subgroupId: number | null;
  teacher: DemoTeacher;
  pupils: DemoPupil[];
}

/** One row of the teaching load (class_subject) with its sections. */
export interface DemoLoad {
  id: number;
  cls: DemoClass;
  subject: DemoSubject;
  subjectId: number;
  hours: number;
  sections: DemoSection[];
}

export function className(cls: Pick<DemoClass, 'grade' | 'letter'>): string {
  return `${cls.grade}-${cls.letter}`;
}
