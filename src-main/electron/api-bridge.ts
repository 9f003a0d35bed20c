/**
 * The renderer side of the IPC bridge, without Electron: the channel of each call and the object the
 * preload exposes as `window.api`. The sandboxed preload bundles this file, so it may import only the
 * API contract (no `node:*`: a sandboxed preload can require nothing but 'electron').
 */
import type { Api, ApiResult, CallName } from '../api/contract';
import { apiOver } from '../api/contract/client';

/** One IPC channel per call, never a generic one. */
export function channelFor(name: CallName): `api:${CallName}` {
  return `api:${name}`;
}

/** `ipcRenderer.invoke` as the bridge uses it. */
export type Invoke = (channel: string, input: unknown) => Promise<unknown>;

/**
 * `window.api`: one function per call name, each bound to its own channel. The renderer passes the
 * input only; it can neither choose a channel nor reach `ipcRenderer`.
 */
export function buildApi(invoke: Invoke): Api {
  return apiOver((name, input) => invoke(channelFor(name), input) as Promise<ApiResult<unknown>>);
}
