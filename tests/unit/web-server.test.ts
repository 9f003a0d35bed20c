import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../../src-main/web/server';
import { resolveStatic } from '../../src-main/web/static-files';
import { adminCredentials, makeTempDir, openTestApp, removeDir, setupSchool, type TestApp } from '../helpers/app';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A raw request, so that Host and Origin can be whatever a hostile page would send. */
function request(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

const json = { 'Content-Type': 'application/json' };

describe('browser mode over HTTP', () => {
  let t: TestApp;
  let server: WebServer;
  let root: string;

  beforeAll(async () => {
    t = openTestApp();
    setupSchool(t);
    root = makeTempDir('mektep-static-');
    fs.mkdirSync(path.join(root, 'assets'));
    fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>ok</title>');
    fs.writeFileSync(path.join(root, 'assets', 'app-1234.js'), 'console.log(1)');
    fs.writeFileSync(path.join(path.dirname(root), 'secret.txt'), 'secret');
    server = await startWebServer({
      router: t.router,
      staticRoot: root,
      host: '127.0.0.1',
      port: 0,
      maxBodyBytes: 4096,
    });
  });

  afterAll(async () => {
    await server.close();
    t.close();
    removeDir(root);
  });

  const api = (name: string, body: unknown, headers: Record<string, string> = {}) =>
    request(`${server.url}/api/${name}`, {
      method: 'POST',
      headers: { ...json, ...headers },
      body: JSON.stringify(body),
    });

  it('signs in with an HttpOnly, SameSite=Strict cookie and never puts the token in the body', async () => {
    const reply = await api('session.signIn', { login: adminCredentials.login, password: adminCredentials.password });
    expect(reply.status).toBe(200);
    const cookie = reply.headers['set-cookie']?.[0] ?? '';
    expect(cookie).toMatch(/^mj_session=[A-Za-z0-9_-]{40,};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    const token = /mj_session=([^;]+)/.exec(cookie)?.[1] ?? '';
    expect(reply.body).not.toContain(token);

    const listed = await api('users.list', {}, { Cookie: `mj_session=${token}` });
    expect(listed.status).toBe(200);
    expect(JSON.parse(listed.body)).toMatchObject({ ok: true });

    const out = await api('session.signOut', {}, { Cookie: `mj_session=${token}` });
    expect(out.headers['set-cookie']?.[0]).toMatch(/^mj_session=; Max-Age=0/);
    const after = await api('users.list', {}, { Cookie: `mj_session=${token}` });
    expect(after.status).toBe(401);
    expect(JSON.parse(after.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses a request for another host name (DNS rebinding)', async () => {
    const reply = await request(`${server.url}/`, { headers: { Host: 'attacker.example:80' } });
    expect(reply.status).toBe(421);
  });

  it('accepts localhost as well as 127.0.0.1', async () => {
    const port = new URL(server.url).port;
    expect((await request(`${server.url}/`, { headers: { Host: `localhost:${port}` } })).status).toBe(200);
  });

  it('refuses an API call posted from another origin', async () => {
    const reply = await api('setup.status', {}, { Origin: 'http://attacker.example' });
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await api('setup.status', {}, { Origin: server.url })).status).toBe(200);
  });

  it('takes JSON only, and only by POST', async () => {
    const form = await request(`${server.url}/api/setup.status`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'a=1',
    });
    expect(JSON.parse(form.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const get = await request(`${server.url}/api/setup.status`, {});
    expect(JSON.parse(get.body)).toMatchObject({ ok: false });
    const broken = await request(`${server.url}/api/setup.status`, { method: 'POST', headers: json, body: '{"a":' });
    expect(JSON.parse(broken.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('refuses a body over the limit', async () => {
    const reply = await api('session.signIn', { login: 'x'.repeat(10_000), password: 'y' });
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'REQUEST_TOO_LARGE' } });
  });

  it('serves the renderer with its security headers and caches only hashed assets', async () => {
    const page = await request(`${server.url}/`, {});
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['x-frame-options']).toBe('DENY');
    expect(page.headers['cache-control']).toBe('no-cache');
    const asset = await request(`${server.url}/assets/app-1234.js`, {});
    expect(asset.headers['cache-control']).toContain('immutable');
    expect(asset.headers['content-type']).toContain('text/javascript');
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const probe of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/%00',
    ]) {
      const reply = await request(`${server.url}${probe}`, {});
      expect(reply.status, probe).toBe(404);
      expect(reply.body).not.toContain('secret');
    }
    expect(resolveStatic(root, '/../secret.txt')).toBeNull();
    expect(resolveStatic(root, '/%E0%A4%A')).toBeNull();
  });
});
