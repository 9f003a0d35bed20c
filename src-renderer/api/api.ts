import type { Api, ApiErrorBody, ApiResult } from '../../src-main/api/contract';
import { httpApi } from './http-api';

declare global {
  interface Window {
    /** Set by Electron's preload; absent in a browser, where the HTTP transport stands in. */
    api?: Api;
  }
}

let installed: Api | null = null;

/** Whether the screens talk to the program over HTTP (browser mode, a classroom PC, a phone). */
export function overHttp(): boolean {
  return window.api === undefined;
}

/** The API, whichever transport carries it. */
export function api(): Api {
  installed ??= window.api ?? httpApi();
  return installed;
}

const expiredListeners = new Set<() => void>();

/** Called whenever a call comes back UNAUTHENTICATED: the session ended under us. */
export function onSessionExpired(listener: () => void): () => void {
  expiredListeners.add(listener);
  return () => expiredListeners.delete(listener);
}

/** Runs a call and reports a lost session to the app shell. */
export async function call<T>(promise: Promise<ApiResult<T>>): Promise<ApiResult<T>> {
  const result = await promise;
  if (!result.ok && result.error.code === 'UNAUTHENTICATED') expiredListeners.forEach((l) => l());
  return result;
}

export type { ApiErrorBody };
