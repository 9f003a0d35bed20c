import { z } from 'zod';
import { call } from './define';
import { id, noInput } from './fields';
import type { Role } from './permissions';

export const instructionLanguages = ['ky', 'ru', 'uz', 'en', 'tg'] as const;
export type InstructionLanguage = (typeof instructionLanguages)[number];

export interface PersonRef {
  staffId: number;
  fullName: string;
}

export interface ClassRow {
  id: number;
  yearId: number;
  /** "5-А": grade, hyphen, Cyrillic letter. */
  name: string;
  grade: number;
  letter: string;
  language: InstructionLanguage;
  shift: number;
  classTeacher: PersonRef | null;
  /** Pupils enrolled today (the school's day in Bishkek). */
  pupilCount: number;
}

export interface StaffRow extends PersonRef {
  surname: string;
  name: string;
  patronymic: string | null;
  position: string | null;
  hasAccount: boolean;
  role: Role | null;
}

export interface SubjectRow {
  id: number;
  nameKy: string;
  nameRu: string;
  shortKy: string | null;
  shortRu: string | null;
  sortOrder: number;
  active: boolean;
}

export interface SubgroupRow {
  id: number;
  name: string;
  teacher: PersonRef | null;
  memberCount: number;
  studentIds: number[];
  lessonCount: number;
}

export interface LoadRow {
  id: number;
  classId: number;
  className: string;
  subjectId: number;
  subjectNameKy: string;
  subjectNameRu: string;
  teacher: PersonRef | null;
  hoursPerWeek: number;
  subgroups: SubgroupRow[];
  /** Lessons already in the journal: such a line can no longer be removed. */
  lessonCount: number;
}

const shift = z.union([z.literal(1), z.literal(2)]);
const teacherId = id.nullable();
/** Half hours exist (a subject every other week); more than a school week's 40 is a typing slip. */
const hours = z
  .number()
  .positive()
  .max(40)
  .refine((h) => Number.isInteger(h * 2), 'validation.load.halfHours');
const subjectName = z.string().trim().min(1).max(80);
const shortName = z
  .string()
  .trim()
  .max(20)
  .nullable()
  .optional()
  .transform((v) => (v ? v : null));

export const structureCalls = {
  'classes.list': call<ClassRow[]>()({
    input: z.object({ yearId: id.optional() }).strict().optional(),
    access: 'school.read',
    mutates: false,
  }),
  /** `name` as typed ("7B", "7 в", "7-В"); a class that exists under any spelling is refused. */
  'classes.create': call<ClassRow>()({
    input: z
      .object({
        yearId: id.optional(),
        name: z.string().trim().min(2).max(12),
        language: z.enum(instructionLanguages),
        shift: shift.default(1),
        classTeacherId: teacherId.default(null),
      })
      .strict(),
    access: 'year.manage',
    mutates: true,
  }),
  /** The grade never changes: next year's 6-А is a new class with its own journal. */
  'classes.update': call<ClassRow>()({
    input: z
      .object({
        classId: id,
        letter: z.string().trim().min(1).max(2).optional(),
        language: z.enum(instructionLanguages).optional(),
        shift: shift.optional(),
        classTeacherId: teacherId.optional(),
      })
      .strict(),
    access: 'year.manage',
    mutates: true,
  }),
  'staff.list': call<StaffRow[]>()({ input: noInput, access: 'school.read', mutates: false }),
  'subjects.list': call<SubjectRow[]>()({ input: noInput, access: 'school.read', mutates: false }),
  'subjects.create': call<SubjectRow>()({
    input: z
      .object({
        nameKy: subjectName,
        nameRu: subjectName,
        shortKy: shortName,
        shortRu: shortName,
        sortOrder: z.number().int().min(0).max(10_000).optional(),
      })
      .strict(),
    access: 'year.manage',
    mutates: true,
  }),
  'subjects.update': call<SubjectRow>()({
    input: z
      .object({
        subjectId: id,
        nameKy: subjectName.optional(),
        nameRu: subjectName.optional(),
        shortKy: shortName,
        shortRu: shortName,
        sortOrder: z.number().int().min(0).max(10_000).optional(),
        active: z.boolean().optional(),
      })
      .strict(),
    access: 'year.manage',
    mutates: true,
  }),
  /** Adds the typical curriculum's subjects the school does not have yet (by name); twice adds nothing. */
  'subjects.seed': call<{ added: SubjectRow[] }>()({ input: noInput, access: 'year.manage', mutates: true }),
  /** The current year's load, of one class or one teacher (as the subject's or a subgroup's teacher). */
  'load.list': call<LoadRow[]>()({
    input: z.object({ classId: id.optional(), teacherId: id.optional() }).strict().optional(),
    access: 'school.read',
    mutates: false,
  }),
  /** One line per class and subject: a split class is one line with subgroups, not two lines. */
  'load.create': call<LoadRow>()({
    input: z.object({ classId: id, subjectId: id, teacherId, hoursPerWeek: hours }).strict(),
    access: 'year.manage',
    mutates: true,
  }),
  'load.update': call<LoadRow>()({
    input: z.object({ classSubjectId: id, teacherId: teacherId.optional(), hoursPerWeek: hours.optional() }).strict(),
    access: 'year.manage',
    mutates: true,
  }),
  'load.remove': call<{ removed: number }>()({
    input: z.object({ classSubjectId: id }).strict(),
    access: 'year.manage',
    mutates: true,
  }),
  /**
   * The subgroups of a load line, as a whole. A group keeps its identity (and its lessons) by `id`, or
   * else by name; a group left out is removed, which is refused once it has lessons.
   */
  'subgroups.set': call<LoadRow>()({
    input: z
      .object({
        classSubjectId: id,
        groups: z
          .array(
            z
              .object({
                id: id.optional(),
                name: z.string().trim().min(1).max(40),
                teacherId,
                studentIds: z.array(id).max(60),
              })
              .strict(),
          )
          .max(6),
      })
      .strict(),
    access: 'year.manage',
    mutates: true,
  }),
};
