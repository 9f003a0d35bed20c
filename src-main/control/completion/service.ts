import type { CallContext } from '../../api/context';
import { signedInUser } from '../../api/context';
import type { CompletionReport } from '../../api/contract/control-completion';
import { schoolDay } from '../../calendar/school-day';
import { callerStaffId } from '../../journal/lesson-access';
import { programmeCompletion, type CompletionQuery } from './completion';

/**
 * The call: as of today. Whoever reads reports sees every line; a teacher only their own (a teacher
 * account without a staff card sees nothing).
 */
export function completionForCaller(
  ctx: CallContext,
  input: Omit<CompletionQuery, 'ownOf'> | undefined,
): CompletionReport {
  const reader = signedInUser(ctx).permissions.includes('reports.read');
  const ownOf = reader ? undefined : (callerStaffId(ctx) ?? -1);
  return programmeCompletion(ctx.app.db, { ...input, ownOf }, schoolDay(ctx.now));
}
