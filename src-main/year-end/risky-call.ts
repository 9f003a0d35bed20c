import { ApiError } from '../api/api-error';
import type { CallContext } from '../api/context';
import { appendAudit } from '../audit/audit-log';

/**
 * Closing a year and rolling over keep their own transaction (`ownTransaction`): the backup they
 * ask for first must be taken outside any write transaction, so that it holds the database as it
 * stood before the action, whole. These two helpers give such a call what the router gives others.
 */

/**
 * Makes and verifies a backup before a risky action, when the program has a backup folder (tests
 * mostly have none: the action then goes ahead). A failure stops the action with a message.
 */
export function backupFirst(ctx: CallContext, reason: 'closeYear' | 'rollOver'): void {
  const hook = ctx.app.backupBeforeRisky;
  if (!hook) return;
  try {
    hook(reason);
  } catch (error) {
    if (error instanceof ApiError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new ApiError('CONFLICT', undefined, [
      { path: 'backup', message: 'validation.yearEnd.backupFailed', params: { detail } },
    ]);
  }
}

/** The same call whose audit entries are appended at once: run it inside the caller's transaction. */
export function auditingNow(ctx: CallContext, action: string): CallContext {
  return {
    ...ctx,
    audit: (detail) =>
      appendAudit(
        ctx.app.db.orm,
        {
          action,
          userId: ctx.user?.userId ?? null,
          actor: ctx.user?.login ?? null,
          address: ctx.caller.address,
          ...detail,
        },
        ctx.now,
      ),
  };
}
