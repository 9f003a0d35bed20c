import http from 'node:http';
import https from 'node:https';

export interface CallOutcome {
  ok: boolean;
  value?: unknown;
  error?: { code: string; params?: Record<string, unknown> };
  ms: number;
}

/**
 * One simulated desk: its own keep-alive connection and session cookie, calling the API as the
 * screens do (POST /api/<call> with JSON). Over HTTPS it trusts exactly the certificate it is given.
 */
export class JsonClient {
  private cookie = '';
  private readonly agent: http.Agent;
  private readonly base: URL;

  constructor(baseUrl: string, options: { ca?: string } = {}) {
    this.base = new URL(baseUrl);
    this.agent =
      this.base.protocol === 'https:'
        ? new https.Agent({ keepAlive: true, maxSockets: 1, ...(options.ca ? { ca: options.ca } : {}) })
        : new http.Agent({ keepAlive: true, maxSockets: 1 });
  }

  call(name: string, input: unknown, retried = false): Promise<CallOutcome> {
    const body = JSON.stringify(input ?? {});
    const started = performance.now();
    const transport = this.base.protocol === 'https:' ? https : http;
    return new Promise((resolve) => {
      const req = transport.request(
        new URL(`/api/${name}`, this.base),
        {
          method: 'POST',
          agent: this.agent,
          headers: {
            'Content-Type': 'application/json',
            'Content-Length': Buffer.byteLength(body),
            ...(this.cookie ? { Cookie: this.cookie } : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const ms = performance.now() - started;
            const setCookie = res.headers['set-cookie']?.[0];
            if (setCookie) this.cookie = setCookie.split(';')[0] ?? '';
            try {
              const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Omit<CallOutcome, 'ms'>;
              resolve({ ...parsed, ms });
            } catch {
              resolve({ ok: false, error: { code: `HTTP_${res.statusCode}` }, ms });
            }
          });
        },
      );
      // A connection lost is an outcome of the run (an error), not the end of the benchmark.
      req.on('error', (error: NodeJS.ErrnoException) => {
        // A kept-alive connection the server had just closed as idle: the request never reached it, and
        // Node's own advice is to send it again, once (what a browser does too).
        if (req.reusedSocket && error.code === 'ECONNRESET' && !retried) {
          resolve(this.call(name, input, true));
          return;
        }
        resolve({ ok: false, error: { code: error.code ?? 'NETWORK' }, ms: performance.now() - started });
      });
      req.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
