import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase, type Database } from '../../src-main/db/connection';
import { prepareDocument } from '../../src-main/print/prepare';
import { startPrint } from '../../src-main/print/print-service';
import { verifyPrinted } from '../../src-main/print/verify';
import { PrintError } from '../../src-main/print/kinds';
import { makeTempDir, removeDir } from '../helpers/app';
import { demoDatabase, demoIds, demoNow, renderAndRead, rowsNaming, type RenderedText } from '../helpers/print';

let dir: string;
let db: Database;
let ids: { yearId: number; classId: number };
let pupils: { id: number; surname: string; name: string }[];
let ky: RenderedText;
const by = { userId: null, name: 'Асанова А. Б.' };

beforeAll(async () => {
  dir = makeTempDir('mektep-print-');
  db = demoDatabase(dir);
  ids = demoIds(db, '5-А');
  pupils = db.sqlite
    .prepare(
      'select distinct s.id, s.surname, s.name from enrollment e join student s on s.id = e.student_id where e.class_id = ?',
    )
    .all(ids.classId) as typeof pupils;
  const doc = prepareDocument(
    db,
    { kind: 'summary-ledger', params: { ...ids, period: 'year' }, language: 'ky' },
    by,
    demoNow,
  );
  ky = await renderAndRead(doc, dir, 'summary-ky');
}, 60_000);

afterAll(() => {
  closeDatabase(db);
  removeDir(dir);
});

describe('the summary ledger of 5-А, in Kyrgyz', () => {
  it('shows every pupil once in each band of subjects, with the Kyrgyz letters intact', () => {
    const subjects = db.sqlite
      .prepare('select count(*) from class_subject where class_id = ?')
      .pluck()
      .get(ids.classId) as number;
    const bands = Math.ceil(subjects / 4);
    expect(pupils.length).toBeGreaterThan(20);
    for (const p of pupils) expect(rowsNaming(ky.text, `${p.surname} ${p.name}`), `${p.surname} ${p.name}`).toBe(bands);
    expect(ky.text).toMatch(/[ҢңӨөҮү]/);
    expect(ky.text).toContain('Жетишүүнүн жыйынтык ведомосту');
  });

  it("shows a pupil's quarter mark in that pupil's row", () => {
    const mark = db.sqlite
      .prepare(
        `select s.surname || ' ' || s.name as pupil, pm.value from period_mark pm
           join student s on s.id = pm.student_id join class_subject cs on cs.id = pm.class_subject_id
           join subject sub on sub.id = cs.subject_id
          where cs.class_id = ? and pm.kind = 'quarter' and pm.number = 1 order by sub.sort_order, sub.id, cs.id, s.surname limit 1`,
      )
      .get(ids.classId) as { pupil: string; value: string };
    const row = ky.text.split('\n').find((line) => line.includes(mark.pupil));
    expect(row?.replace(mark.pupil, '').trim().split(/\s+/).slice(1, 2)).toEqual([mark.value]);
  });

  it('numbers the pages "N / M", and ends with the signatures, the seal and the code', () => {
    expect(ky.pageTexts).toHaveLength(ky.pages);
    ky.pageTexts.forEach((page, i) => expect(page).toContain(`Барак ${i + 1} / ${ky.pages}`));
    const last = ky.pageTexts.at(-1) ?? '';
    for (const line of ['Мектептин мүдүрү', 'Окуу иштери боюнча мүдүрдүн орун басары', 'Класс жетекчи', 'М.П.']) {
      expect(last).toContain(line);
    }
    expect(last).toMatch(/Текшерүү коду: [0-9A-Z]{4}-[0-9A-Z]{4}/);
    expect(ky.pageTexts[0]).toContain('Демо мектеп');
  });
});

describe('checking a paper copy against the data', () => {
  it('says unchanged when nothing changed, and names exactly the one mark that did', () => {
    const [printed] = startPrint(
      db,
      { kind: 'summary-ledger', params: { ...ids, period: 'year' }, language: 'ru' },
      by,
      demoNow,
    );
    if (!printed) throw new Error('nothing printed');
    const code = printed.doc.code;
    expect(verifyPrinted(db, code)).toMatchObject({ found: true, unchanged: true, changes: [] });

    const target = db.sqlite
      .prepare(
        `select pm.id, pm.value, s.surname || ' ' || s.name as pupil, sub.name_ru as subject from period_mark pm
           join student s on s.id = pm.student_id join class_subject cs on cs.id = pm.class_subject_id
           join subject sub on sub.id = cs.subject_id
          where cs.class_id = ? and pm.kind = 'quarter' and pm.number = 1 and pm.value in ('3', '4') limit 1`,
      )
      .get(ids.classId) as { id: number; value: string; pupil: string; subject: string };
    const changedTo = target.value === '3' ? '4' : '5';
    db.sqlite.prepare('update period_mark set value = ? where id = ?').run(changedTo, target.id);

    const result = verifyPrinted(db, code.toLowerCase());
    expect(result).toMatchObject({ found: true, unchanged: false });
    if (!result.found) throw new Error('not found');
    expect(result.changes).toEqual([
      { label: `${target.pupil} · ${target.subject} · I`, before: target.value, after: changedTo },
    ]);
    db.sqlite.prepare('update period_mark set value = ? where id = ?').run(target.value, target.id);
    expect(verifyPrinted(db, code)).toMatchObject({ unchanged: true });
  });

  it('records who printed what, and audits it', () => {
    const before = db.sqlite.prepare("select count(*) from audit_entry where action = 'print'").pluck().get() as number;
    const [printed] = startPrint(
      db,
      { kind: 'summary-ledger', params: { ...ids, period: 'year' }, language: 'ky' },
      by,
      demoNow,
    );
    if (!printed) throw new Error('nothing printed');
    const row = db.sqlite
      .prepare('select kind, code, language, title from printed_document where id = ?')
      .get(printed.id);
    expect(row).toEqual({
      kind: 'summary-ledger',
      code: printed.doc.code,
      language: 'ky',
      title: 'Жетишүүнүн жыйынтык ведомосту · 5-А',
    });
    expect(db.sqlite.prepare("select count(*) from audit_entry where action = 'print'").pluck().get()).toBe(before + 1);
  });

  it('tells a code that was never printed from one that was, and refuses what cannot be a code', () => {
    expect(verifyPrinted(db, '0000-0000')).toEqual({ found: false, code: '0000-0000' });
    expect(() => verifyPrinted(db, 'hello')).toThrow(PrintError);
  });
});
