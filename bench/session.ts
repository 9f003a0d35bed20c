import { createRouter, type Router } from '../src-main/api/router';
import type { Database } from '../src-main/db/connection';
import { demoCredentials } from '../src-main/demo/demo-school';

/** A signed-in caller of the router, as the web transport makes one. */
export interface Caller {
  router: Router;
  call(name: string, input: unknown): unknown;
}

/** Signs `login` in (a demo account: the demo password) and calls as them; a refused call throws. */
export function signedIn(db: Database, login: string, now: () => Date): Caller {
  const router = createRouter({ db, now });
  const caller = { token: null as string | null, transport: 'http' as const, address: '127.0.0.1' };
  const out = router.dispatch('session.signIn', { login, password: demoCredentials.password }, caller);
  if (out.session?.kind !== 'set') throw new Error(`${login} could not sign in`);
  caller.token = out.session.token;
  return {
    router,
    call(name, input) {
      const result = router.dispatch(name, input, caller).result;
      if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
      return result.value;
    },
  };
}
