import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src-main/audit/audit-log';
import { startWebServer, type WebServer } from '../../src-main/web/server';
import {
  auditEntries,
  makeTempDir,
  openTestApp,
  removeDir,
  staffSchool,
  type Staffed,
  type TestApp,
} from '../helpers/app';
import { oneLesson, type OneLesson } from '../helpers/one-lesson';

/** Sends raw bytes and closes the connection without waiting for an answer: a phone losing Wi-Fi. */
function sendAndDrop(url: string, bytes: string): Promise<void> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => {
      socket.write(bytes, () => {
        socket.destroy();
        resolve();
      });
    });
    socket.on('error', reject);
  });
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

/*
 * A teacher's phone drops off the network in the middle of a write. Whatever arrived, the journal holds
 * either the whole write with its audit entry or nothing of it, and the server goes on serving.
 */
describe('a client that drops mid-request', () => {
  let t: TestApp;
  let f: Staffed;
  let lesson: OneLesson;
  let server: WebServer;
  let root: string;
  let cookie: string;

  beforeAll(async () => {
    t = openTestApp();
    f = staffSchool(t);
    lesson = oneLesson(t, f);
    root = makeTempDir('mektep-static-');
    server = await startWebServer({
      router: t.router,
      staticRoot: root,
      host: '127.0.0.1',
      port: 0,
      maxBodyBytes: 65536,
    });
    const reply = await fetch(`${server.url}/api/session.signIn`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ login: f.teacher.login, password: f.teacher.password }),
    });
    cookie = (reply.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(cookie).toMatch(/^mj_session=/);
  });
  afterAll(async () => {
    await server.close();
    t.close();
    removeDir(root);
  });

  const marks = () => t.db.sqlite.prepare('select value from mark where lesson_id = ?').all(lesson.lessonId);
  const post = (body: string, declaredLength = Buffer.byteLength(body)) =>
    [
      'POST /api/journal.markSet HTTP/1.1',
      `Host: ${new URL(server.url).host}`,
      'Content-Type: application/json',
      `Content-Length: ${declaredLength}`,
      `Cookie: ${cookie}`,
      '',
      body,
    ].join('\r\n');
  const markBody = (value: string) =>
    JSON.stringify({ lessonId: lesson.lessonId, studentId: lesson.pupil, value, expected: null });

  it('writes nothing when the body is cut short', async () => {
    const audited = auditEntries(t.db).length;
    const body = markBody('5');
    await sendAndDrop(server.url, post(body.slice(0, 20), Buffer.byteLength(body)));
    await settle();
    expect(marks()).toEqual([]);
    expect(auditEntries(t.db)).toHaveLength(audited);
  });

  it('keeps a whole write whole when the client leaves before the answer', async () => {
    const audited = auditEntries(t.db).length;
    await sendAndDrop(server.url, post(markBody('4')));
    await settle();
    expect(marks()).toEqual([{ value: '4' }]);
    const entries = auditEntries(t.db);
    expect(entries).toHaveLength(audited + 1);
    expect(entries.at(-1)).toMatchObject({ action: 'journal.markSet', entity: 'mark', address: '127.0.0.1' });
    expect(verifyAuditChain(t.db)).toMatchObject({ ok: true });
  });

  it('goes on serving, and the next write sees the dropped one', async () => {
    const reply = await fetch(`${server.url}/api/journal.markSet`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: cookie },
      body: markBody('5'),
    });
    expect(await reply.json()).toMatchObject({ ok: false, error: { code: 'STALE_WRITE', params: { current: '4' } } });
  });
});
