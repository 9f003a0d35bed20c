import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { user } from './accounts';

/**
 * The append-only audit trail. Each entry's hash covers its content and the previous hash, so a
 * changed or removed entry breaks the chain; triggers (migration 0001) refuse UPDATE and DELETE.
 */
export const auditEntry = sqliteTable(
  'audit_entry',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    userId: integer('user_id').references(() => user.id),
    actor: text('actor'),
    action: text('action').notNull(),
    entity: text('entity'),
    entityId: text('entity_id'),
    before: text('before'),
    after: text('after'),
    reason: text('reason'),
    address: text('address'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  // The moment in the entity's index (migration 0004): filling control finds the entries made after
  // their lesson's day by the key's prefix without reading every entry of a quarter from the table.
  (t) => [index('audit_entity').on(t.entity, t.entityId, t.at), index('audit_at').on(t.at)],
);
