import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { isLoopbackAddress } from './loopback';
import { createWebHandler, type WebHandlerOptions } from './handler';

export interface WebServerOptions extends WebHandlerOptions {
  host: string;
  port: number;
}

export interface WebServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Browser mode: the built renderer and the API over HTTP, on 127.0.0.1 unless asked otherwise.
 * The request handling (cookies, Host and Origin checks) is `handler.ts`, shared with the network's
 * HTTPS listener (`network/listener.ts`).
 */
export function startWebServer(options: WebServerOptions): Promise<WebServer> {
  /** `host:port` forms this server answers to; filled in once it listens. */
  let hosts = new Set<string>();
  const handle = createWebHandler(options, { allowedHost: (host) => hosts.has(host), secure: false });
  const server = http.createServer(handle);

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      const { port } = server.address() as AddressInfo;
      const shownHost = options.host.includes(':') ? `[${options.host}]` : options.host;
      hosts = new Set([`${shownHost}:${port}`, ...(isLoopbackAddress(options.host) ? [`localhost:${port}`] : [])]);
      resolve({
        url: `http://${shownHost}:${port}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
