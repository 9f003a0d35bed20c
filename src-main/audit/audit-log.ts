import { createHash } from 'node:crypto';
import { statement, type Database, type Orm } from '../db/connection';
import type { auditEntry } from '../db/schema';

export interface AuditInput {
  action: string;
  userId?: number | null;
  actor?: string | null;
  entity?: string | null;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
  address?: string | null;
}

const genesis = '0'.repeat(64);

function toJson(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}

type Row = typeof auditEntry.$inferSelect;

/** The entry's hash over its content and the previous hash (exported for bulk writers such as the large demo). */
export function hashOf(row: Omit<Row, 'id' | 'hash'>): string {
  // JSON keeps null apart from '': a field changed from one to the other must break the chain.
  const content = [
    row.prevHash,
    row.at,
    row.userId,
    row.actor,
    row.action,
    row.entity,
    row.entityId,
    row.before,
    row.after,
    row.reason,
    row.address,
  ];
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

/** Appends one entry, chained to the previous one. Call inside the transaction of the change. */
export function appendAudit(orm: Orm, input: AuditInput, at: Date): void {
  appendAudits(orm, [input], at);
}

/**
 * Appends entries in order, each chained to the one before. Call inside the transaction of the
 * change: the chain's last hash is read once and then carried from entry to entry, which is exact
 * because nothing else can write between them in the same synchronous transaction. The statements are
 * prepared once per connection (an import writes thousands of entries in one call).
 */
export function appendAudits(orm: Orm, inputs: readonly AuditInput[], at: Date): void {
  if (inputs.length === 0) return;
  const sqlite = orm.$client;
  const last = statement(sqlite, 'select hash from audit_entry order by id desc limit 1').get() as
    { hash: string } | undefined;
  const insert = statement(
    sqlite,
    `insert into audit_entry (at, user_id, actor, action, entity, entity_id, before, after, reason, address, prev_hash, hash)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let prevHash = last?.hash ?? genesis;
  const when = at.toISOString();
  for (const input of inputs) {
    const row = {
      at: when,
      userId: input.userId ?? null,
      actor: input.actor ?? null,
      action: input.action,
      entity: input.entity ?? null,
      entityId: input.entityId === undefined || input.entityId === null ? null : String(input.entityId),
      before: toJson(input.before),
      after: toJson(input.after),
      reason: input.reason ?? null,
      address: input.address ?? null,
      prevHash,
    };
    const hash = hashOf(row);
    // Bound by position: binding the same values by name took as long as the rest of the entry.
    const { userId, actor, action, entity, entityId, before, after, reason, address } = row;
    insert.run(when, userId, actor, action, entity, entityId, before, after, reason, address, prevHash, hash);
    prevHash = hash;
  }
}

/** Walks the whole chain; returns the id of the first entry that does not match, or null. */
export function verifyAuditChain(db: Database): { ok: true; entries: number } | { ok: false; brokenAt: number } {
  let prev = genesis;
  let count = 0;
  // Streamed: the trail of a large school does not fit comfortably in memory at once.
  const rows = db.sqlite
    .prepare(
      `select id, at, user_id as userId, actor, action, entity, entity_id as entityId, before, after, reason,
              address, prev_hash as prevHash, hash from audit_entry order by id`,
    )
    .iterate() as IterableIterator<Row>;
  for (const row of rows) {
    const { id, hash, ...rest } = row;
    if (rest.prevHash !== prev || hashOf(rest) !== hash) return { ok: false, brokenAt: id };
    prev = hash;
    count += 1;
  }
  return { ok: true, entries: count };
}
