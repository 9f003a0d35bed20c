import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import type { AppContext } from '../api/context';
import { createWebHandler, send, type WebHandlerOptions } from '../web/handler';
import { hostNames, isOfficeAddress, networkAddresses } from './addresses';
import { networkGate, networkSessionUsable } from './gate';

export interface NetworkServerOptions extends WebHandlerOptions {
  /** The gate reads the network settings and the clock from here. */
  app: AppContext;
  /** The school's certificate and key, PEM. */
  certificate: { cert: string; key: string };
  port: number;
  /** Every interface by default; a test binds 127.0.0.1. */
  host?: string;
  /** Whether a remote address is the office PC itself (default: one of this PC's own addresses). */
  isOffice?: (address: string | null) => boolean;
  /** How long `close()` lets requests in flight finish before it cuts what is left. */
  graceMs?: number;
}

export type NetworkServerState = 'listening' | 'closing' | 'closed';

export interface NetworkServer {
  port: number;
  /** `https://HOST:PORT` on the address it listens on (the PC's own addresses when on every interface). */
  url: string;
  state(): NetworkServerState;
  /** Requests received and not yet answered. */
  requestsInFlight(): number;
  /** Called once when closing starts, before connections are drained: the place to tell clients. */
  onClosing(listener: () => void): void;
  /** Stops taking connections, lets requests in flight finish (up to `graceMs`), then closes. */
  close(): Promise<void>;
}

/** The first byte of a TLS handshake record; anything else on the port is taken for plain HTTP. */
const tlsHandshake = 0x16;

/**
 * Plain HTTP on the network port: a page is sent to its HTTPS address; an API call is refused, not
 * redirected, so a client never learns to post a password in clear and have it forwarded.
 */
function plainHttpAnswer(allowedHost: (host: string) => boolean) {
  return (req: http.IncomingMessage, res: http.ServerResponse) => {
    const host = req.headers.host ?? '';
    const url = req.url ?? '/';
    res.setHeader('Connection', 'close');
    if ((req.method === 'GET' || req.method === 'HEAD') && !url.startsWith('/api/') && allowedHost(host)) {
      send(res, 301, { Location: `https://${host}${url}`, 'Content-Type': 'text/plain; charset=utf-8' }, '');
      return;
    }
    send(res, 426, { Upgrade: 'TLS/1.2', 'Content-Type': 'text/plain; charset=utf-8' }, 'HTTPS required');
  };
}

/**
 * The journal on the school's network: the same screens and API as the office PC, over HTTPS with
 * the school's certificate, through the same router behind the network's gate (`gate.ts`). One port
 * takes both: a TLS handshake goes to HTTPS, plain HTTP gets `plainHttpAnswer`.
 */
export function startNetworkServer(options: NetworkServerOptions): Promise<NetworkServer> {
  const isOffice = options.isOffice ?? ((address: string | null) => isOfficeAddress(address));
  const router = networkGate(options.router, options.app, isOffice);
  let port = options.port;
  const allowedHost = (host: string): boolean => {
    const names = [
      'localhost',
      '127.0.0.1',
      ...networkAddresses(),
      ...hostNames(),
      ...hostNames().map((n) => `${n}.local`),
    ];
    if (options.host && options.host !== '0.0.0.0') names.push(options.host);
    const colon = host.lastIndexOf(':');
    return host.slice(colon + 1) === String(port) && names.includes(host.slice(0, colon).toLowerCase());
  };
  // A printed file is a read like any other: the network's rules for the session apply to it too.
  const printFile: WebHandlerOptions['printFile'] = (jobId, index, token, address) =>
    token && networkSessionUsable(options.app, token, isOffice(address))
      ? (options.printFile?.(jobId, index, token, address) ?? null)
      : null;
  const handle = createWebHandler({ ...options, router, printFile }, { allowedHost, secure: true });

  let state: NetworkServerState = 'listening';
  const closingListeners: (() => void)[] = [];
  const inFlight = new Set<http.ServerResponse>();
  let drained: (() => void) | null = null;

  const secure = https.createServer(
    { cert: options.certificate.cert, key: options.certificate.key, minVersion: 'TLSv1.2' },
    (req, res) => {
      inFlight.add(res);
      res.once('close', () => {
        inFlight.delete(res);
        if (inFlight.size === 0) drained?.();
      });
      // While closing, no connection is kept for another request.
      if (state !== 'listening') res.setHeader('Connection', 'close');
      handle(req, res);
    },
  );
  const plain = http.createServer(plainHttpAnswer(allowedHost));
  const undecided = new Set<net.Socket>();
  const sockets = new Set<net.Socket>();
  const front = net.createServer((socket) => {
    undecided.add(socket);
    sockets.add(socket);
    socket.once('close', () => {
      undecided.delete(socket);
      sockets.delete(socket);
    });
    // A connection that says nothing is not kept waiting for ever.
    socket.setTimeout(10_000, () => socket.destroy());
    socket.once('data', (first: Buffer) => {
      undecided.delete(socket);
      socket.setTimeout(0);
      socket.pause();
      socket.unshift(first);
      (first[0] === tlsHandshake ? secure : plain).emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
  });

  async function close(): Promise<void> {
    if (state !== 'listening') return;
    state = 'closing';
    for (const listener of closingListeners) listener();
    const stopped = new Promise<void>((done) => front.close(() => done()));
    for (const socket of undecided) socket.destroy();
    plain.closeAllConnections();
    secure.closeIdleConnections();
    // Answers still to come end their connection too.
    for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
    if (inFlight.size > 0) {
      await new Promise<void>((done) => {
        const timer = setTimeout(done, options.graceMs ?? 5_000);
        drained = () => {
          clearTimeout(timer);
          done();
        };
      });
    }
    secure.closeAllConnections();
    // What is left never became a request (a TLS handshake that stalled): nothing to finish.
    for (const socket of sockets) socket.destroy();
    await stopped;
    state = 'closed';
  }

  return new Promise((resolve, reject) => {
    front.once('error', reject);
    front.listen(options.port, options.host ?? '0.0.0.0', () => {
      front.off('error', reject);
      port = (front.address() as net.AddressInfo).port;
      const shown = options.host && options.host !== '0.0.0.0' ? options.host : (networkAddresses()[0] ?? '127.0.0.1');
      resolve({
        port,
        url: `https://${shown}:${port}`,
        state: () => state,
        requestsInFlight: () => inFlight.size,
        onClosing: (listener) => closingListeners.push(listener),
        close,
      });
    });
  });
}
