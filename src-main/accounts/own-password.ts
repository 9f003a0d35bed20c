import { eq } from 'drizzle-orm';
import { appendAudit } from '../audit/audit-log';
import { transaction } from '../db/connection';
import { user } from '../db/schema';
import { ApiError } from '../api/api-error';
import { signedInUser, type CallContext } from '../api/context';
import type { SessionUser } from '../api/contract/session';
import { hashPassword, passwordWeakness, verifyPassword } from './password';
import { endSessionsOf, findUserById, toSessionUser } from './sessions';
import { registerWrongPassword } from './lockout';

/**
 * Changes the caller's own password; this is also how a temporary password is replaced. A wrong
 * current password counts like a wrong sign-in (an unattended open session is no way to guess it),
 * and a successful change ends the account's other sessions. Writes its own transactions, because
 * a refused attempt must still be recorded.
 */
export function changeOwnPassword(ctx: CallContext, currentPassword: string, newPassword: string): SessionUser {
  const me = signedInUser(ctx);
  const db = ctx.app.db;
  const found = findUserById(db, me.userId);
  if (!found) throw new ApiError('UNAUTHENTICATED');
  const who = { userId: me.userId, actor: me.login, address: ctx.caller.address, entity: 'user', entityId: me.userId };

  if (!verifyPassword(currentPassword, found.user.passwordHash)) {
    const lockedUntil = transaction(db, () => {
      const until = registerWrongPassword(db, found.user, ctx.now);
      appendAudit(
        db.orm,
        { action: until ? 'session.accountLocked' : 'account.wrongCurrentPassword', ...who },
        ctx.now,
      );
      if (until) endSessionsOf(db, me.userId, ctx.now);
      return until;
    });
    if (lockedUntil) throw new ApiError('ACCOUNT_LOCKED', { until: lockedUntil });
    throw new ApiError('AUTH_INVALID', undefined, [{ path: 'currentPassword', message: 'validation.wrongPassword' }]);
  }
  if (currentPassword === newPassword) {
    throw new ApiError('PASSWORD_REUSED', undefined, [{ path: 'newPassword', message: 'validation.passwordReused' }]);
  }
  const weakness = passwordWeakness(newPassword);
  if (weakness) {
    throw new ApiError('WEAK_PASSWORD', undefined, [
      { path: 'newPassword', message: `validation.password.${weakness}` },
    ]);
  }
  transaction(db, () => {
    const at = ctx.now.toISOString();
    db.orm
      .update(user)
      .set({
        passwordHash: hashPassword(newPassword),
        mustChangePassword: false,
        passwordChangedAt: at,
        failedAttempts: 0,
        updatedAt: at,
      })
      .where(eq(user.id, me.userId))
      .run();
    endSessionsOf(db, me.userId, ctx.now, ctx.caller.token);
    appendAudit(db.orm, { action: 'account.changePassword', ...who, after: { passwordChanged: true } }, ctx.now);
  });
  const updated = findUserById(db, me.userId);
  if (!updated) throw new ApiError('UNAUTHENTICATED');
  return toSessionUser(updated);
}
