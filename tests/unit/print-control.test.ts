import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrintJob } from '../../src-main/api/contract/print';
import { appendAudit } from '../../src-main/audit/audit-log';
import { remark } from '../../src-main/db/schema';
import { completionDocument } from '../../src-main/print/documents/completion';
import { journalWorkDocument } from '../../src-main/print/documents/journal-work';
import { tablesToXlsx } from '../../src-main/print/xlsx';
import { expectError, expectOk, openTestApp, staffSchool, type Staffed, type TestApp } from '../helpers/app';
import { renderAndRead, type RenderedText } from '../helpers/print';
import { prepareKind } from '../helpers/print-kind';
import { completionSchool, type CompletionSchool } from '../helpers/samples/control-completion';
import { addLesson } from '../helpers/samples/plan';

/*
 * The completion and monthly-report documents of the completion tests' school (see
 * tests/helpers/samples/control-completion.ts), read back from the PDF as a person reads the paper.
 */

let t: TestApp;
let f: Staffed;
let s: CompletionSchool;
let yearId: number;
let completionText: RenderedText;
let workText: RenderedText;

/** The numbers on the PDF line that starts with (or contains) a name, in order. */
function numbersOn(text: string, name: string): string[] {
  const line = text.split('\n').find((l) => l.includes(name));
  if (!line) throw new Error(`no line with ${name}`);
  return line.slice(line.indexOf(name) + name.length).match(/-?\d+(,\d+)?/g) ?? [];
}

beforeAll(async () => {
  t = openTestApp();
  f = staffSchool(t);
  s = completionSchool(t, f);
  yearId = t.db.sqlite.prepare('select id from academic_year where is_current = 1').pluck().get() as number;
  appendAudit(t.db.orm, { action: 'journal.markSet', userId: f.teacher.user.userId }, new Date('2025-09-29T05:00:00Z'));
  const deputy = f.deputy.user.userId;
  t.db.orm
    .insert(remark)
    .values({
      classSubjectId: s.math,
      createdAt: '2025-09-20T04:00:00.000Z',
      createdBy: deputy,
      text: 'Үй тапшырма жок',
      dueOn: '2025-09-27',
    })
    .run();
  completionText = await renderAndRead(
    prepareKind(t.db, completionDocument, { yearId, period: 'q1', on: '2025-10-06' }, 'ky'),
    t.dir,
    'completion',
  );
  workText = await renderAndRead(
    prepareKind(t.db, journalWorkDocument, { yearId, period: 'year', on: '2025-09-30' }, 'ru'),
    t.dir,
    'work',
  );
}, 60_000);
afterAll(() => t.close());

describe('the completion document', () => {
  it('prints each line’s hours due, lessons, lag, period plan and the topics not taught', () => {
    const text = completionText.text;
    expect(text).toContain('Окуу программасынын аткарылышы');
    expect(text).toContain('06.10.2025 карата');
    // Planned to date, delivered, lag, the quarter's plan; then the untaught topic.
    expect(numbersOn(text, 'Математика').slice(0, 4)).toEqual(['7', '5', '2', '9']);
    expect(text).toMatch(/Математика.*3\. T3/);
    expect(numbersOn(text, 'Физика').slice(0, 4)).toEqual(['6', '4', '2', '9']);
    expect(text).toMatch(/Физика.*3\. P3/);
    expect(text).toContain('сабак жадыбалы боюнча');
  });

  it('sums per teacher', () => {
    // Lines, planned, delivered, lag, period plan, untaught.
    expect(numbersOn(completionText.text, 'Жумабаев Талант').slice(0, 6)).toEqual(['2', '6', '5', '1', '9', '1']);
  });

  it('exports the same lines to .xlsx', async () => {
    const tables = completionDocument.tables?.(t.db, { yearId, period: 'q1', on: '2025-10-06' }, 'ru') ?? [];
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(
      (await tablesToXlsx(tables, { school: 'Школа', title: 'Т', heading: [] })) as unknown as ArrayBuffer,
    );
    const sheet = book.worksheets[0];
    const rows: unknown[][] = [];
    sheet?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows).toContainEqual(['7-А', 'Математика', 'Үсөнова Айнура', 7, 5, 2, 9, '3. T3']);
  });
});

describe('the monthly report document', () => {
  it('prints September per teacher with the remarks, and the school total', () => {
    const text = workText.text;
    expect(text).toContain('Работа учителей с электронным журналом');
    expect(text).toContain('Ежемесячный отчёт: сентябрь 2025 г.');
    expect(text).toContain('сентябрь 2025 г.');
    // Entries, days, lessons entered / planned, lag, untaught, remarks received, fixed, open, overdue.
    expect(numbersOn(text, 'Үсөнова Айнура')).toEqual(['1', '1', '4', '0', '3', '2', '1', '0', '1', '1']);
    expect(numbersOn(text, 'Жумабаев Талант')).toEqual(['0', '0', '5', '5', '0', '0', '0', '0', '0', '0']);
    expect(numbersOn(text, 'По школе')).toEqual(['1', '1', '9', '5', '3', '2', '1', '0', '1', '1']);
  });

  it('gives the same numbers as a table for .xlsx, lessons in two columns', () => {
    const [sheet] = journalWorkDocument.tables?.(t.db, { yearId, period: 'year', on: '2025-09-30' }, 'ru') ?? [];
    expect(sheet?.name).toBe('2025-09');
    expect(sheet?.rows.at(-1)).toEqual(['По школе', 1, 1, 9, 5, 3, 2, 1, 0, 1, 1]);
  });

  it('refuses to print without a day to take the month from', () => {
    expect(() => prepareKind(t.db, journalWorkDocument, { yearId, period: 'year' }, 'ru')).toThrow('print.dayRequired');
  });
});

describe('printing through the API', () => {
  async function finished(jobId: string): Promise<PrintJob> {
    for (let i = 0; i < 600; i++) {
      const job = expectOk(t.call('print.job', { jobId }, f.deputy.token));
      if (job.state !== 'running') return job;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('the print job did not finish');
  }

  it('records the day with the document, so that verifying it later compares the same day', async () => {
    const started = expectOk(
      t.call('print.start', { kind: 'completion', period: 'q1', language: 'ru', on: '2025-10-06' }, f.deputy.token),
    );
    const job = await finished(started.jobId);
    expect(job.state).toBe('done');
    const code = job.files[0]?.code ?? '';
    expect(expectOk(t.call('print.verify', { code }, f.deputy.token))).toMatchObject({ unchanged: true });
    // A lesson entered since for 09-16 (topic T3): the paper no longer matches the journal.
    addLesson(t, { classSubjectId: s.math, date: '2025-09-16', planTopicId: s.topics.T3 });
    const verified = expectOk(t.call('print.verify', { code }, f.deputy.token));
    expect(verified).toMatchObject({ unchanged: false });
    if (!verified.found) throw new Error('not found');
    expect(verified.changes).toContainEqual({ label: '7-А · Математика · Проведено уроков', before: '5', after: '6' });
  }, 60_000);

  it('refuses a teacher the school-wide completion document', () => {
    expectError(
      t.call('print.start', { kind: 'completion', period: 'q1', language: 'ky', on: '2025-10-06' }, f.teacher.token),
      'FORBIDDEN',
    );
  });
});
