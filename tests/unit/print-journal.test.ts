import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase, type Database } from '../../src-main/db/connection';
import { journalDocument } from '../../src-main/print/documents/journal';
import { diffFacts } from '../../src-main/print/facts';
import { PrintError, type DocumentParams } from '../../src-main/print/kinds';
import { makeTempDir, removeDir } from '../helpers/app';
import { demoDatabase, demoIds, renderAndRead, rowsNaming, type RenderedText } from '../helpers/print';
import { prepareKind as prepareWith } from '../helpers/print-kind';

let dir: string;
let db: Database;
let ids: { yearId: number; classId: number };
let maths: number;
let english: number;
let pupils: string[];
let ky: RenderedText;
let en: RenderedText;

const subjectId = (nameRu: string) =>
  db.sqlite
    .prepare(
      `select cs.id from class_subject cs join subject s on s.id = cs.subject_id where cs.class_id = ? and s.name_ru = ?`,
    )
    .pluck()
    .get(ids.classId, nameRu) as number;

interface LessonRow {
  id: number;
  date: string;
  topic: string;
  homework: string;
}

/** The class subject's first-quarter lessons, in the journal's order. */
const lessonsOf = (classSubjectId: number) =>
  db.sqlite
    .prepare(
      `select id, date, topic, homework from lesson where class_subject_id = ? and date between '2026-09-01' and '2026-10-31'
        order by date, lesson_number, subgroup_id, id`,
    )
    .all(classSubjectId) as LessonRow[];

/** The bands of at most 25 dates, as even as they can be. */
function bandsOf<T>(list: T[]): T[][] {
  const size = Math.ceil(list.length / Math.ceil(list.length / 25));
  return Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));
}

const dayMonth = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}`;

/** The words of a pupil's row after the name, on the page whose grid starts with `firstDate`. */
function rowWords(text: RenderedText, pupil: string, firstDate: string): string[] {
  const page = text.pageTexts.find((p) => p.split('\n').some((line) => line.trim().startsWith(firstDate)));
  const line = page?.split('\n').find((l) => new RegExp(`^\\s*\\d+\\s+${pupil}(\\s|$)`).test(l)) ?? '';
  return line
    .slice(line.indexOf(pupil) + pupil.length)
    .trim()
    .split(/\s+/)
    .filter(Boolean);
}

beforeAll(async () => {
  dir = makeTempDir('mektep-print-journal-');
  db = demoDatabase(dir);
  ids = demoIds(db, '5-А');
  maths = subjectId('Математика');
  english = subjectId('Английский язык');
  pupils = db.sqlite
    .prepare(
      `select distinct s.surname || ' ' || s.name from enrollment e join student s on s.id = e.student_id where e.class_id = ?`,
    )
    .pluck()
    .all(ids.classId) as string[];
  const params = { ...ids, period: 'q1' as const };
  ky = await renderAndRead(
    prepareWith(db, journalDocument, { ...params, classSubjectId: maths }, 'ky'),
    dir,
    'maths-ky',
  );
  en = await renderAndRead(
    prepareWith(db, journalDocument, { ...params, classSubjectId: english }, 'ru'),
    dir,
    'english-ru',
  );
}, 60_000);

afterAll(() => {
  closeDatabase(db);
  removeDir(dir);
});

describe('the journal of 5-А mathematics for the first quarter, in Kyrgyz', () => {
  it('shows every pupil once in each band of dates, with the Kyrgyz letters intact', () => {
    const bands = bandsOf(lessonsOf(maths));
    expect(bands.length).toBe(2);
    expect(pupils.length).toBeGreaterThan(20);
    for (const p of pupils) expect(rowsNaming(ky.text, p), p).toBe(bands.length);
    expect(ky.text).toContain('Өмүралиев Талант');
    const teacher = db.sqlite
      .prepare(
        `select st.surname || ' ' || substr(st.name, 1, 1) || '. ' || substr(st.patronymic, 1, 1) || '.' from class_subject cs
           join staff st on st.id = cs.teacher_id where cs.id = ?`,
      )
      .pluck()
      .get(maths) as string;
    expect(ky.pageTexts[0]).toContain(`Мугалим: ${teacher}`);
    expect(ky.pageTexts[0]).toContain('5-А класс, Математика');
  });

  it("prints each pupil's marks and absences by date, and the quarter mark after the last lesson", () => {
    const lessons = lessonsOf(maths);
    const bands = bandsOf(lessons);
    const signs: Record<string, string> = { unexcused: 'кж', excused: 'с', ill: 'о' };
    const cellOf = db.sqlite.prepare(
      `select coalesce((select case a.status when 'late' then 'оп' else a.reason_kind end from attendance a
                         where a.lesson_id = @lesson and a.student_id = @pupil), '') as sign,
              coalesce((select group_concat(value, ' ') from (select value from mark
                         where lesson_id = @lesson and student_id = @pupil order by id)), '') as marks`,
    );
    const quarter = db.sqlite.prepare(
      `select value from period_mark where class_subject_id = ? and student_id = ? and kind = 'quarter' and number = 1`,
    );
    // Every pupil with a quarter mark and at least one absence and one mark: the paper shows all of them in order.
    const rows = db.sqlite
      .prepare(
        `select distinct s.id, s.surname || ' ' || s.name as name from enrollment e join student s on s.id = e.student_id where e.class_id = ?`,
      )
      .all(ids.classId) as { id: number; name: string }[];
    let checked = 0;
    for (const pupil of rows) {
      bands.forEach((band, i) => {
        const expected = band.flatMap((l) => {
          const cell = cellOf.get({ lesson: l.id, pupil: pupil.id }) as { sign: string; marks: string };
          return [signs[cell.sign] ?? cell.sign, ...cell.marks.split(' ')].filter(Boolean);
        });
        if (i === bands.length - 1) expected.push(...(quarter.pluck().all(maths, pupil.id) as string[]));
        expect(rowWords(ky, pupil.name, dayMonth(band[0]?.date ?? '')), `${pupil.name}, band ${i + 1}`).toEqual(
          expected,
        );
        checked += expected.length;
      });
    }
    expect(checked).toBeGreaterThan(300);
    expect(ky.text).toContain('I чейрек');
  });

  it('lists the topics and homework by date on their own pages after the grid', () => {
    const lessons = lessonsOf(maths);
    const topicsPage = ky.pageTexts.findIndex((p) => p.includes('Өтүлгөн темалар жана үй тапшырмалары'));
    expect(topicsPage).toBeGreaterThan(0);
    expect(ky.pageTexts[topicsPage - 1]).toContain('Белгилер: кж');
    const topics = ky.pageTexts.slice(topicsPage).join('\n');
    lessons.forEach((l, i) => {
      const line = topics.split('\n').find((row) => new RegExp(`^\\s*${i + 1}\\s+${dayMonth(l.date)}\\s`).test(row));
      expect(line, `${i + 1} ${l.date}`).toContain(l.topic);
      expect(line).toContain(l.homework);
    });
  });

  it('numbers the pages "Барак N / M" and ends with the deputy\'s signature, the seal and the code', () => {
    expect(ky.pageTexts).toHaveLength(ky.pages);
    ky.pageTexts.forEach((page, i) => expect(page).toContain(`Барак ${i + 1} / ${ky.pages}`));
    const last = ky.pageTexts.at(-1) ?? '';
    expect(last).toContain('Окуу иштери боюнча мүдүрдүн орун басары');
    expect(last).toContain('М.П.');
    expect(last).toMatch(/Текшерүү коду: [0-9A-Z]{4}-[0-9A-Z]{4}/);
  });
});

describe('a subject taught in subgroups', () => {
  it("prints both subgroups' lessons, each date marked with its subgroup, every pupil once per band", () => {
    const bands = bandsOf(lessonsOf(english));
    expect(bands.length).toBe(3);
    for (const p of pupils) expect(rowsNaming(en.text, p), p).toBe(bands.length);
    expect(en.pageTexts[0]).toMatch(/01\.09\s+01\.09/);
    expect(en.pageTexts[0]).toMatch(/1-топ\s+2-топ/);
    expect(en.pageTexts[0]).toContain('Учителя: ');
    expect(en.text).toContain('Серая клетка');
    en.pageTexts.forEach((page, i) => expect(page).toContain(`Страница ${i + 1} / ${en.pages}`));
  });
});

describe('the facts behind the fingerprint', () => {
  it('are uniquely labelled, and one changed mark is exactly one change, named by pupil and date', () => {
    const params: DocumentParams = { ...ids, period: 'q1', classSubjectId: maths };
    const before = journalDocument.build(db, params, 'ky').facts;
    expect(new Set(before.map(([label]) => label)).size).toBe(before.length);
    expect(
      new Set(journalDocument.build(db, { ...params, classSubjectId: english }, 'ru').facts.map(([l]) => l)).size,
    ).toBe(journalDocument.build(db, { ...params, classSubjectId: english }, 'ru').facts.length);
    const target = db.sqlite
      .prepare(
        `select m.id, m.value, l.date, s.surname || ' ' || s.name as pupil from mark m join lesson l on l.id = m.lesson_id
           join student s on s.id = m.student_id
          where l.class_subject_id = ? and m.kind = 'general' and m.value in ('3', '4') and l.date <= '2026-10-31' limit 1`,
      )
      .get(maths) as { id: number; value: string; date: string; pupil: string };
    const changedTo = target.value === '3' ? '4' : '5';
    db.sqlite.prepare('update mark set value = ? where id = ?').run(changedTo, target.id);
    const after = journalDocument.build(db, params, 'ky').facts;
    db.sqlite.prepare('update mark set value = ? where id = ?').run(target.value, target.id);
    expect(diffFacts(before, after)).toEqual([
      { label: `${target.pupil} · ${dayMonth(target.date)}`, before: target.value, after: changedTo },
    ]);
  });

  it('exports the grid and the topics as tables, and refuses without a class subject', () => {
    const params: DocumentParams = { ...ids, period: 'q1', classSubjectId: maths };
    const [grid, topics] = journalDocument.tables?.(db, params, 'ru') ?? [];
    const lessons = lessonsOf(maths);
    expect(grid?.header[0]).toHaveLength(lessons.length + 3);
    expect(grid?.rows).toHaveLength(pupils.length);
    expect(topics?.rows.map((r) => r[3])).toEqual(lessons.map((l) => l.homework));
    expect(() => journalDocument.build(db, { ...ids, period: 'q1' }, 'ky')).toThrow(PrintError);
  });
});
