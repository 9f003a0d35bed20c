/**
 * The network listener for a test: a real HTTPS server on 127.0.0.1 with the school's own
 * certificate, started the way the program starts it (the stored setting, then the service).
 * A request made `fromClassroom` leaves from 127.0.0.2, an address no interface of this machine
 * lists, so the server takes it for another device on the school's network.
 */
import fs from 'node:fs';
import https from 'node:https';
import http from 'node:http';
import path from 'node:path';
import type { TLSSocket } from 'node:tls';
import type { NetworkSettings } from '../../src-main/api/contract/network';
import { createNetworkService, type NetworkService } from '../../src-main/network/service';
import { defaultNetworkSettings, writeNetworkSettings } from '../../src-main/network/settings';
import { makeTempDir, removeDir, type TestApp } from './app';

export const classroomAddress = '127.0.0.2';

export interface TestNetwork {
  service: NetworkService;
  /** `https://127.0.0.1:PORT`. */
  url: string;
  port: number;
  /** The certificate's PEM, to pin it in a client (Chromium: `ignoreHTTPSErrors` or its fingerprint). */
  certificate: string;
  fingerprint: string;
  /** Where the certificate files are (beside the test's database). */
  folder: string;
  close(): Promise<void>;
}

/**
 * Switches network access on in `t`'s database and starts the listener on a free port of 127.0.0.1,
 * serving `staticRoot` (a one-page stand-in when omitted; the e2e test passes `dist-renderer`).
 */
export async function startTestNetwork(
  t: TestApp,
  options: {
    staticRoot?: string;
    settings?: Partial<NetworkSettings>;
    folder?: string;
    /**
     * Whether an address is the office PC. By default the real rule (one of this machine's own
     * addresses); a browser test, whose Chromium connects from 127.0.0.1, can pass `() => false`
     * to be treated as a classroom device.
     */
    isOffice?: (address: string | null) => boolean;
  } = {},
): Promise<TestNetwork> {
  writeNetworkSettings(t.db, { ...defaultNetworkSettings, ...options.settings, enabled: true }, null, t.clock.now());
  let root = options.staticRoot;
  let ownRoot: string | null = null;
  if (!root) {
    ownRoot = root = makeTempDir('mektep-network-static-');
    fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Mektep Journal</title>');
  }
  const folder = options.folder ?? path.join(t.dir, 'network');
  const service = createNetworkService({
    app: t.app,
    router: t.router,
    staticRoot: root,
    folder,
    host: '127.0.0.1',
    port: 0,
    ...(options.isOffice ? { isOffice: options.isOffice } : {}),
  });
  t.app.network = service;
  service.apply();
  await service.settled();
  const server = service.server();
  const stored = service.certificate();
  if (!server || !stored) throw new Error(`The network listener did not start: ${JSON.stringify(service.listener())}`);
  return {
    service,
    url: server.url,
    port: server.port,
    certificate: stored.cert,
    fingerprint: stored.fingerprint,
    folder,
    close: async () => {
      await service.close();
      if (t.app.network === service) delete t.app.network;
      if (ownRoot) removeDir(ownRoot);
    },
  };
}

export interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** The server certificate's SHA-256 fingerprint (HTTPS only). */
  fingerprint: string | null;
}

export interface RequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** Where the request leaves from: 127.0.0.1 (the office PC) unless told. */
  from?: string;
  /** The certificate to trust; the request fails unless the server presents it. */
  ca?: string;
}

/** One request over HTTPS (trusting only `ca`) or plain HTTP, from the address given. */
export function request(url: string, options: RequestOptions = {}): Promise<Reply> {
  const secure = url.startsWith('https:');
  return new Promise((resolve, reject) => {
    const settings = {
      method: options.method ?? 'GET',
      headers: options.headers,
      localAddress: options.from ?? '127.0.0.1',
      agent: false as const,
      ...(secure ? { ca: options.ca } : {}),
    };
    const req = (secure ? https : http).request(url, settings, (res) => {
      const peer = secure ? (res.socket as TLSSocket).getPeerCertificate().fingerprint256 : null;
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, fingerprint: peer ?? null }),
      );
    });
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

/** An API call over the network listener; `token` goes in the session cookie. */
export function apiCall(
  network: TestNetwork,
  name: string,
  input: unknown,
  options: { token?: string | null; from?: string } = {},
): Promise<Reply> {
  return request(`${network.url}/api/${name}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(options.token ? { Cookie: `mj_session=${options.token}` } : {}),
    },
    body: JSON.stringify(input ?? {}),
    from: options.from,
    ca: network.certificate,
  });
}

/** The session token a reply set, or null; '' when it cleared the cookie. */
export function cookieToken(reply: Reply): string | null {
  const cookie = reply.headers['set-cookie']?.[0];
  if (!cookie) return null;
  return decodeURIComponent(/mj_session=([^;]*)/.exec(cookie)?.[1] ?? '');
}
