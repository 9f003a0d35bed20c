import net from 'node:net';
import type http from 'node:http';
import https from 'node:https';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readNetworkSettings } from '../../src-main/network/settings';
import { addressLimit } from '../../src-main/network/address-limit';
import { accountPolicy } from '../../src-main/accounts/policy';
import {
  countRows,
  expectOk,
  knownPassword,
  openTestApp,
  staffSchool,
  type Staffed,
  type TestApp,
} from '../helpers/app';
import { apiCall, classroomAddress, cookieToken, startTestNetwork, type TestNetwork } from '../helpers/network';

const body = (reply: { body: string }) =>
  JSON.parse(reply.body) as {
    ok: boolean;
    value?: unknown;
    error?: { code: string; params?: Record<string, unknown> };
  };

describe('sessions and sign-ins over the network', () => {
  let t: TestApp;
  let f: Staffed;
  let network: TestNetwork;

  beforeEach(async () => {
    t = openTestApp();
    f = staffSchool(t);
    network = await startTestNetwork(t, { settings: { allowDeputy: true } });
  });
  afterEach(async () => {
    await network.close();
    t.close();
  });

  const signIn = (login: string, password: string, from = classroomAddress) =>
    apiCall(network, 'session.signIn', { login, password }, { from });

  it('locks an account after five wrong passwords, as at the office', async () => {
    for (let i = 0; i < accountPolicy.maxFailedAttempts - 1; i += 1) {
      expect(body(await signIn('teacher', 'Wrong-pass-1')).error?.code).toBe('AUTH_INVALID');
    }
    expect(body(await signIn('teacher', 'Wrong-pass-1')).error?.code).toBe('ACCOUNT_LOCKED');
    // Locked means locked, even with the right password.
    expect(body(await signIn('teacher', knownPassword)).error?.code).toBe('ACCOUNT_LOCKED');
  });

  it('stops an address that tries too many sign-ins, whatever the logins, and only that address', async () => {
    for (let i = 0; i < addressLimit.maxFailures; i += 1) {
      expect(body(await signIn(`nobody${i}`, 'Wrong-pass-1', '127.0.0.3')).error?.code).toBe('AUTH_INVALID');
    }
    const attempts = countRows(t.db, 'login_attempt');
    const stopped = body(await signIn('teacher', knownPassword, '127.0.0.3'));
    expect(stopped.error).toMatchObject({ code: 'FORBIDDEN', params: { rule: 'network.tooManyAttempts' } });
    // Refused before the password is looked at: no attempt recorded, the account untouched.
    expect(countRows(t.db, 'login_attempt')).toBe(attempts);
    expect((await signIn('teacher', knownPassword, '127.0.0.4')).status).toBe(200);

    // The window passes and the address may try again.
    t.clock.advanceMinutes(addressLimit.windowMinutes + 1);
    expect((await signIn('teacher', knownPassword, '127.0.0.3')).status).toBe(200);
  });

  it('ends a network session after the idle minutes the school set, and clears its cookie', async () => {
    const token = cookieToken(await signIn('teacher', knownPassword));
    const idle = readNetworkSettings(t.db).idleMinutes;
    t.clock.advanceMinutes(idle - 1);
    expect(body(await apiCall(network, 'session.current', {}, { token, from: classroomAddress })).value).toMatchObject({
      login: 'teacher',
    });
    t.clock.advanceMinutes(idle + 1);
    const after = await apiCall(network, 'session.current', {}, { token, from: classroomAddress });
    expect(body(after)).toEqual({ ok: true, value: null });
    expect(cookieToken(after)).toBe('');
    expect(countRows(t.db, 'session')).toBe(4); // the four office sessions of staffSchool, not this one
    // The office's sessions keep the office's longer limit.
    expect(expectOk(t.call('session.current', undefined, f.deputy.token))).toMatchObject({ login: 'deputy' });
  });

  it('records the address a write came from in its audit entry, over HTTPS', async () => {
    const { last: before } = t.db.sqlite.prepare('select max(id) as last from audit_entry').get() as { last: number };
    const token = cookieToken(await signIn('deputy', knownPassword));
    const save = await apiCall(
      network,
      'settings.journalSave',
      { studyWeeks: { default: 35, byGrade: {} } },
      { token, from: classroomAddress },
    );
    expect(body(save).ok).toBe(true);
    const rows = t.db.sqlite
      .prepare('select action, actor, address from audit_entry where id > ? order by id')
      .all(before);
    expect(rows).toEqual([
      { action: 'session.signIn', actor: 'deputy', address: classroomAddress },
      { action: 'settings.journalSave', actor: 'deputy', address: classroomAddress },
    ]);
  });

  it('shows who is connected from the network, and signs them out when access is switched off', async () => {
    const token = cookieToken(await signIn('teacher', knownPassword));
    const status = expectOk(t.call('network.status', undefined, f.administrator.token));
    expect(status.listener).toMatchObject({ state: 'on', port: network.port });
    expect(status.certificate?.fingerprint).toBe(network.fingerprint);
    expect(status.connected.map((c) => [c.login, c.address])).toEqual([['teacher', classroomAddress]]);

    expectOk(t.call('network.configure', { ...readNetworkSettings(t.db), enabled: false }, f.administrator.token));
    await network.service.settled();
    expect(network.service.listener().state).toBe('off');
    expect(expectOk(t.call('network.status', undefined, f.administrator.token)).connected).toEqual([]);
    const refused = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ host: '127.0.0.1', port: network.port });
      socket.once('connect', () => resolve(false));
      socket.once('error', () => resolve(true));
    });
    expect(refused).toBe(true);
    expect(t.db.sqlite.prepare('select count(*) as n from session where address = ?').get(classroomAddress)).toEqual({
      n: 0,
    });
    expect(token).not.toBeNull();
  });

  it('lets a request in flight finish when the program closes, and says it is closing', async () => {
    const server = network.service.server();
    if (!server) throw new Error('no listener');
    let told = false;
    server.onClosing(() => (told = true));
    // A sign-in whose body is still on its way when closing starts.
    const input = JSON.stringify({ login: 'teacher', password: knownPassword });
    let sending!: http.ClientRequest;
    const reply = new Promise<{ status: number; connection: string | undefined }>((resolve, reject) => {
      const req = (sending = https.request(
        `${network.url}/api/session.signIn`,
        {
          method: 'POST',
          ca: network.certificate,
          localAddress: classroomAddress,
          headers: { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(input)) },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection }));
        },
      ));
      req.on('error', reject);
      req.write(input.slice(0, 10));
    });
    // Closing starts once the server holds the request, with its body not yet all there.
    await vi.waitFor(() => expect(server.requestsInFlight()).toBe(1));
    const closing = network.service.close();
    await vi.waitFor(() => expect(server.state()).toBe('closing'));
    sending.end(input.slice(10));
    const answered = await reply;
    expect(told).toBe(true);
    expect(answered).toEqual({ status: 200, connection: 'close' });
    await closing;
    expect(server.state()).toBe('closed');
  });
});
