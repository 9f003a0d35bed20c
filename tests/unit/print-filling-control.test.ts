import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillingControlDocument } from '../../src-main/print/documents/filling-control';
import type { DocumentParams } from '../../src-main/print/kinds';
import { tablesToXlsx } from '../../src-main/print/xlsx';
import { currentYear } from '../../src-main/school/academic-year';
import { expectError, expectOk, knownPassword, signIn } from '../helpers/app';
import { renderAndRead, type RenderedText } from '../helpers/print';
import { prepareKind } from '../helpers/print-kind';
import { addLesson, addMark, fillingSchool, type FillingSchool } from './filling-school';

/*
 * The journal access report on paper, on the filling-control school: mathematics lacks the lesson of
 * 8 September and the homework of the 3rd; Жолдошев has no mark, Абдиев and Бакирова one each; history
 * is complete. Printed on 10 September: the first quarter up to then counts, that day's lessons not yet due.
 */
describe('the filling-control document', () => {
  let s: FillingSchool;
  let params: DocumentParams;
  let ky: RenderedText;

  beforeAll(async () => {
    s = fillingSchool();
    const L1 = addLesson(s, {
      classSubjectId: s.math,
      date: '2025-09-01',
      lessonNumber: 1,
      topic: 'Бөлчөк',
      homework: '§1',
    });
    addLesson(s, { classSubjectId: s.math, date: '2025-09-03', lessonNumber: 2, topic: 'Кошуу' });
    for (const date of ['2025-09-02', '2025-09-09']) {
      const h = addLesson(s, { classSubjectId: s.history, date, lessonNumber: 3, topic: 'Тема', homework: '§' });
      for (const p of [s.pupils.abdiev, s.pupils.bakirova, s.pupils.joldoshev]) addMark(s, h, p, '4');
    }
    addMark(s, L1, s.pupils.abdiev, '5');
    addMark(s, L1, s.pupils.bakirova, '3');
    const year = currentYear(s.t.db);
    if (!year) throw new Error('no year');
    params = { yearId: year.id, period: 'q1', classId: s.class7, asOf: '2025-09-10' };
    ky = await renderAndRead(prepareKind(s.t.db, fillingControlDocument, params, 'ky'), s.t.dir, 'filling-ky');
  }, 60_000);
  afterAll(() => s.t.close());

  it('prints the title, the days counted, the teachers’ sums and what each journal lacks', () => {
    const text = ky.text.replace(/\s+/g, ' ');
    expect(text).toContain('Журналды толтуруу боюнча отчет');
    expect(text).toContain('01.09.2025 – 10.09.2025 аралыгы · 7-А');
    expect(text).toContain('Мугалимдер боюнча');
    expect(text).toMatch(/Үсөнова Айнура/);
    expect(text).toContain('7-А Математика');
    expect(text).toContain('жазылбаган сабактар: 08.09');
    expect(text).toContain('үй тапшырмасыз: 03.09');
    expect(text).toContain('баасы жок: Жолдошев Окуучу');
    expect(text).toContain('бир гана баасы бар: Абдиев Окуучу, Бакирова Окуучу');
    // Complete journals are summed, not listed among those with something to put right.
    expect(text).not.toContain('7-А Тарых');
    expect(text).toContain('М.П.');
  });

  it('prints in Russian too', async () => {
    const ru = await renderAndRead(prepareKind(s.t.db, fillingControlDocument, params, 'ru'), s.t.dir, 'filling-ru');
    const text = ru.text.replace(/\s+/g, ' ');
    expect(text).toContain('Отчёт о доступе к классному журналу');
    expect(text).toContain('не внесены уроки: 08.09');
    expect(text).toContain('без отметок: Жолдошев Окуучу');
  }, 30_000);

  it('keeps a fingerprint that changes when the missing lesson is entered', () => {
    const before = prepareKind(s.t.db, fillingControlDocument, params, 'ky');
    expect(prepareKind(s.t.db, fillingControlDocument, params, 'ky').fingerprint).toBe(before.fingerprint);
    expect(before.facts).toContainEqual(['7-А Математика · Жазыл-баган', '1']);
    const added = addLesson(s, {
      classSubjectId: s.math,
      date: '2025-09-08',
      lessonNumber: 1,
      topic: 'Т',
      homework: 'Ү',
    });
    try {
      const after = prepareKind(s.t.db, fillingControlDocument, params, 'ky');
      expect(after.fingerprint).not.toBe(before.fingerprint);
      expect(after.facts).toContainEqual(['7-А Математика · Жазыл-баган', '0']);
    } finally {
      s.t.db.sqlite.prepare('delete from lesson where id = ?').run(added);
    }
  });

  it('exports its tables to .xlsx', async () => {
    const tables = fillingControlDocument.tables?.(s.t.db, params, 'ru') ?? [];
    const bytes = await tablesToXlsx(tables, { school: 'Школа', title: 'Отчёт', heading: [] });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['По учителям', 'Класс, предмет']);
    const rows: string[] = [];
    book.worksheets[1]?.eachRow((row) => rows.push(JSON.stringify(row.values)));
    const math = rows.find((r) => r.includes('7-А Математика'));
    expect(math).toContain('не внесены уроки: 08.09');
  });

  it('is printed by the deputy through print.start, counting up to the day of printing, and refused to a teacher', () => {
    s.t.clock.advance(Date.parse('2025-09-10T05:00:00.000Z') - s.t.clock.now().getTime());
    const input = { kind: 'filling-control', period: 'q1', language: 'ky', classId: s.class7 } as const;
    expectOk(s.t.call('print.start', input, signIn(s.t, 'deputy', knownPassword)));
    const stored = s.t.db.sqlite
      .prepare(`select params from printed_document where kind = 'filling-control' order by id desc limit 1`)
      .get() as { params: string };
    expect(JSON.parse(stored.params)).toMatchObject({ period: 'q1', classId: s.class7, asOf: '2025-09-10' });
    expectError(s.t.call('print.start', input, signIn(s.t, 'teacher', knownPassword)), 'FORBIDDEN');
  });
});
