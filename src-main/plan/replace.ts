import { eq, inArray } from 'drizzle-orm';
import type { Database } from '../db/connection';
import { planTopic } from '../db/schema';
import { ApiError } from '../api/api-error';
import type { CallContext } from '../api/context';
import type { FieldIssue } from '../api/contract/errors';
import type { PlanScope } from './scope';
import { sumHours } from './study-weeks';
import { lessonCounts, planTopics, type TopicRecord } from './topics';

/** A topic as a save, an import or a copy brings it. */
export interface IncomingTopic {
  topicId?: number | undefined;
  title: string;
  hours: number;
  plannedDate?: string | null | undefined;
  section?: string | null | undefined;
}

/** A topic as the audit keeps it: enough to see what was renamed, moved or re-timed. */
type TopicTrace = [title: string, hours: number, plannedDate: string | null];

export interface ReplaceOutcome {
  before: { topics: number; hours: number; list: TopicTrace[] };
  after: { topics: number; hours: number; list: TopicTrace[] };
  kept: number;
  added: number;
  removed: number;
}

/** Titles compared as people see them: case, spaces and ё do not make another topic. */
const titleKey = (title: string) => title.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();

/**
 * A file or a copy carries no topic ids: an existing topic with the same title keeps its id (each one
 * once, in order), so that reading the corrected plan again does not cut the lessons off their topics.
 */
export function matchByTitle(existing: TopicRecord[], incoming: IncomingTopic[]): IncomingTopic[] {
  const free = new Map<string, number[]>();
  for (const t of existing) free.set(titleKey(t.title), [...(free.get(titleKey(t.title)) ?? []), t.id]);
  return incoming.map((topic) => {
    if (topic.topicId !== undefined) return topic;
    const ids = free.get(titleKey(topic.title));
    const topicId = ids?.shift();
    return topicId === undefined ? topic : { ...topic, topicId };
  });
}

function invalid(fields: FieldIssue[]): ApiError {
  return new ApiError('INVALID_INPUT', undefined, fields);
}

/** Ids that belong to this plan and appear once; planned dates inside the class's school year. */
function checkIncoming(scope: PlanScope, existing: TopicRecord[], incoming: IncomingTopic[], path: string): void {
  const ids = new Set(existing.map((t) => t.id));
  const seen = new Set<number>();
  const fields: FieldIssue[] = [];
  incoming.forEach((topic, i) => {
    if (topic.topicId !== undefined) {
      if (!ids.has(topic.topicId))
        fields.push({ path: `${path}.${i}.topicId`, message: 'validation.plan.topicNotInPlan' });
      else if (seen.has(topic.topicId))
        fields.push({ path: `${path}.${i}.topicId`, message: 'validation.plan.topicTwice' });
      seen.add(topic.topicId);
    }
    const date = topic.plannedDate;
    if (date && (date < scope.startsOn || date > scope.endsOn)) {
      fields.push({
        path: `${path}.${i}.plannedDate`,
        message: 'validation.plan.outsideYear',
        params: { from: scope.startsOn, to: scope.endsOn },
      });
    }
  });
  if (fields.length) throw invalid(fields);
}

/**
 * Replaces one plan's ordered topics: those with an id are kept and rewritten, the others inserted, the
 * rest removed. A topic that a lesson names stays the lesson's topic: removing it refuses the whole
 * change, naming each such topic, and nothing is written.
 */
export function replaceTopics(
  db: Database,
  scope: PlanScope,
  incoming: IncomingTopic[],
  options: { path?: string; matchTitles?: boolean } = {},
): ReplaceOutcome {
  const path = options.path ?? 'topics';
  const existing = planTopics(db, scope.classSubjectId, scope.subgroupId);
  const topics = options.matchTitles ? matchByTitle(existing, incoming) : incoming;
  checkIncoming(scope, existing, topics, path);

  const keep = new Set(topics.map((t) => t.topicId).filter((x): x is number => x !== undefined));
  const removed = existing.filter((t) => !keep.has(t.id));
  const used = lessonCounts(
    db,
    removed.map((t) => t.id),
  );
  const inUse = removed.filter((t) => (used.get(t.id) ?? 0) > 0);
  if (inUse.length) {
    throw invalid(
      inUse.map((t) => ({
        path,
        message: 'validation.plan.topicInUse',
        params: { title: t.title, position: t.position, lessons: used.get(t.id) ?? 0 },
      })),
    );
  }

  if (removed.length)
    db.orm
      .delete(planTopic)
      .where(
        inArray(
          planTopic.id,
          removed.map((t) => t.id),
        ),
      )
      .run();
  topics.forEach((topic, i) => {
    const values = {
      position: i + 1,
      title: topic.title,
      hours: topic.hours,
      plannedDate: topic.plannedDate ?? null,
      section: topic.section ?? null,
    };
    if (topic.topicId !== undefined) db.orm.update(planTopic).set(values).where(eq(planTopic.id, topic.topicId)).run();
    else
      db.orm
        .insert(planTopic)
        .values({ ...values, classSubjectId: scope.classSubjectId, subgroupId: scope.subgroupId })
        .run();
  });
  return {
    before: {
      topics: existing.length,
      hours: sumHours(existing),
      list: existing.map((t) => [t.title, t.hours, t.plannedDate ?? null] as TopicTrace),
    },
    after: {
      topics: topics.length,
      hours: sumHours(topics),
      list: topics.map((t) => [t.title, t.hours, t.plannedDate ?? null] as TopicTrace),
    },
    kept: keep.size,
    added: topics.length - keep.size,
    removed: removed.length,
  };
}

/**
 * The audit entry of a plan's change: which plan, how it came, the counts and the topics themselves
 * (title, hours, planned date) before and after, so that a renamed topic or moved hours can be traced.
 */
export function auditPlan(
  ctx: CallContext,
  scope: PlanScope,
  outcome: ReplaceOutcome,
  source: 'save' | 'import' | 'copy',
  extra: Record<string, unknown> = {},
): void {
  const plan = { classSubjectId: scope.classSubjectId, subgroupId: scope.subgroupId };
  ctx.audit({
    entity: 'plan',
    entityId: scope.classSubjectId,
    before: { ...plan, ...outcome.before },
    after: {
      ...plan,
      ...outcome.after,
      source,
      kept: outcome.kept,
      added: outcome.added,
      removed: outcome.removed,
      ...extra,
    },
  });
}
