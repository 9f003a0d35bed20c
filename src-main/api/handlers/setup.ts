import { ApiError } from '../api-error';
import { firstRunSetup, setupStatus } from '../../school/setup-service';
import { demoCredentials, fillDemoSchool } from '../../demo/demo-school';
import { demoYear } from '../../demo/demo-year';
import { isLoopbackAddress } from '../../web/loopback';
import type { HandlerMap } from './types';

const demoLogins: readonly string[] = demoCredentials.logins;

export const setupHandlers: HandlerMap<'setup.status' | 'setup.create'> = {
  'setup.status': (ctx) => setupStatus(ctx.app.db),
  'setup.create': (ctx, input) => {
    // Whoever sets the program up becomes its administrator: only at this computer, never over a network.
    if (ctx.caller.transport === 'http' && !isLoopbackAddress(ctx.caller.address)) throw new ApiError('FORBIDDEN');
    // The demo's sign-ins are shown as they are written: the administrator may not take one of them.
    if (input.demo && demoLogins.includes(input.admin.login.toLowerCase())) {
      throw new ApiError('CONFLICT', undefined, [
        { path: 'admin.login', message: 'validation.loginTaken', params: { login: input.admin.login } },
      ]);
    }
    const db = ctx.app.db;
    const admin = firstRunSetup(db, input, ctx.now, input.demo ? demoYear(ctx.now) : undefined);
    if (input.demo) fillDemoSchool(db, { now: ctx.now });
    ctx.audit({
      entity: 'school',
      after: { nameKy: input.schoolNameKy, nameRu: input.schoolNameRu, demo: input.demo },
    });
    ctx.audit({ entity: 'user', entityId: admin.userId, after: { login: admin.login, role: admin.role } });
    return {
      ...setupStatus(db),
      demo: input.demo ? { logins: [...demoLogins], password: demoCredentials.password } : null,
    };
  },
};
