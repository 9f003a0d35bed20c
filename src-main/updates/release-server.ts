import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/*
 * The updater reads releases over http(s) only (Electron's net module refuses file: URLs), so a
 * release on a flash drive is handed to it through a small server on the loopback address: it
 * answers GET and HEAD for the few named files of one folder, and nothing else, to no one else.
 */

export interface ReleaseServer {
  /** The feed URL for a generic provider, ending in `/`. */
  url: string;
  close(): Promise<void>;
}

export async function serveRelease(folder: string, names: readonly string[]): Promise<ReleaseServer> {
  const allowed = new Set(names);
  const server = http.createServer((request, response) => {
    const name = decodeURIComponent((request.url ?? '/').split('?', 1)[0] ?? '/').replace(/^\/+/, '');
    if ((request.method !== 'GET' && request.method !== 'HEAD') || !allowed.has(name)) {
      response.writeHead(404).end();
      return;
    }
    const file = path.join(folder, name);
    fs.stat(file, (error, stat) => {
      if (error || !stat.isFile()) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { 'Content-Length': stat.size, 'Content-Type': 'application/octet-stream' });
      if (request.method === 'HEAD') {
        response.end();
        return;
      }
      const stream = fs.createReadStream(file);
      // A drive pulled out mid-read: the updater sees a cut connection and reports a failed download.
      stream.on('error', () => response.destroy());
      stream.pipe(response);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
