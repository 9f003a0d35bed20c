import { z } from 'zod';
import { call } from './define';
import { noInput } from './fields';
import { markKinds, type MarkKindCode } from './journal';

/*
 * The school's journal settings: the edit policy, the period-mark rules, the plan's study weeks.
 * Until this screen existed they were edited by hand, so their readers (journal/edit-policy.ts,
 * period-marks/rules.ts, plan/study-weeks.ts) fall back to a default for any malformed field; the
 * bounds here are narrower than those readers' so that nothing the screen stores ever falls back.
 */

// ---------------------------------------------------------------------------------------------
// Fields

/**
 * A number in [min, max] in whole steps of `step`, with one message for every way it can be wrong:
 * a field then shows one sentence ("a whole number from 0 to 60"), never two that say the same.
 */
function stepped(min: number, max: number, step: number, message: string) {
  return z.number({ message }).refine((v) => {
    const steps = v / step;
    return v >= min && v <= max && Math.abs(steps - Math.round(steps)) < 1e-9;
  }, message);
}

const time = z.string({ message: 'validation.settings.time' }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, {
  message: 'validation.settings.time',
});
const days = stepped(0, 60, 1, 'validation.settings.days');
const kinds = z
  .array(z.enum(markKinds), { message: 'validation.settings.kinds' })
  .refine((list) => new Set(list).size === list.length, 'validation.settings.kinds');

export const editPolicyInput = z
  .object({
    dayEndsAt: time,
    homeworkEndsAt: time,
    writtenMarkDays: days,
    writtenMarkKinds: kinds,
    excuseDays: days,
    reasonMinLength: stepped(1, 100, 1, 'validation.settings.reasonLength'),
  })
  .strict();

const weight = stepped(0.5, 5, 0.5, 'validation.settings.weight');

export const periodMarkRulesInput = z
  .object({
    weights: z
      .object(Object.fromEntries(markKinds.map((k) => [k, weight])) as Record<MarkKindCode, typeof weight>)
      .strict(),
    rounding: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('half_up') }).strict(),
      z
        .object({ kind: z.literal('threshold'), fraction: stepped(0.5, 0.9, 0.01, 'validation.settings.fraction') })
        .strict(),
    ]),
    minMarks: z
      .object({
        upToTwoHours: stepped(1, 10, 1, 'validation.settings.minMarks'),
        perExtraHour: stepped(0, 5, 1, 'validation.settings.perExtraHour'),
      })
      .strict(),
    writtenKinds: kinds.refine((list) => list.length > 0, 'validation.settings.writtenKindsRequired'),
    openDaysBefore: days,
    closeDaysAfter: days,
    yearCloseDaysAfter: days,
  })
  .strict();

export const minGrade = 1;
export const maxGrade = 11;
const weeks = stepped(30, 40, 1, 'validation.settings.weeks');

export const studyWeeksInput = z
  .object({
    default: weeks,
    /** Grade ("1"–"11", as JSON keys are text) → weeks, where the grade differs from the default. */
    byGrade: z.record(z.string(), weeks).superRefine((record, ctx) => {
      for (const key of Object.keys(record)) {
        const grade = Number(key);
        if (!/^\d{1,2}$/.test(key) || grade < minGrade || grade > maxGrade) {
          ctx.addIssue({ code: 'custom', message: 'validation.settings.grade', path: [key] });
        }
      }
    }),
  })
  .strict();

export const settingsParts = ['editPolicy', 'periodMarkRules', 'studyWeeks'] as const;
export type SettingsPart = (typeof settingsParts)[number];

// ---------------------------------------------------------------------------------------------
// Results

export type EditPolicySettings = z.output<typeof editPolicyInput>;
export type PeriodMarkRulesSettings = z.output<typeof periodMarkRulesInput>;
/** `byGrade` keyed by the grade as text, as JSON has it: what is read can be sent back as it is. */
export type StudyWeeksSettings = z.output<typeof studyWeeksInput>;

export interface JournalSettingsValues {
  editPolicy: EditPolicySettings;
  periodMarkRules: PeriodMarkRulesSettings;
  studyWeeks: StudyWeeksSettings;
}

export interface JournalSettings extends JournalSettingsValues {
  /** The regulations' values, for "default" beside a field and for "restore defaults". */
  defaults: JournalSettingsValues;
  /** Whether the school has its own value stored for a part (false: the defaults are in force). */
  stored: Record<SettingsPart, boolean>;
}

// ---------------------------------------------------------------------------------------------
// Calls

export const settingsCalls = {
  /** The three settings as in force (stored values over the defaults), with the defaults. */
  'settings.journal': call<JournalSettings>()({ input: noInput, access: 'year.manage', mutates: false }),
  /** Stores each given part whole, replacing the stored one; audited per part, old → new. */
  'settings.journalSave': call<JournalSettings>()({
    input: z
      .object({
        editPolicy: editPolicyInput.optional(),
        periodMarkRules: periodMarkRulesInput.optional(),
        studyWeeks: studyWeeksInput.optional(),
      })
      .strict()
      .refine((v) => settingsParts.some((p) => v[p] !== undefined), 'validation.settings.nothingToSave'),
    access: 'year.manage',
    mutates: true,
  }),
  /** Deletes a part's stored value: the regulations' defaults are in force again. */
  'settings.journalReset': call<JournalSettings>()({
    input: z.object({ part: z.enum(settingsParts) }).strict(),
    access: 'year.manage',
    mutates: true,
  }),
};
