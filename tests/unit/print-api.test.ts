import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase, type Database } from '../../src-main/db/connection';
import { createRouter, type Router } from '../../src-main/api/router';
import type { ApiResult, CallName, Contract } from '../../src-main/api/contract';
import type { InputOf, ResultOf } from '../../src-main/api/contract/define';
import type { PrintJob } from '../../src-main/api/contract/print';
import { PrintJobs } from '../../src-main/print/jobs';
import { expectError, expectOk, makeTempDir, removeDir } from '../helpers/app';
import { demoDatabase, demoIds, demoNow, pdfText } from '../helpers/print';

let dir: string;
let db: Database;
let prints: PrintJobs;
let router: Router;
const tokens: Record<string, string> = {};
let ids: { yearId: number; classId: number };

function call<K extends CallName>(name: K, input: InputOf<Contract[K]>, who: string): ApiResult<ResultOf<Contract[K]>> {
  return router.dispatch(name, input, { token: tokens[who] ?? null, transport: 'http', address: '127.0.0.1' })
    .result as ApiResult<ResultOf<Contract[K]>>;
}

function signIn(login: string): void {
  const outcome = router.dispatch(
    'session.signIn',
    { login, password: 'demo1234' },
    { token: null, transport: 'http', address: null },
  );
  if (outcome.session?.kind !== 'set') throw new Error(`no session for ${login}: ${JSON.stringify(outcome.result)}`);
  tokens[login] = outcome.session.token;
}

async function finished(jobId: string, who: string): Promise<PrintJob> {
  for (let i = 0; i < 600; i++) {
    const job = expectOk(call('print.job', { jobId }, who));
    if (job.state !== 'running') return job;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the print job did not finish');
}

beforeAll(() => {
  dir = makeTempDir('mektep-print-api-');
  db = demoDatabase(dir);
  ids = demoIds(db, '5-А');
  prints = new PrintJobs(db, path.join(dir, 'prints'));
  router = createRouter({ db, now: () => demoNow, prints });
  for (const login of ['deputy', 'director', 'usonova.a']) signIn(login);
}, 60_000);

afterAll(async () => {
  await prints.closeAll();
  closeDatabase(db);
  removeDir(dir);
});

describe('printing through the API', () => {
  it("prints a class's summary ledger as a job whose file is a PDF with the recorded code", async () => {
    const started = expectOk(
      call('print.start', { kind: 'summary-ledger', period: 'year', language: 'ru', classId: ids.classId }, 'deputy'),
    );
    expect(started.state).toBe('running');
    const job = await finished(started.jobId, 'deputy');
    expect(job).toMatchObject({ state: 'done', combined: null });
    expect(job.files).toHaveLength(1);
    const file = prints.file(job.jobId, deputyId(), 0);
    if (!file) throw new Error('no file');
    expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    const code = job.files[0]?.code ?? '';
    expect(pdfText(file).text).toContain(`Код проверки: ${code}`);
    const history = expectOk(call('print.history', {}, 'deputy'));
    expect(history[0]).toMatchObject({ code, kind: 'summary-ledger', pages: job.files[0]?.pages, language: 'ru' });
    expect(expectOk(call('print.verify', { code }, 'deputy'))).toMatchObject({ found: true, unchanged: true });
  }, 60_000);

  it('lets only the one who started a job see it, and refuses an unknown code form', () => {
    const started = expectOk(
      call('print.start', { kind: 'summary-ledger', period: 'year', language: 'ky', classId: ids.classId }, 'deputy'),
    );
    expectError(call('print.job', { jobId: started.jobId }, 'director'), 'NOT_FOUND');
    expect(prints.file(started.jobId, directorId(), 0)).toBeNull();
    const refused = expectError(call('print.verify', { code: 'abc-12' }, 'deputy'), 'INVALID_INPUT');
    expect(refused.fields?.[0]).toMatchObject({ path: 'code', message: 'validation.print.codeInvalid' });
    expectOk(call('print.cancel', { jobId: started.jobId }, 'deputy'));
  });

  it("lets a class teacher print her own class's ledger, not another class's nor a whole set", () => {
    const other = demoIds(db, '5-Б').classId;
    expectOk(
      call(
        'print.start',
        { kind: 'summary-ledger', period: 'year', language: 'ky', classId: ids.classId },
        'usonova.a',
      ),
    );
    expectError(
      call('print.start', { kind: 'summary-ledger', period: 'year', language: 'ky', classId: other }, 'usonova.a'),
      'FORBIDDEN',
    );
    expectError(
      call('print.start', { kind: 'summary-ledger', period: 'year', language: 'ky', all: true }, 'usonova.a'),
      'FORBIDDEN',
    );
    expectError(call('print.verify', { code: '0000-0000' }, 'usonova.a'), 'FORBIDDEN');
    expect(expectOk(call('print.choices', {}, 'usonova.a')).canBatch).toBe(false);
  });

  it('prints the year-end archive set in one action: every class, the school report and the movement book', async () => {
    const classes = db.sqlite.prepare('select count(*) from class').pluck().get() as number;
    expectError(call('print.archive', { language: 'ky' }, 'usonova.a'), 'FORBIDDEN');
    const started = expectOk(call('print.archive', { language: 'ky', yearId: ids.yearId }, 'deputy'));
    const job = await finished(started.jobId, 'deputy');
    expect(job.state).toBe('done');
    expect(job.files).toHaveLength(classes + 2);
    const names = job.files.map((f) => f.name);
    expect(names).toEqual(
      expect.arrayContaining(['5-А.pdf', 'Мектептин окуу жетишкендиги боюнча отчет, Окуу жылы.pdf']),
    );
    expect(names.some((n) => n.startsWith('Окуучулардын кыймылы'))).toBe(true);
    expect(job.combined?.name).toBe('Жылдык архивдик топтом 2026–2027.pdf');
    expect(job.combined?.pages).toBe(job.files.reduce((sum, f) => sum + f.pages, 0));
    expectError(call('print.archive', { language: 'ky', yearId: 999 }, 'deputy'), 'NOT_FOUND');
  }, 120_000);

  it('refuses a class document without a class, in words the screen can show', () => {
    const refused = expectError(
      call('print.start', { kind: 'summary-ledger', period: 'year', language: 'ky' }, 'deputy'),
      'INVALID_INPUT',
    );
    expect(refused.fields?.[0]?.message).toBe('validation.print.classRequired');
  });
});

function deputyId(): number {
  return db.sqlite.prepare("select id from user where login = 'deputy'").pluck().get() as number;
}
function directorId(): number {
  return db.sqlite.prepare("select id from user where login = 'director'").pluck().get() as number;
}
