import type { Api, ApiResult } from '../../src-main/api/contract';
import { apiOver } from '../../src-main/api/contract/client';

type ReachListener = (reachable: boolean) => void;
const reachListeners = new Set<ReachListener>();
let reachable = true;

function reached(now: boolean): void {
  if (now === reachable) return;
  reachable = now;
  reachListeners.forEach((l) => l(now));
}

/**
 * Told when the program stops answering (the office PC closed it, the network dropped) and when it
 * answers again. Only browser mode can lose its program; Electron's window goes with it.
 */
export function onReachabilityChange(listener: ReachListener): () => void {
  reachListeners.add(listener);
  return () => reachListeners.delete(listener);
}

/**
 * Browser mode's transport: one POST per call to api/<name>, JSON in and out. The session travels
 * in an HttpOnly cookie that this code never sees.
 */
export function httpApi(): Api {
  return apiOver(async (name, input) => {
    try {
      const response = await fetch(`api/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify(input ?? {}),
      });
      const result = (await response.json()) as ApiResult<unknown>;
      reached(true);
      return result;
    } catch {
      reached(false);
      return { ok: false, error: { code: 'INTERNAL', message: 'errors.NETWORK' } };
    }
  });
}
