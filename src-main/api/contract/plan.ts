import { z } from 'zod';
import { call } from './define';
import { calendarDate, id, optionalText } from './fields';
import { maxImportBase64 } from './imports';
import type { PersonRef } from './structure';

/** The calendar-thematic plan (КТП): topics, hours check, import, copy, programme completion. */

// ---------------------------------------------------------------------------------------------
// Fields

/** A plan longer than this is a file read wrongly, not a school year (34 weeks × at most 10 hours). */
export const maxPlanTopics = 400;
export const maxTopicTitle = 300;
export const maxTopicSection = 200;
export const maxTopicHours = 50;

/** Hours of one topic: more than zero, at most 50, in half hours (a lesson every other week). */
export const topicHours = z
  .number({ message: 'validation.plan.hours' })
  .positive('validation.plan.hours')
  .max(maxTopicHours, 'validation.plan.hours')
  .refine((h) => Number.isInteger(h * 2), 'validation.plan.hours');

export const topicInput = z
  .object({
    /** An existing topic of this plan, kept (with the lessons that refer to it); none: a new topic. */
    topicId: id.optional(),
    title: z.string().trim().min(1, 'validation.plan.titleRequired').max(maxTopicTitle, 'validation.plan.titleTooLong'),
    hours: topicHours,
    plannedDate: calendarDate.nullable().optional(),
    section: optionalText(maxTopicSection),
  })
  .strict();
export type TopicInput = z.output<typeof topicInput>;
/** A topic as a screen sends it. */
export type TopicDraft = z.input<typeof topicInput>;

const planKey = { classSubjectId: id, subgroupId: id.optional() };

// ---------------------------------------------------------------------------------------------
// Results

export interface PlanTopicRow {
  topicId: number;
  position: number;
  title: string;
  hours: number;
  plannedDate: string | null;
  section: string | null;
  /** Lessons of the journal that name this topic: such a topic cannot be removed. */
  lessonCount: number;
}

/** The plan's hours against the curriculum's: hours a week × the grade's study weeks. */
export interface HoursCheck {
  planned: number;
  hoursPerWeek: number;
  weeks: number;
  expected: number;
  /** planned − expected: negative when hours are missing, positive when there are too many. */
  difference: number;
}

export interface PlanView {
  classSubjectId: number;
  /** null: the class subject's plan; a subgroup's own plan otherwise. */
  subgroupId: number | null;
  subgroupName: string | null;
  classId: number;
  className: string;
  grade: number;
  subjectId: number;
  subject: { nameKy: string; nameRu: string };
  teacher: PersonRef | null;
  year: { id: number; title: string; startsOn: string; endsOn: string; closed: boolean };
  topics: PlanTopicRow[];
  hours: HoursCheck;
  /** Whether the caller may change this plan (own class subject or subgroup, open year). */
  canEdit: boolean;
  /** For a subgroup's plan: topics of the class subject's plan, which the group uses while it has none. */
  commonTopics: number | null;
}

export type PlanColumn = 'number' | 'topic' | 'hours' | 'date' | 'section';

export interface PlanImportTopic {
  /** 1-based, as Excel shows it. */
  row: number;
  title: string;
  hours: number;
  plannedDate: string | null;
  section: string | null;
}

export interface PlanImportIssue {
  row: number;
  /** Translation key, `plan.import.error.*`. */
  message: string;
  params: Record<string, string | number>;
}

export interface PlanImportResult {
  format: 'xlsx' | 'csv';
  sheet: string;
  headerRow: number;
  columns: { kind: PlanColumn; header: string }[];
  topics: PlanImportTopic[];
  errors: PlanImportIssue[];
  /** The plan was replaced: only with `apply` and no errors. */
  applied: boolean;
  plan: PlanView | null;
}

/** One line of the plans' list: a class subject's plan, or a subgroup's (own, or the class's shared). */
export interface PlanLine {
  classSubjectId: number;
  subgroupId: number | null;
  subgroupName: string | null;
  classId: number;
  className: string;
  grade: number;
  subjectId: number;
  subject: { nameKy: string; nameRu: string };
  teacher: PersonRef | null;
}

export type PlanStatus = 'ok' | 'missing' | 'mismatch' | 'notNeeded';

export interface OverviewRow extends PlanLine {
  topicCount: number;
  /** A subgroup without topics of its own, using the class subject's plan. */
  shared: boolean;
  hours: HoursCheck;
  /** `notNeeded`: the class plan of a split subject whose every subgroup has a plan of its own. */
  status: PlanStatus;
}

export interface PlanOverview {
  year: { id: number; title: string; closed: boolean };
  rows: OverviewRow[];
}

export interface CompletionRow extends PlanLine {
  /** Topics (and their hours) planned on a date inside the period. */
  plannedTopics: number;
  plannedHours: number;
  /** Lessons of the journal dated inside the period; a lesson is one academic hour. */
  deliveredLessons: number;
  deliveredHours: number;
  /** Topics planned up to the period's end that no lesson up to then names. */
  pending: { topicId: number; position: number; title: string; plannedDate: string }[];
  hours: HoursCheck;
  /** The plan's total hours equal the curriculum's. */
  hoursMatch: boolean;
}

export interface PlanCompletion {
  period: { periodId: number; kind: string; number: number; startsOn: string; endsOn: string };
  rows: CompletionRow[];
}

// ---------------------------------------------------------------------------------------------
// Calls

const readers = ['journal.readAll', 'journal.writeOwn'] as const;
/**
 * A teacher their own class subjects and subgroups; the deputy any; the director and the administrator
 * none (the administrator keeps the computer and the accounts, and cannot read the plans either).
 */
const writers = ['journal.writeOwn', 'journal.correct'] as const;

export const planCalls = {
  /** The ordered topics of one plan and its hours check. */
  'plan.get': call<PlanView>()({
    input: z.object(planKey).strict(),
    access: readers,
    mutates: false,
  }),
  /**
   * Replaces the ordered list: topics sent with `topicId` are kept and updated, new ones inserted, the
   * others removed. A topic a lesson refers to is never removed: the whole save is refused.
   */
  'plan.save': call<PlanView>()({
    input: z
      .object({
        ...planKey,
        topics: z.array(topicInput).max(maxPlanTopics, 'validation.plan.tooManyTopics'),
      })
      .strict(),
    access: writers,
    mutates: true,
  }),
  /** Reads an .xlsx or .csv plan; with `apply` and no row errors, replaces the plan with it. */
  'plan.import': call<PlanImportResult>()({
    input: z
      .object({
        ...planKey,
        fileName: z.string().trim().min(1).max(255),
        contentBase64: z
          .string()
          .min(1)
          .max(maxImportBase64)
          .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'validation.base64'),
        apply: z.boolean(),
      })
      .strict(),
    access: writers,
    mutates: true,
  }),
  /** Copies the plan of another class of the parallel (same subject, grade and year). */
  'plan.copy': call<PlanView>()({
    input: z.object({ fromClassSubjectId: id, toClassSubjectId: id, replace: z.boolean().default(false) }).strict(),
    access: writers,
    mutates: true,
  }),
  /** Programme completion in a period, per plan line of a class (or of the year); a teacher sees their own. */
  'plan.completion': call<PlanCompletion>()({
    input: z.object({ periodId: id, classId: id.optional() }).strict(),
    access: readers,
    mutates: false,
  }),
  /** Every plan line of a year with its hours check: which plans are missing, which do not match. */
  'plan.overview': call<PlanOverview>()({
    input: z.object({ yearId: id.optional() }).strict().optional(),
    access: readers,
    mutates: false,
  }),
};
