import { eq } from 'drizzle-orm';
import { ApiError } from '../api/api-error';
import type { AppContext, Caller } from '../api/context';
import type { Role } from '../api/contract/permissions';
import type { NetworkSettings } from '../api/contract/network';
import type { Outcome, Router } from '../api/router';
import { appendAudit } from '../audit/audit-log';
import { transaction, type Database } from '../db/connection';
import { loginAttempt, session, user } from '../db/schema';
import { endSession, findUserByLogin, tokenId } from '../accounts/sessions';
import { minutes } from '../accounts/policy';
import { addressBlockedUntil } from './address-limit';
import { readNetworkSettings } from './settings';

/**
 * Who may use the journal from another device: teachers always, the deputy and the director when
 * the school allows them, the administrator never (accounts and backups stay at the office PC). A
 * request from the office PC itself may be anyone.
 */
export function roleMayConnect(role: Role, settings: NetworkSettings, fromOffice: boolean): boolean {
  if (fromOffice) return true;
  switch (role) {
    case 'teacher':
      return true;
    case 'deputy':
      return settings.allowDeputy;
    case 'director':
      return settings.allowDirector;
    case 'administrator':
      return false;
  }
}

/** False when the token's session may not go on here: idle past the network's limit, or a role not let in. */
function sessionMayContinue(db: Database, token: string, settings: NetworkSettings, fromOffice: boolean, now: Date) {
  const row = db.orm
    .select({ lastSeenAt: session.lastSeenAt, role: user.role })
    .from(session)
    .innerJoin(user, eq(user.id, session.userId))
    .where(eq(session.id, tokenId(token)))
    .get();
  if (!row) return true; // the router answers for a token it does not know
  const idle = now.getTime() - Date.parse(row.lastSeenAt);
  return idle <= minutes(settings.idleMinutes) && roleMayConnect(row.role, settings, fromOffice);
}

/** Whether a session may be used through the network listener now (printed files ask this too). */
export function networkSessionUsable(app: AppContext, token: string, fromOffice: boolean): boolean {
  return sessionMayContinue(app.db, token, readNetworkSettings(app.db), fromOffice, app.now());
}

/** A refusal of a sign-in before any password is checked, recorded like a failed attempt; or null. */
function signInRefusal(
  db: Database,
  input: unknown,
  caller: Caller,
  settings: NetworkSettings,
  fromOffice: boolean,
  now: Date,
) {
  if (fromOffice) return null;
  const until = addressBlockedUntil(db, caller.address, now);
  if (until) return new ApiError('FORBIDDEN', { rule: 'network.tooManyAttempts', until });
  const login = typeof input === 'object' && input !== null && 'login' in input ? input.login : null;
  const found = typeof login === 'string' ? findUserByLogin(db, login.trim()) : undefined;
  if (!found || roleMayConnect(found.user.role, settings, false)) return null;
  // Refused without looking at the password: a wrong one from the network must not lock the
  // administrator out of the office PC. The attempt counts towards this address's limit.
  const at = now.toISOString();
  const who = { userId: found.user.id, actor: found.user.login, address: caller.address };
  transaction(db, () => {
    db.orm
      .insert(loginAttempt)
      .values({ login: found.user.login, userId: found.user.id, address: caller.address, success: false, at })
      .run();
    appendAudit(
      db.orm,
      { action: 'session.signInRefusedOnNetwork', ...who, entity: 'user', entityId: found.user.id },
      now,
    );
  });
  const rule = found.user.role === 'administrator' ? 'network.officeOnly' : 'network.roleNotAllowed';
  return new ApiError('FORBIDDEN', { rule });
}

/**
 * The router as the network listener sees it: the same router, with the network's own rules in front
 * (who may connect from where, the shorter idle limit, the per-address sign-in limit). Every check
 * the office PC makes is still made, by the router itself.
 */
export function networkGate(router: Router, app: AppContext, isOffice: (address: string | null) => boolean): Router {
  return {
    dispatch(name, input, caller): Outcome {
      let dropped = false;
      try {
        const db = app.db;
        const now = app.now();
        const settings = readNetworkSettings(db);
        const fromOffice = isOffice(caller.address);
        if (caller.token && !sessionMayContinue(db, caller.token, settings, fromOffice, now)) {
          endSession(db, caller.token);
          dropped = true;
        }
        const effective: Caller = dropped ? { ...caller, token: null } : caller;
        const refusal =
          name === 'session.signIn' ? signInRefusal(db, input, effective, settings, fromOffice, now) : null;
        const outcome = refusal
          ? { result: { ok: false as const, error: refusal.toBody() } }
          : router.dispatch(name, input, effective);
        // A session ended here also leaves the browser: its cookie is cleared.
        return dropped && !outcome.session ? { ...outcome, session: { kind: 'clear' } } : outcome;
      } catch (error) {
        console.error(`Network call ${name} failed:`, error);
        return {
          result: { ok: false, error: new ApiError('INTERNAL').toBody() },
          ...(dropped ? { session: { kind: 'clear' as const } } : {}),
        };
      }
    },
  };
}
