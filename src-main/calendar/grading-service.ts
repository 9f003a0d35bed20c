import { eq } from 'drizzle-orm';
import type { Database } from '../db/connection';
import { gradingRule } from '../db/schema';
import { ApiError } from '../api/api-error';
import type { CallContext } from '../api/context';
import type { GradingRuleRow } from '../api/contract/calendar';
import type { FieldIssue } from '../api/contract/errors';
import { findYear, writableYear } from './year-guard';

/** The column allows any number; only 1 and 2 mean a half-year. */
function halfOf(n: number | null): 1 | 2 | null {
  return n === 1 || n === 2 ? n : null;
}

/** The year's grading table by grade, the whole-year rule before the half-years'. */
export function listGrading(db: Database, yearId: number): GradingRuleRow[] {
  findYear(db, yearId);
  return db.orm
    .select({ grade: gradingRule.grade, halfYear: gradingRule.halfYear, scale: gradingRule.scale })
    .from(gradingRule)
    .where(eq(gradingRule.yearId, yearId))
    .all()
    .map((r): GradingRuleRow => ({ ...r, halfYear: halfOf(r.halfYear) }))
    .sort((a, b) => a.grade - b.grade || (a.halfYear ?? 0) - (b.halfYear ?? 0));
}

/**
 * A grade has either one rule for the whole year or one per half-year, never both and never twice:
 * otherwise which scale applies on a given day would be ambiguous.
 */
export function gradingIssues(rules: readonly GradingRuleRow[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const seen = new Map<number, (1 | 2 | null)[]>();
  rules.forEach((rule, i) => {
    const halves = seen.get(rule.grade) ?? [];
    if (halves.includes(rule.halfYear)) {
      issues.push({ path: `rules.${i}.halfYear`, message: 'validation.grading.twice', params: { grade: rule.grade } });
    } else if (halves.length && (rule.halfYear === null || halves.includes(null))) {
      issues.push({ path: `rules.${i}.halfYear`, message: 'validation.grading.mixed', params: { grade: rule.grade } });
    }
    seen.set(rule.grade, [...halves, rule.halfYear]);
  });
  for (const [grade, halves] of seen) {
    if (halves.length === 1 && halves[0] !== null) {
      const i = rules.findIndex((r) => r.grade === grade);
      issues.push({ path: `rules.${i}.halfYear`, message: 'validation.grading.bothHalves', params: { grade } });
    }
  }
  return issues;
}

/** Replaces the year's grading table. */
export function setGrading(ctx: CallContext, yearId: number, rules: readonly GradingRuleRow[]): GradingRuleRow[] {
  const db = ctx.app.db;
  writableYear(db, yearId);
  const issues = gradingIssues(rules);
  if (issues.length) throw new ApiError('INVALID_INPUT', undefined, issues);
  const before = listGrading(db, yearId);
  db.orm.delete(gradingRule).where(eq(gradingRule.yearId, yearId)).run();
  if (rules.length) {
    db.orm
      .insert(gradingRule)
      .values(rules.map((r) => ({ ...r, yearId })))
      .run();
  }
  const after = listGrading(db, yearId);
  ctx.audit({ entity: 'grading_rule', entityId: yearId, before, after });
  return after;
}
