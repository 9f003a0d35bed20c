import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNetworkService } from '../../src-main/network/service';
import { readNetworkSettings } from '../../src-main/network/settings';
import { keyFileName } from '../../src-main/network/certificate-store';
import {
  adminCredentials,
  countRows,
  expectError,
  expectOk,
  knownPassword,
  openTestApp,
  staffSchool,
  type Staffed,
  type TestApp,
} from '../helpers/app';
import {
  apiCall,
  classroomAddress,
  cookieToken,
  request,
  startTestNetwork,
  type TestNetwork,
} from '../helpers/network';

const signInInput = (login: string, password: string) => ({ login, password });

describe('network access switched off', () => {
  let t: TestApp;
  beforeEach(() => {
    t = openTestApp();
    staffSchool(t);
  });
  afterEach(() => t.close());

  it('is off by default: nothing listens and no certificate is made', async () => {
    expect(readNetworkSettings(t.db).enabled).toBe(false);
    const folder = path.join(t.dir, 'network');
    const service = createNetworkService({
      app: t.app,
      router: t.router,
      staticRoot: t.dir,
      folder,
      host: '127.0.0.1',
    });
    service.apply();
    await service.settled();
    expect(service.server()).toBeNull();
    expect(service.listener()).toEqual({ state: 'off', port: null, error: null });
    expect(fs.existsSync(folder)).toBe(false);
    // The port the setting names is not taken by this program.
    const refused = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ host: '127.0.0.1', port: readNetworkSettings(t.db).port });
      socket.once('connect', () => resolve(false));
      socket.once('error', () => resolve(true));
    });
    expect(refused).toBe(true);
    await service.close();
  });
});

describe('network access on a port that is taken', () => {
  it('says it could not start, and why, and leaves the rest of the program alone', async () => {
    const t = openTestApp();
    const f = staffSchool(t);
    const taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as net.AddressInfo).port;
    try {
      const service = createNetworkService({
        app: t.app,
        router: t.router,
        staticRoot: t.dir,
        folder: path.join(t.dir, 'network'),
        host: '127.0.0.1',
        port,
      });
      t.app.network = service;
      expectOk(t.call('network.configure', { ...readNetworkSettings(t.db), enabled: true }, f.administrator.token));
      await service.settled();
      const status = expectOk(t.call('network.status', undefined, f.administrator.token));
      expect(status.listener).toEqual({ state: 'failed', port: null, error: 'EADDRINUSE' });
      expect(status.settings.enabled).toBe(true);
      expect(expectOk(t.call('session.current', undefined, f.teacher.token))).toMatchObject({ login: 'teacher' });
      await service.close();
    } finally {
      taken.close();
      t.close();
    }
  });
});

describe('network access switched on', () => {
  let t: TestApp;
  let f: Staffed;
  let network: TestNetwork;

  beforeEach(async () => {
    t = openTestApp();
    f = staffSchool(t);
    network = await startTestNetwork(t);
  });
  afterEach(async () => {
    await network.close();
    t.close();
  });

  it('serves the screens over HTTPS with the school certificate, which a client can pin', async () => {
    const page = await request(`${network.url}/`, { ca: network.certificate, from: classroomAddress });
    expect(page.status).toBe(200);
    expect(page.body).toContain('Mektep Journal');
    expect(page.fingerprint).toBe(network.fingerprint);
    // A client that does not trust the certificate is stopped by TLS itself.
    await expect(request(`${network.url}/`, { from: classroomAddress })).rejects.toThrow(/self[- ]signed/i);
  });

  it('sends plain HTTP for a page to HTTPS and refuses an API call in clear, reading nothing of it', async () => {
    const plain = network.url.replace('https:', 'http:');
    const page = await request(`${plain}/journal?x=1`, { from: classroomAddress });
    expect(page.status).toBe(301);
    expect(page.headers.location).toBe(`${network.url}/journal?x=1`);
    const attempts = countRows(t.db, 'login_attempt');
    const post = await request(`${plain}/api/session.signIn`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(signInInput(f.teacher.login, knownPassword)),
      from: classroomAddress,
    });
    expect(post.status).toBe(426);
    expect(post.headers['set-cookie']).toBeUndefined();
    expect(countRows(t.db, 'login_attempt')).toBe(attempts);
  });

  it('signs a teacher in from a classroom with a Secure, HttpOnly, SameSite=Strict cookie', async () => {
    const reply = await apiCall(network, 'session.signIn', signInInput('teacher', knownPassword), {
      from: classroomAddress,
    });
    expect(reply.status).toBe(200);
    const cookie = reply.headers['set-cookie']?.[0] ?? '';
    for (const attribute of ['Secure', 'HttpOnly', 'SameSite=Strict']) expect(cookie).toContain(attribute);
    const token = cookieToken(reply);
    const current = await apiCall(network, 'session.current', {}, { token, from: classroomAddress });
    expect(JSON.parse(current.body)).toMatchObject({ ok: true, value: { login: 'teacher', role: 'teacher' } });
  });

  it('refuses the administrator from another device with a reason, but not at the office PC', async () => {
    const attempts = countRows(t.db, 'login_attempt');
    const refused = await apiCall(
      network,
      'session.signIn',
      signInInput(adminCredentials.login, adminCredentials.password),
      {
        from: classroomAddress,
      },
    );
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.body)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', params: { rule: 'network.officeOnly' } },
    });
    expect(cookieToken(refused)).toBeNull();
    // Recorded like a failed attempt (it counts towards the address's limit) but not against the account.
    expect(countRows(t.db, 'login_attempt')).toBe(attempts + 1);
    const admin = t.db.sqlite.prepare('select failed_attempts as n from user where login = ?').get('admin') as {
      n: number;
    };
    expect(admin.n).toBe(0);
    const audited = t.db.sqlite
      .prepare("select address from audit_entry where action = 'session.signInRefusedOnNetwork'")
      .all() as { address: string }[];
    expect(audited).toEqual([{ address: classroomAddress }]);

    // The same listener opened on the office PC itself (its own address) lets the administrator in.
    const local = await apiCall(
      network,
      'session.signIn',
      signInInput(adminCredentials.login, adminCredentials.password),
    );
    expect(local.status).toBe(200);
  });

  it('lets the deputy and the director in only when the school allows them', async () => {
    const deputy = () =>
      apiCall(network, 'session.signIn', signInInput('deputy', knownPassword), { from: classroomAddress });
    const first = await deputy();
    expect(JSON.parse(first.body)).toMatchObject({
      error: { code: 'FORBIDDEN', params: { rule: 'network.roleNotAllowed' } },
    });
    const settings = { ...readNetworkSettings(t.db), allowDeputy: true };
    expectOk(t.call('network.configure', settings, f.administrator.token));
    const second = await deputy();
    expect(second.status).toBe(200);
    const director = await apiCall(network, 'session.signIn', signInInput('director', knownPassword), {
      from: classroomAddress,
    });
    expect(JSON.parse(director.body)).toMatchObject({ error: { params: { rule: 'network.roleNotAllowed' } } });
    const token = cookieToken(second);

    // Withdrawn again: the deputy's network session ends at the next request.
    expectOk(t.call('network.configure', { ...settings, allowDeputy: false }, f.administrator.token));
    const after = await apiCall(network, 'session.current', {}, { token, from: classroomAddress });
    expect(JSON.parse(after.body)).toEqual({ ok: true, value: null });
    expect(cookieToken(after)).toBe('');
  });

  it('lets network access be managed only from the office PC', () => {
    const input = { ...readNetworkSettings(t.db), idleMinutes: 20 };
    const fromClassroom = t.router.dispatch('network.configure', input, {
      token: f.administrator.token,
      transport: 'http',
      address: '10.20.30.40',
    });
    expect(expectError(fromClassroom.result, 'FORBIDDEN').params).toEqual({ rule: 'network.officeOnly' });
    expect(readNetworkSettings(t.db).idleMinutes).toBe(30);
    const fromWindow = t.router.dispatch('network.configure', input, {
      token: f.administrator.token,
      transport: 'ipc',
      address: null,
    });
    expectOk(fromWindow.result);
    expect(readNetworkSettings(t.db).idleMinutes).toBe(20);
  });

  it('keeps the private key readable by its owner only', () => {
    if (process.platform === 'win32') return;
    expect(fs.statSync(path.join(network.folder, keyFileName)).mode & 0o077).toBe(0);
  });
});

describe('a browser test standing in for a classroom device', () => {
  it('can have every address taken for another device, the office PC’s own included', async () => {
    const t = openTestApp();
    staffSchool(t);
    const network = await startTestNetwork(t, { isOffice: () => false });
    try {
      const admin = await apiCall(network, 'session.signIn', signInInput('admin', adminCredentials.password));
      expect(JSON.parse(admin.body)).toMatchObject({ error: { params: { rule: 'network.officeOnly' } } });
      const teacher = await apiCall(network, 'session.signIn', signInInput('teacher', knownPassword));
      expect(teacher.status).toBe(200);
    } finally {
      await network.close();
      t.close();
    }
  });
});
