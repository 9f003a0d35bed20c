import { ApiError } from '../api-error';
import { createSession, endSession, signIn, toSessionUser } from '../../accounts/sessions';
import { changeOwnPassword } from '../../accounts/own-password';
import { appendAudit } from '../../audit/audit-log';
import { transaction } from '../../db/connection';
import { setupStatus } from '../../school/setup-service';
import type { HandlerMap } from './types';

export const sessionHandlers: HandlerMap<
  'session.current' | 'session.signIn' | 'session.signOut' | 'account.changePassword'
> = {
  'session.current': (ctx) => ctx.user,
  'session.signIn': (ctx, { login, password }) => {
    const db = ctx.app.db;
    if (setupStatus(db).needsSetup) throw new ApiError('SETUP_REQUIRED');
    const found = signIn(db, login, password, ctx.caller, ctx.now);
    const token = transaction(db, () => {
      // A new sign-in in the same window or browser replaces the session it had.
      if (ctx.caller.token) endSession(db, ctx.caller.token);
      return createSession(db, found.user.id, ctx.caller, ctx.now);
    });
    ctx.issueSession(token);
    return toSessionUser(found);
  },
  'session.signOut': (ctx) => {
    const { user, caller } = ctx;
    transaction(ctx.app.db, () => {
      if (user) {
        const who = { userId: user.userId, actor: user.login, address: caller.address };
        appendAudit(ctx.app.db.orm, { action: 'session.signOut', ...who }, ctx.now);
      }
      if (caller.token) endSession(ctx.app.db, caller.token);
    });
    ctx.endSession();
    return null;
  },
  'account.changePassword': (ctx, { currentPassword, newPassword }) =>
    changeOwnPassword(ctx, currentPassword, newPassword),
};
