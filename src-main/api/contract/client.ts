import type { ApiResult } from './errors';
import { callNames, type Api, type CallName } from './index';

/** How a transport carries one call: Electron IPC in the preload, HTTP in browser mode. */
export type CallTransport = (name: CallName, input: unknown) => Promise<ApiResult<unknown>>;

type AnyCall = (input?: unknown) => Promise<ApiResult<unknown>>;

/**
 * `window.api` over a transport: one named function per call of the contract, and nothing else.
 * The result types are the router's, which both transports hand back unchanged.
 */
export function apiOver(transport: CallTransport): Api {
  const calls = Object.fromEntries(
    callNames.map((name): [CallName, AnyCall] => [name, (input?: unknown) => transport(name, input)]),
  ) as Record<CallName, AnyCall>;
  return calls as Api;
}
