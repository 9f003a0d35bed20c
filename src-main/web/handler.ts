import type http from 'node:http';
import fs from 'node:fs';
import type { Router } from '../api/router';
import { ApiError } from '../api/api-error';
import type { ApiResult } from '../api/contract/errors';
import { statusFor } from './http-status';
import { resolveStatic } from './static-files';
import { securityHeaders } from './security-headers';
import { readCookie, sessionCookie, sessionCookieHeader } from './cookies';
import { printedFileLink } from '../print/file-links';
import { plainAddress } from '../network/addresses';

export interface WebHandlerOptions {
  router: Router;
  /** The built renderer (dist-renderer/). */
  staticRoot: string;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes?: number;
  /**
   * A printed file for `GET /files/print/JOB/N`, or null when the session may not have it. The
   * server only streams what this says; who may see what is decided with the session's token.
   */
  printFile?: (
    jobId: string,
    index: number,
    token: string | null,
    address: string | null,
  ) => { file: string; name: string } | null;
}

export interface HandlerTransport {
  /** Whether a `Host` header (`host:port`) names this server; anything else is refused (no DNS rebinding). */
  allowedHost(host: string): boolean;
  /** HTTPS: the cookie gets `Secure` and an Origin must be `https://`. */
  secure: boolean;
}

const apiPrefix = '/api/';

class BodyTooLarge extends Error {}

function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Past the limit, stop keeping what arrives; the caller answers 413 and then closes.
      if (size > limit) reject(new BodyTooLarge());
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function send(
  res: http.ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: string | Buffer,
): void {
  res.writeHead(status, { ...securityHeaders, ...headers });
  res.end(body);
}

function sendResult(res: http.ServerResponse, result: ApiResult<unknown>, extra: Record<string, string> = {}): void {
  const status = result.ok ? 200 : statusFor(result.error.code);
  send(
    res,
    status,
    { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...extra },
    JSON.stringify(result),
  );
}

const refuse = (res: http.ServerResponse, error: ApiError) => sendResult(res, { ok: false, error: error.toBody() });

/**
 * The built renderer and the API, for any listener (browser mode's HTTP, the network's HTTPS).
 * JSON only; the session lives in an HttpOnly, SameSite=Strict cookie; a request whose Host or Origin
 * is not this server is refused (no DNS rebinding, no cross-site posts).
 */
export function createWebHandler(options: WebHandlerOptions, transport: HandlerTransport) {
  const maxBody = options.maxBodyBytes ?? 1024 * 1024;

  function originAllowed(origin: string): boolean {
    const match = /^(https?):\/\/(.+)$/.exec(origin);
    if (!match || (transport.secure && match[1] !== 'https')) return false;
    return transport.allowedHost(match[2] ?? '');
  }

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, name: string): Promise<void> {
    if (req.method !== 'POST') return refuse(res, new ApiError('UNKNOWN_CALL'));
    const requestOrigin = req.headers.origin;
    if (requestOrigin !== undefined && !originAllowed(requestOrigin)) return refuse(res, new ApiError('FORBIDDEN'));
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return refuse(res, new ApiError('INVALID_INPUT'));
    }
    let input: unknown;
    try {
      const text = await readBody(req, maxBody);
      input = text.trim() === '' ? undefined : JSON.parse(text);
    } catch (error) {
      if (!(error instanceof BodyTooLarge)) return refuse(res, new ApiError('INVALID_INPUT'));
      res.on('finish', () => req.destroy());
      return sendResult(res, { ok: false, error: new ApiError('REQUEST_TOO_LARGE').toBody() }, { Connection: 'close' });
    }
    const token = readCookie(req.headers.cookie, sessionCookie);
    const outcome = options.router.dispatch(decodeURIComponent(name), input, {
      token,
      transport: 'http',
      address: plainAddress(req.socket.remoteAddress),
    });
    const cookie: Record<string, string> = outcome.session
      ? {
          'Set-Cookie': sessionCookieHeader(
            outcome.session.kind === 'set' ? outcome.session.token : null,
            transport.secure,
          ),
        }
      : {};
    sendResult(res, outcome.result, cookie);
  }

  return (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const url = req.url ?? '/';
    if (!transport.allowedHost(req.headers.host ?? '')) {
      send(res, 421, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Misdirected request');
      return;
    }
    if (url.startsWith(apiPrefix)) {
      void handleApi(req, res, url.slice(apiPrefix.length));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, { Allow: 'GET, HEAD' }, '');
      return;
    }
    const printed = url.startsWith('/files/print/') ? printedFileLink(url) : null;
    if (printed) {
      const token = readCookie(req.headers.cookie, sessionCookie);
      const found = options.printFile?.(printed.jobId, printed.index, token, plainAddress(req.socket.remoteAddress));
      if (!found || !fs.existsSync(found.file)) {
        send(res, 404, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Not found');
        return;
      }
      const disposition = `inline; filename="document.pdf"; filename*=UTF-8''${encodeURIComponent(found.name)}`;
      send(
        res,
        200,
        { 'Content-Type': 'application/pdf', 'Content-Disposition': disposition, 'Cache-Control': 'no-store' },
        fs.readFileSync(found.file),
      );
      return;
    }
    const found = resolveStatic(options.staticRoot, url);
    if (!found) {
      send(res, 404, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Not found');
      return;
    }
    // Vite puts content-hashed files under assets/: they never change under one name.
    const cache = url.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
    send(res, 200, { 'Content-Type': found.type, 'Cache-Control': cache }, fs.readFileSync(found.file));
  };
}
