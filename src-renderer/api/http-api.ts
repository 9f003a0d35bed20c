import type { Api, ApiResult } from '../../src-main/api/contract';
import { apiOver } from '../../src-main/api/contract/client';

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
      return (await response.json()) as ApiResult<unknown>;
    } catch {
      return { ok: false, error: { code: 'INTERNAL', message: 'errors.NETWORK' } };
    }
  });
}
