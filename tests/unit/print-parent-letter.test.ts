import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase, type Database } from '../../src-main/db/connection';
import { parentLetter } from '../../src-main/print/documents/parent-letter';
import { PrintError } from '../../src-main/print/kinds';
import type { DocumentBody } from '../../src-main/print/types';
import { enrol, insertPupil } from '../../src-main/roster/pupils';
import { insertClass } from '../../src-main/roster/classes';
import { makeTempDir, removeDir } from '../helpers/app';
import { demoDatabase, demoIds, renderAndRead, type RenderedText } from '../helpers/print';
import { prepareKind as prepare } from '../helpers/print-kind';

interface Pupil {
  id: number;
  surname: string;
  name: string;
  patronymic: string | null;
}

const q1 = { from: '2026-09-01', to: '2026-10-31' };
const full = (p: Pupil) => [p.surname, p.name, p.patronymic].filter(Boolean).join(' ');
function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('missing');
  return value;
}
/** Text with its layout spaces and line breaks folded, to find a sentence pdftotext wrapped. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

let dir: string;
let db: Database;
let ids: { yearId: number; classId: number };
let letters: Pupil[];
let departed: Pupil;
let arrived: Pupil;
let body: DocumentBody;
let ky: RenderedText;
let ru: RenderedText;

beforeAll(async () => {
  dir = makeTempDir('mektep-letter-');
  db = demoDatabase(dir);
  ids = demoIds(db, '5-А');
  const classList = () =>
    db.sqlite
      .prepare(
        `select distinct s.id, s.surname, s.name, s.patronymic from enrollment e join student s on s.id = e.student_id
          where e.class_id = ? and e.from_date <= ? and (e.to_date is null or e.to_date >= ?) order by s.id`,
      )
      .all(ids.classId, q1.to, q1.to) as Pupil[];
  // One pupil leaves in October (no letter); one arrives then (a letter, with what little they have).
  departed = must(classList().at(-1));
  db.sqlite
    .prepare(
      `update enrollment set to_date = '2026-10-15', departure_kind = 'school', departed_to = 'Ош, №5 мектеп'
        where student_id = ? and class_id = ?`,
    )
    .run(departed.id, ids.classId);
  const card = {
    surname: 'Үсөнбеков',
    name: 'Нурбек',
    patronymic: 'Өмүр уулу',
    birthDate: '2015-03-02',
    sex: 'm',
    pin: null,
    address: null,
  } as const;
  const newcomer = insertPupil(db, card);
  enrol(db, newcomer.id, { classId: ids.classId, fromDate: '2026-10-05', arrivedFrom: 'Нарын', orderNo: '41-к' });
  arrived = { id: newcomer.id, surname: card.surname, name: card.name, patronymic: card.patronymic };
  letters = classList();
  body = parentLetter.build(db, { ...ids, period: 'q1' }, 'ky');
  ky = await renderAndRead(prepare(db, parentLetter, { ...ids, period: 'q1' }, 'ky'), dir, 'letter-ky');
  ru = await renderAndRead(prepare(db, parentLetter, { ...ids, period: 'q1' }, 'ru'), dir, 'letter-ru');
  if (process.env.PRINT_KEEP)
    for (const f of [ky.file, ru.file]) fs.copyFileSync(f, `${process.env.PRINT_KEEP}/${path.basename(f)}`);
}, 60_000);

afterAll(() => {
  closeDatabase(db);
  removeDir(dir);
});

/** The pages that name a pupil in full: their letter's, and only that one. */
const pagesOf = (r: RenderedText, p: Pupil) => r.pageTexts.filter((page) => page.includes(full(p)));
const letterOf = (r: RenderedText, p: Pupil) => must(pagesOf(r, p)[0]);

describe('the parent letters of 5-А for the first quarter', () => {
  it('gives each pupil still in the class one page of their own, in one file', () => {
    expect(letters.length).toBeGreaterThan(20);
    expect(letters.map((p) => p.id)).toContain(arrived.id);
    expect(letters.map((p) => p.id)).not.toContain(departed.id);
    for (const r of [ky, ru]) {
      expect(r.pages).toBe(letters.length);
      expect(r.pageTexts).toHaveLength(letters.length);
      for (const p of letters) expect(pagesOf(r, p), full(p)).toHaveLength(1);
      expect(pagesOf(r, departed)).toHaveLength(0);
    }
    ky.pageTexts.forEach((page) => expect(page).toContain('Урматтуу ата-эне!'));
    ru.pageTexts.forEach((page) => expect(page).toContain('Уважаемые родители!'));
    expect(ky.text).toContain('Үсөнбеков Нурбек Өмүр уулу');
    expect(ky.text).toContain('Ата-энелер үчүн маалымат кат');
  });

  it("shows a pupil's quarter mark, marks count and average in that subject's row of their letter", () => {
    const p = must(letters[0]);
    const mark = db.sqlite
      .prepare(
        `select pm.value from period_mark pm join class_subject cs on cs.id = pm.class_subject_id
           join subject sub on sub.id = cs.subject_id
          where cs.class_id = ? and sub.name_ky = 'Математика' and pm.student_id = ? and pm.kind = 'quarter' and pm.number = 1`,
      )
      .pluck()
      .get(ids.classId, p.id) as string;
    const marks = db.sqlite
      .prepare(
        `select count(*) as n, avg(m.numeric) as average from mark m join lesson l on l.id = m.lesson_id
           join class_subject cs on cs.id = l.class_subject_id join subject sub on sub.id = cs.subject_id
          where cs.class_id = ? and sub.name_ky = 'Математика' and m.student_id = ? and l.date between ? and ?`,
      )
      .get(ids.classId, p.id, q1.from, q1.to) as { n: number; average: number };
    expect(mark).toMatch(/^[2-5]$/);
    const row = letterOf(ky, p)
      .split('\n')
      .find((line) => /^\s*\d+\s+Математика\s/.test(line));
    const cells = row?.trim().split(/\s+/).slice(2, 5);
    expect(cells).toEqual([String(marks.n), marks.average.toFixed(2).replace('.', ','), mark]);
    expect(body.facts).toContainEqual([`${p.surname} ${p.name} · Математика · I чейрек`, mark]);
  });

  it('counts the absences of the quarter as the attendance records have them', () => {
    for (const p of [must(letters[0]), must(letters[5]), arrived]) {
      const n = db.sqlite
        .prepare(
          `select sum(a.status = 'absent') as missed, sum(a.status = 'absent' and a.reason_kind = 'excused') as excused,
                  sum(a.status = 'absent' and a.reason_kind = 'ill') as ill,
                  sum(a.status = 'absent' and a.reason_kind = 'unexcused') as unexcused, sum(a.status = 'late') as late
             from attendance a join lesson l on l.id = a.lesson_id join class_subject cs on cs.id = l.class_subject_id
            where cs.class_id = ? and a.student_id = ? and l.date between ? and ?`,
        )
        .get(ids.classId, p.id, q1.from, q1.to) as Record<string, number | null>;
      const [m, e, i, u, l] = ['missed', 'excused', 'ill', 'unexcused', 'late'].map((k) => n[k] ?? 0);
      expect(flat(letterOf(ky, p))).toContain(
        `Калтырылган сабактар: ${m}, анын ичинен себептүү — ${e}, оорусу боюнча — ${i}, себепсиз — ${u}. Кечигүү: ${l}.`,
      );
      expect(flat(letterOf(ru, p))).toContain(`Пропущено уроков: ${m}, из них по уважительной причине — ${e}`);
    }
    expect(flat(letterOf(ky, must(letters[0])))).toMatch(/Калтырылган сабактар: [1-9]/);
  });

  it("ends every page with the class teacher's line and the parent's slip, and the file with the seal", () => {
    const t = db.sqlite
      .prepare(
        'select st.surname, st.name, st.patronymic from class c join staff st on st.id = c.class_teacher_id where c.id = ?',
      )
      .get(ids.classId) as Pupil;
    const teacher = `${t.surname} ${t.name[0]}. ${t.patronymic?.[0]}.`;
    ky.pageTexts.forEach((page, i) => {
      expect(flat(page)).toMatch(new RegExp(`Класс жетекчи: .*${teacher}`));
      expect(flat(page)).toContain('Маалымат кат менен тааныштым:');
      expect(page).toContain(`Барак ${i + 1} / ${ky.pages}`);
    });
    ru.pageTexts.forEach((page) => expect(flat(page)).toContain('С информационным письмом ознакомлен(а):'));
    expect(ky.pageTexts.at(-1)).toContain('М.П.');
    expect(ky.pageTexts.at(-1)).toMatch(/Текшерүү коду: [0-9A-Z]{4}-[0-9A-Z]{4}/);
  });

  it('prints for a half-year too (no half-year marks yet: the averages only), and refuses a class with no pupils', () => {
    const half = parentLetter.build(db, { ...ids, period: 'h1' }, 'ru');
    expect(half.facts.some(([label]) => label.endsWith('· I полугодие'))).toBe(false);
    expect(half.facts.some(([label]) => label.endsWith('· Средний балл'))).toBe(true);
    const empty = insertClass(db, ids.yearId, { grade: 5, letter: 'Я', language: 'ky' }).id;
    expect(() => parentLetter.build(db, { yearId: ids.yearId, classId: empty, period: 'q1' }, 'ky')).toThrow(
      PrintError,
    );
  });
});
