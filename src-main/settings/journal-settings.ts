import { eq } from 'drizzle-orm';
import type { Database } from '../db/connection';
import { setting } from '../db/schema';
import type { CallContext } from '../api/context';
import { signedInUser } from '../api/context';
import type {
  JournalSettings,
  JournalSettingsValues,
  SettingsPart,
  StudyWeeksSettings,
} from '../api/contract/settings';
import { settingsParts } from '../api/contract/settings';
import { defaultEditPolicy, editPolicyKey, readEditPolicy, type EditPolicy } from '../journal/edit-policy';
import {
  defaultPeriodMarkRules,
  periodMarkRulesKey,
  readPeriodMarkRules,
  type PeriodMarkRules,
} from '../period-marks/rules';
import { defaultStudyWeeks, readStudyWeeks, studyWeeksKey, type StudyWeeks } from '../plan/study-weeks';

/*
 * The journal settings as one screen sees them. What is in force is always what the domains' own
 * readers say (a stored value over the defaults), so this screen can never show a value the journal
 * does not use; writing stores a part whole, as validated by the contract.
 */

/** Each part's `setting` key. */
export const settingKeys: Record<SettingsPart, string> = {
  editPolicy: editPolicyKey,
  periodMarkRules: periodMarkRulesKey,
  studyWeeks: studyWeeksKey,
};

/** The reader's weeks with the grades as text keys, the form JSON gives them anyway. */
function weeksSettings(weeks: StudyWeeks): StudyWeeksSettings {
  const byGrade: Record<string, number> = {};
  for (const [grade, n] of Object.entries(weeks.byGrade)) if (n !== undefined) byGrade[grade] = n;
  return { default: weeks.default, byGrade };
}

function inForce(db: Database): JournalSettingsValues {
  return {
    editPolicy: readEditPolicy(db),
    periodMarkRules: readPeriodMarkRules(db),
    studyWeeks: weeksSettings(readStudyWeeks(db)),
  };
}

const defaults: JournalSettingsValues = {
  editPolicy: defaultEditPolicy,
  periodMarkRules: defaultPeriodMarkRules,
  studyWeeks: weeksSettings(defaultStudyWeeks),
};

/** The stored JSON of a part, as it is (null: nothing stored). */
function storedValue(db: Database, part: SettingsPart): unknown {
  const row = db.orm.select({ value: setting.value }).from(setting).where(eq(setting.key, settingKeys[part])).get();
  return row ? row.value : null;
}

export function readJournalSettings(db: Database): JournalSettings {
  const stored = Object.fromEntries(settingsParts.map((p) => [p, storedValue(db, p) !== null])) as Record<
    SettingsPart,
    boolean
  >;
  return { ...inForce(db), defaults, stored };
}

/** What the contract validated, typed as the readers' own shapes: a mismatch is a compile error here. */
export interface JournalSettingsChange {
  editPolicy?: EditPolicy | undefined;
  periodMarkRules?: PeriodMarkRules | undefined;
  studyWeeks?: StudyWeeksSettings | undefined;
}

/** Study weeks keep the JSON form `{ "1": 33 }`, the form the reader and a hand-edited row share. */
function studyWeeksValue(v: NonNullable<JournalSettingsChange['studyWeeks']>): StudyWeeks & StudyWeeksSettings {
  const byGrade = Object.fromEntries(Object.entries(v.byGrade).map(([g, w]) => [String(Number(g)), w]));
  return { default: v.default, byGrade };
}

/** Stores every given part whole and audits it, old → new, under the setting's key. */
export function saveJournalSettings(ctx: CallContext, change: JournalSettingsChange): JournalSettings {
  const db = ctx.app.db;
  const userId = signedInUser(ctx).userId;
  const at = ctx.now.toISOString();
  const values: Record<SettingsPart, unknown> = {
    editPolicy: change.editPolicy,
    periodMarkRules: change.periodMarkRules,
    studyWeeks: change.studyWeeks && studyWeeksValue(change.studyWeeks),
  };
  for (const part of settingsParts) {
    const value = values[part];
    if (value === undefined) continue;
    const before = storedValue(db, part);
    db.orm
      .insert(setting)
      .values({ key: settingKeys[part], value, updatedAt: at, updatedBy: userId })
      .onConflictDoUpdate({ target: setting.key, set: { value, updatedAt: at, updatedBy: userId } })
      .run();
    ctx.audit({ entity: 'setting', entityId: settingKeys[part], before, after: value });
  }
  return readJournalSettings(db);
}

/** Deletes a part's stored row: its defaults are in force again. Audited even when nothing was stored. */
export function resetJournalSetting(ctx: CallContext, part: SettingsPart): JournalSettings {
  const db = ctx.app.db;
  const before = storedValue(db, part);
  db.orm.delete(setting).where(eq(setting.key, settingKeys[part])).run();
  ctx.audit({ entity: 'setting', entityId: settingKeys[part], before, after: null });
  return readJournalSettings(db);
}
