import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt, id } from './columns';
import { user } from './accounts';
import { classSubject } from './curriculum';

/**
 * A remark of the deputy director on how a class subject's journal is kept (003 §4.2Б): what is
 * wrong and by when it must be put right. The teacher marks it fixed; the deputy sees what is open.
 */
export const remark = sqliteTable(
  'remark',
  {
    id: id(),
    classSubjectId: integer('class_subject_id')
      .notNull()
      .references(() => classSubject.id),
    createdAt: createdAt(),
    createdBy: integer('created_by')
      .notNull()
      .references(() => user.id),
    text: text('text').notNull(),
    /** The last day to put it right (ISO date); a week after the remark unless the deputy says otherwise. */
    dueOn: text('due_on').notNull(),
    /** When and by whom it was marked fixed; null while it is open. */
    fixedAt: text('fixed_at'),
    fixedBy: integer('fixed_by').references(() => user.id),
    fixedNote: text('fixed_note'),
  },
  (t) => [index('remark_class_subject').on(t.classSubjectId), index('remark_open').on(t.fixedAt)],
);
