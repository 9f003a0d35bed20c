import type { z } from 'zod';
import { appendAudits } from '../audit/audit-log';
import { transaction } from '../db/connection';
import { resolveSession } from '../accounts/sessions';
import { ApiError } from './api-error';
import type { AppContext, AuditDetail, CallContext, Caller } from './context';
import { contract, type CallName } from './contract';
import type { ApiResult, FieldIssue } from './contract/errors';
import { canAny } from './contract/permissions';
import type { CallSpec } from './contract/define';
import { handlers } from './handlers';

export type SessionChange = { kind: 'set'; token: string } | { kind: 'clear' };

export interface Outcome {
  result: ApiResult<unknown>;
  /** For the transport: a cookie to set or clear, a token to hold or drop. Never sent to the renderer. */
  session?: SessionChange;
}

export interface Router {
  dispatch(name: string, input: unknown, caller: Caller): Outcome;
}

function isCallName(name: string): name is CallName {
  return Object.hasOwn(contract, name);
}

/** Turns zod's issues into translation keys with the field's path. */
function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => {
    const params: Record<string, string | number> = {};
    if ('minimum' in issue && issue.minimum !== undefined) params.minimum = Number(issue.minimum);
    if ('maximum' in issue && issue.maximum !== undefined) params.maximum = Number(issue.maximum);
    if (issue.code === 'unrecognized_keys') params.keys = issue.keys.join(', ');
    const custom = issue.message.startsWith('validation.') ? issue.message : null;
    return {
      path: issue.path.map(String).join('.'),
      message: custom ?? `validation.${issue.code}`,
      ...(Object.keys(params).length ? { params } : {}),
    };
  });
}

/** Strips secrets from an input before it is written to the audit trail. */
function forAudit(input: unknown): unknown {
  return JSON.parse(JSON.stringify(input ?? null, (key, value: unknown) => (/password/i.test(key) ? '***' : value)));
}

/**
 * The one way into the services, whatever the transport:
 * session → permission → input → service (in a transaction when it writes) → audit → result.
 */
export function createRouter(app: AppContext): Router {
  function run(name: CallName, spec: CallSpec, rawInput: unknown, caller: Caller): Outcome {
    const now = app.now();
    const session = caller.token ? resolveSession(app.db, caller.token, now) : null;
    if (spec.access !== 'public') {
      if (!session) throw new ApiError('UNAUTHENTICATED');
      if (session.mustChangePassword && !spec.duringPasswordChange) throw new ApiError('PASSWORD_CHANGE_REQUIRED');
      if (spec.access !== 'signedIn' && !canAny(session.role, spec.access)) throw new ApiError('FORBIDDEN');
    }
    const parsed = spec.input.safeParse(rawInput ?? undefined);
    if (!parsed.success) throw new ApiError('INVALID_INPUT', undefined, fieldIssues(parsed.error));

    const details: AuditDetail[] = [];
    let change: SessionChange | undefined;
    const ctx: CallContext = {
      app,
      now,
      caller,
      user: session,
      audit: (detail) => details.push(detail),
      issueSession: (token) => (change = { kind: 'set', token }),
      endSession: () => (change = { kind: 'clear' }),
    };
    const handler = handlers[name] as (ctx: CallContext, input: unknown) => unknown;
    const routerWrites = spec.mutates && !spec.ownTransaction;
    const execute = () => {
      const value = handler(ctx, parsed.data);
      if (routerWrites) {
        const who = { userId: ctx.user?.userId ?? null, actor: ctx.user?.login ?? null, address: caller.address };
        const entries: AuditDetail[] = details.length ? details : [{ entity: name, after: forAudit(parsed.data) }];
        appendAudits(
          app.db.orm,
          entries.map((entry) => ({ action: name, ...who, ...entry })),
          now,
        );
      }
      return value;
    };
    const value = routerWrites ? transaction(app.db, execute) : execute();
    return { result: { ok: true, value }, ...(change ? { session: change } : {}) };
  }

  return {
    dispatch(name, input, caller) {
      try {
        if (!isCallName(name)) throw new ApiError('UNKNOWN_CALL');
        return run(name, contract[name], input, caller);
      } catch (error) {
        if (error instanceof ApiError) return { result: { ok: false, error: error.toBody() } };
        console.error(`API call ${name} failed:`, error);
        return { result: { ok: false, error: new ApiError('INTERNAL').toBody() } };
      }
    },
  };
}
