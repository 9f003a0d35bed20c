/**
 * Serves the renderer's files for the `app://` protocol: GET only, a path-traversal guard
 * (`resolveAppFile`) and the CSP on every response. Uses web `Request`/`Response` and `node:fs` but
 * not Electron, so the unit tests run it under plain Node; `main.ts` hands it to `protocol.handle`.
 */
import fs from 'node:fs/promises';
import { contentTypeFor, resolveAppFile, responseHeaders } from './policy';

type ReadFile = (file: string) => Promise<Uint8Array>;

function plain(status: number, text: string, extra: Record<string, string> = {}): Response {
  return new Response(text, { status, headers: { ...responseHeaders('text/plain; charset=utf-8'), ...extra } });
}

/** A handler for `protocol.handle('app', …)` that serves files under `root` (the built `dist-renderer/`). */
export function createAppFileHandler(root: string, readFile: ReadFile = (file) => fs.readFile(file)) {
  return async (request: Request): Promise<Response> => {
    if (request.method !== 'GET') return plain(405, 'Method Not Allowed', { Allow: 'GET' });
    const file = resolveAppFile(root, request.url);
    if (!file) return plain(404, 'Not Found');
    try {
      // A copy typed as ArrayBuffer-backed, which the web `BodyInit` (Node's and the DOM's) accepts.
      const body = new Uint8Array(await readFile(file));
      return new Response(body, { status: 200, headers: responseHeaders(contentTypeFor(file)) });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return plain(404, 'Not Found');
      console.error(`Could not serve ${request.url}:`, error);
      return plain(500, 'Internal Server Error');
    }
  };
}
