import type { z } from 'zod';
import type { Database } from '../db/connection';
import { school } from '../db/schema';
import { ApiError } from '../api/api-error';
import type { SetupStatus, setupInput } from '../api/contract/setup';
import { passwordWeakness } from '../accounts/password';
import { insertAccount } from '../accounts/users-service';
import { createYear, proposeYear, type YearPlan } from './academic-year';

export function setupStatus(db: Database): SetupStatus {
  const row = db.orm.select({ nameKy: school.nameKy, nameRu: school.nameRu }).from(school).get();
  return { needsSetup: !row, school: row ?? null };
}

export interface NewSchool {
  nameKy: string;
  nameRu: string;
  /** Defaults to the year that contains (or follows) today. */
  year?: ReturnType<typeof proposeYear>;
}

/** The school row and its current year. Refuses a second school in one database. */
export function createSchool(db: Database, input: NewSchool, now: Date): void {
  if (!setupStatus(db).needsSetup) throw new ApiError('SETUP_ALREADY_DONE');
  db.orm.insert(school).values({ nameKy: input.nameKy, nameRu: input.nameRu }).run();
  createYear(db, input.year ?? proposeYear(now));
}

/** First run: the school, its current year and the administrator's account (with a chosen password). */
export function firstRunSetup(db: Database, input: z.output<typeof setupInput>, now: Date, year?: YearPlan) {
  const weakness = passwordWeakness(input.admin.password);
  if (weakness) {
    throw new ApiError('WEAK_PASSWORD', undefined, [
      { path: 'admin.password', message: `validation.password.${weakness}` },
    ]);
  }
  createSchool(db, { nameKy: input.schoolNameKy, nameRu: input.schoolNameRu, ...(year ? { year } : {}) }, now);
  const admin = insertAccount(
    db,
    { ...input.admin, position: undefined, role: 'administrator', login: input.admin.login },
    input.admin.password,
    false,
    now,
  );
  return admin;
}
