import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase, type Database } from '../../src-main/db/connection';
import { createRouter, type Router } from '../../src-main/api/router';
import type { ApiResult, CallName, Contract } from '../../src-main/api/contract';
import type { InputOf, ResultOf } from '../../src-main/api/contract/define';
import type { PrintJob } from '../../src-main/api/contract/print';
import { insertAccount } from '../../src-main/accounts/users-service';
import { PrintJobs } from '../../src-main/print/jobs';
import { expectError, expectOk, makeTempDir, removeDir } from '../helpers/app';
import { demoDatabase, demoNow, pdfText } from '../helpers/print';

let dir: string;
let db: Database;
let prints: PrintJobs;
let router: Router;
const tokens: Record<string, string> = {};

function call<K extends CallName>(name: K, input: InputOf<Contract[K]>, who: string): ApiResult<ResultOf<Contract[K]>> {
  return router.dispatch(name, input, { token: tokens[who] ?? null, transport: 'http', address: '127.0.0.1' })
    .result as ApiResult<ResultOf<Contract[K]>>;
}

function signIn(login: string, password: string): void {
  const outcome = router.dispatch(
    'session.signIn',
    { login, password },
    { token: null, transport: 'http', address: null },
  );
  if (outcome.session?.kind !== 'set') throw new Error(`no session for ${login}`);
  tokens[login] = outcome.session.token;
}

async function finished(jobId: string, who: string): Promise<PrintJob> {
  for (let i = 0; i < 400; i++) {
    const job = expectOk(call('print.job', { jobId }, who));
    if (job.state !== 'running') return job;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the print job did not finish');
}

const userId = (login: string) => db.sqlite.prepare('select id from user where login = ?').pluck().get(login) as number;

beforeAll(() => {
  dir = makeTempDir('mektep-slips-');
  db = demoDatabase(dir);
  insertAccount(
    db,
    {
      surname: 'Бакиев',
      name: 'Нурлан',
      patronymic: undefined,
      position: undefined,
      role: 'administrator',
      login: 'admin',
    },
    'Admin-pass-2025',
    false,
    demoNow,
  );
  prints = new PrintJobs(db, path.join(dir, 'prints'));
  router = createRouter({ db, now: () => demoNow, prints });
  signIn('admin', 'Admin-pass-2025');
  signIn('deputy', 'demo1234');
}, 60_000);

afterAll(async () => {
  await prints.closeAll();
  closeDatabase(db);
  removeDir(dir);
});

describe('access slips', () => {
  it('prints the passwords just issued, and keeps none of them in the record or the audit trail', async () => {
    // Not the deputy's: a reset ends the account's sessions, and the deputy checks the code below.
    const issued = ['usonova.a', 'bondarenko.r'].map((login) => {
      const r = expectOk(call('users.resetPassword', { userId: userId(login) }, 'admin'));
      return { userId: r.user.userId, temporaryPassword: r.temporaryPassword };
    });
    const job = await finished(expectOk(call('print.credentials', { issued, language: 'ky' }, 'admin')).jobId, 'admin');
    expect(job.state).toBe('done');
    const file = prints.file(job.jobId, userId('admin'), 0);
    if (!file) throw new Error('no file');
    const text = pdfText(file).text;
    for (const { temporaryPassword } of issued) expect(text).toContain(temporaryPassword);
    expect(text).toContain('usonova.a');
    expect(text).toContain('Үсөнова Айгүл Бакытовна');
    expect(text).toContain('Электрондук журналга кирүү реквизиттери');

    const stored = JSON.stringify(db.sqlite.prepare('select * from printed_document').all());
    const audit = JSON.stringify(db.sqlite.prepare('select * from audit_entry').all());
    for (const { temporaryPassword } of issued) {
      expect(stored).not.toContain(temporaryPassword);
      expect(audit).not.toContain(temporaryPassword);
    }
    // The slips verify by their code like any document: the names and logins as printed.
    const code = job.files[0]?.code ?? '';
    expect(expectOk(call('print.verify', { code }, 'deputy'))).toMatchObject({ found: true, unchanged: true });
  }, 60_000);

  it('prints only a password that works now, for the administrator only', () => {
    const r = expectOk(call('users.resetPassword', { userId: userId('usonova.a') }, 'admin'));
    const wrong = { userId: r.user.userId, temporaryPassword: 'abcd-2345' };
    const refused = expectError(
      call('print.credentials', { issued: [wrong], language: 'ru' }, 'admin'),
      'INVALID_INPUT',
    );
    expect(refused.fields?.[0]).toMatchObject({ path: 'issued', message: 'validation.print.credentialsNotCurrent' });
    const right = { userId: r.user.userId, temporaryPassword: r.temporaryPassword };
    expectError(call('print.credentials', { issued: [right], language: 'ru' }, 'deputy'), 'FORBIDDEN');
    // Reset again: the password shown before no longer prints.
    expectOk(call('users.resetPassword', { userId: userId('usonova.a') }, 'admin'));
    expectError(call('print.credentials', { issued: [right], language: 'ru' }, 'admin'), 'INVALID_INPUT');
  });

  it('is not offered among the documents printed from the Print screen', () => {
    const kinds = expectOk(call('print.choices', {}, 'deputy')).kinds.map((k) => k.name);
    expect(kinds).not.toContain('credentials');
    expect(kinds).toEqual(expect.arrayContaining(['summary-ledger', 'journal', 'movement', 'parent-letter']));
  });
});
