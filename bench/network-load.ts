/**
 * Teachers at their own desks, all at once (issue 10): N simulated teachers (80 by default) sign in
 * and enter a school day's lessons through the HTTP API of a real server process — topic and
 * homework, absences and marks, each a request of its own at a typing pace — while the latency of
 * every write is measured. Afterwards every write the server acknowledged is looked up in the file:
 * "lost" counts those not there as acknowledged, and the audit chain is verified.
 *
 *   npm run bench:load -- [--db FILE] [--desks 80] [--think-ms 250] [--json OUT]
 *
 * Without --db a demo school is made for Monday 6 October 2025. Its 38 teachers with lessons that
 * day are spread over the 80 desks a lesson each (a teacher fills one lesson on her phone while
 * another is open on a classroom PC), so 80 clients write at once with their own sessions. The
 * reference is the same kind of write by one teacher alone, measured first in the same run.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { JsonClient, type CallOutcome } from './load/json-client';
import { teachersOfDay, type TeacherDay } from './load/day-plan';
import { percentile } from './load/stats';
import { defaultNetworkSettings, networkSettingKey } from '../src-main/network/settings';
import { certificateFileName } from '../src-main/network/certificate-store';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    desks: { type: 'string', default: '80' },
    'think-ms': { type: 'string', default: '250' },
    date: { type: 'string', default: '2025-10-06' },
    json: { type: 'string' },
  },
});
const deskCount = Number(values.desks);
const thinkMs = Number(values['think-ms']);
const date = values.date ?? '2025-10-06';
const tsx = path.resolve('node_modules/.bin/tsx');

function prepareDatabase(dir: string): string {
  const file = path.join(dir, 'load.sqlite');
  if (values.db) {
    fs.copyFileSync(values.db, file);
    return file;
  }
  const made = spawnSync(tsx, ['src-main/cli/main.ts', 'init', '--db', file, '--demo', '--now', `${date}T04:00:00Z`], {
    encoding: 'utf8',
  });
  if (made.status !== 0) throw new Error(`init failed:\n${made.stderr}`);
  return file;
}

/**
 * Browser mode with network access switched on (as the administrator would), so that the desks talk
 * HTTPS to the network listener with the school's own certificate, trusted by the clients alone.
 */
async function startServer(
  file: string,
  clockFile: string,
): Promise<{ url: string; ca: string; stop(): Promise<void> }> {
  const db = new Database(file);
  db.prepare(
    `insert into setting (key, value) values (?, ?) on conflict (key) do update set value = excluded.value`,
  ).run(networkSettingKey, JSON.stringify({ ...defaultNetworkSettings, enabled: true }));
  db.close();
  const child = spawn(
    tsx,
    ['src-main/web/main.ts', '--db', file, '--port', '0', '--network-port', '0', '--network-host', '127.0.0.1'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, MEKTEP_TEST_CLOCK_FILE: clockFile },
    },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Mektep Journal network: (https:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited ${code}: ${output}`)));
  });
  const ca = fs.readFileSync(path.join(path.dirname(file), 'network', certificateFileName), 'utf8');
  return {
    url,
    ca,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** A deterministic sequence in [0, 1): the same run every time. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * N desks entering at once, each one lesson of a teacher's day (her own lessons spread over her
 * phone and the classroom PCs), taken lesson by lesson across the teachers so that every teacher
 * is at work before anyone has a second desk. A school with as many teachers as desks gets one each.
 */
function desksOf(days: TeacherDay[], count: number): TeacherDay[] {
  const desks: TeacherDay[] = [];
  for (let round = 0; desks.length < count; round++) {
    const before = desks.length;
    for (const day of days) {
      const lesson = day.lessons[round];
      if (lesson && desks.length < count) desks.push({ login: day.login, lessons: [lesson] });
    }
    if (desks.length === before) break;
  }
  return desks;
}

interface Acknowledged {
  marks: Map<string, string>;
  absences: Set<string>;
}

/** One teacher's day: each lesson, then each pupil, a request at a time with a pause like typing. */
async function enterDay(
  client: JsonClient,
  day: TeacherDay,
  seed: number,
  pause: number,
  outcomes: CallOutcome[],
  acknowledged: Acknowledged,
): Promise<void> {
  const rnd = random(seed);
  const wait = () => new Promise((r) => setTimeout(r, pause * (0.5 + rnd())));
  for (const lesson of day.lessons) {
    const saved = await client.call('journal.lessonSave', {
      classSubjectId: lesson.classSubjectId,
      ...(lesson.subgroupId !== null ? { subgroupId: lesson.subgroupId } : {}),
      date,
      lessonNumber: lesson.lessonNumber,
      topic: 'Жаңы тема',
      homework: '§5, 3-көнүгүү',
      isSubstitution: false,
    });
    outcomes.push(saved);
    if (!saved.ok) continue;
    const lessonId = (saved.value as { lessonId: number }).lessonId;
    for (const studentId of lesson.pupils) {
      const r = rnd();
      if (r > 0.55) continue;
      await wait();
      const absent = r < 0.08;
      const outcome = absent
        ? await client.call('journal.attendanceSet', { lessonId, studentId, status: 'absent', expectedStatus: null })
        : await client.call('journal.markSet', {
            lessonId,
            studentId,
            value: String(2 + Math.floor(rnd() * 4)),
            expected: null,
          });
      outcomes.push(outcome);
      if (!outcome.ok) continue;
      if (absent) acknowledged.absences.add(`${lessonId}:${studentId}`);
      else acknowledged.marks.set(`${lessonId}:${studentId}`, (outcome.value as { value: string }).value);
    }
  }
}

function lostWrites(file: string, acknowledged: Acknowledged): number {
  const db = new Database(file, { readonly: true });
  const mark = db.prepare(`select value from mark where lesson_id = ? and student_id = ? and kind = 'general'`);
  const absence = db.prepare(`select 1 from attendance where lesson_id = ? and student_id = ? and status = 'absent'`);
  let lost = 0;
  for (const [key, value] of acknowledged.marks) {
    const [lessonId, studentId] = key.split(':').map(Number);
    if ((mark.get(lessonId, studentId) as { value: string } | undefined)?.value !== value) lost += 1;
  }
  for (const key of acknowledged.absences) {
    const [lessonId, studentId] = key.split(':').map(Number);
    if (!absence.get(lessonId, studentId)) lost += 1;
  }
  db.close();
  return lost;
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mektep-load-'));
  const file = prepareDatabase(dir);
  const clockFile = path.join(dir, 'now');
  fs.writeFileSync(clockFile, `${date}T04:00:00.000Z`);
  const plan = new Database(file, { readonly: true });
  const days = teachersOfDay(plan, date, Number.MAX_SAFE_INTEGER);
  plan.close();
  if (days.length < 2) throw new Error(`Fewer than two teachers have lessons on ${date}`);
  const [alone, ...others] = days as [TeacherDay, ...TeacherDay[]];
  const crowd = desksOf(others, deskCount);
  const server = await startServer(file, clockFile);
  try {
    // The reference: one teacher, nobody else, the same kind of writes with no pause.
    const single = new JsonClient(server.url, { ca: server.ca });
    await single.call('session.signIn', { login: alone.login, password: 'demo1234' });
    const reference: CallOutcome[] = [];
    const ack: Acknowledged = { marks: new Map(), absences: new Set() };
    await enterDay(single, alone, 1, 0, reference, ack);
    single.close();

    // Everyone signs in at once (each sign-in costs the server a deliberate ~50 ms of scrypt), then
    // everyone enters her lessons at once: the two storms are measured apart.
    const desks = crowd.map((day) => ({ day, client: new JsonClient(server.url, { ca: server.ca }) }));
    const signIns = await Promise.all(
      desks.map(({ day, client }) => client.call('session.signIn', { login: day.login, password: 'demo1234' })),
    );
    const outcomes: CallOutcome[] = [];
    const started = performance.now();
    await Promise.all(desks.map(({ day, client }, i) => enterDay(client, day, 100 + i, thinkMs, outcomes, ack)));
    const seconds = (performance.now() - started) / 1000;
    for (const { client } of desks) client.close();
    await server.stop();

    const errors = outcomes.filter((o) => !o.ok);
    const latencies = outcomes.map((o) => o.ms);
    const result = {
      desks: crowd.length,
      teachers: new Set(crowd.map((d) => d.login)).size,
      thinkMs,
      requests: outcomes.length,
      seconds: Number(seconds.toFixed(1)),
      perSecond: Number((outcomes.length / seconds).toFixed(0)),
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      max: percentile(latencies, 100),
      referenceP95: percentile(
        reference.map((o) => o.ms),
        95,
      ),
      signInP95: percentile(
        signIns.map((o) => o.ms),
        95,
      ),
      errors: errors.length,
      signInErrors: signIns.filter((o) => !o.ok).length,
      errorCodes: [...new Set(errors.map((e) => e.error?.code ?? '?'))],
      lost: lostWrites(file, ack),
    };
    console.table(result);
    if (values.json) fs.writeFileSync(values.json, `${JSON.stringify(result, null, 2)}\n`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
