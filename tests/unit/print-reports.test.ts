import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase, type Database } from '../../src-main/db/connection';
import { classReport } from '../../src-main/print/documents/class-report';
import { schoolReport } from '../../src-main/print/documents/school-report';
import { makeTempDir, removeDir } from '../helpers/app';
import { demoDatabase, demoIds, renderAndRead, type RenderedText } from '../helpers/print';
import { prepareKind } from '../helpers/print-kind';

let dir: string;
let db: Database;
let ids: { yearId: number; classId: number };
let classText: RenderedText;
let schoolText: RenderedText;

/** The value, or a failed test when it is missing. */
function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('missing');
  return value;
}

interface PupilRow {
  id: number;
  pupil: string;
  grade: number;
  classId: number;
  n: number;
  fives: number;
  good: number;
  twos: number;
  threes: number;
  na: number;
}

/** Every pupil of the year with their first-quarter marks counted, straight from the tables. */
function pupilRows(): PupilRow[] {
  return db.sqlite
    .prepare(
      `select s.id, s.surname || ' ' || s.name as pupil, c.grade, e.class_id as classId,
              count(pm.id) as n, coalesce(sum(pm.value = '5'), 0) as fives, coalesce(sum(pm.value in ('4', '5')), 0) as good,
              coalesce(sum(pm.value = '2'), 0) as twos, coalesce(sum(pm.value = '3'), 0) as threes,
              coalesce(sum(pm.value = 'н/а'), 0) as na
         from enrollment e join student s on s.id = e.student_id join class c on c.id = e.class_id
         left join class_subject cs on cs.class_id = e.class_id
         left join period_mark pm on pm.class_subject_id = cs.id and pm.student_id = s.id
              and pm.kind = 'quarter' and pm.number = 1
        where c.year_id = ? group by s.id, e.class_id`,
    )
    .all(ids.yearId) as PupilRow[];
}

const fixed = (x: number, digits = 1) => x.toFixed(digits).replace('.', ',');

beforeAll(async () => {
  dir = makeTempDir('mektep-print-');
  db = demoDatabase(dir);
  ids = demoIds(db, '5-А');
  classText = await renderAndRead(prepareKind(db, classReport, { ...ids, period: 'q1' }, 'ky'), dir, 'class-ky');
  schoolText = await renderAndRead(
    prepareKind(db, schoolReport, { yearId: ids.yearId, period: 'q1' }, 'ky'),
    dir,
    'school-ky',
  );
}, 60_000);

afterAll(() => {
  closeDatabase(db);
  removeDir(dir);
});

describe('the class report of 5-А for the first quarter', () => {
  it('prints the class results as computed by hand, with the Kyrgyz letters intact', () => {
    const mine = pupilRows().filter((p) => p.classId === ids.classId);
    const quality = mine.filter((p) => p.good === p.n).length;
    const success = mine.filter((p) => p.twos === 0 && p.na === 0).length;
    const overall = classText.text.split('\n').find((line) => line.trim().startsWith('Класс боюнча'));
    const cells = overall?.replace('Класс боюнча', '').trim().split(/\s+/) ?? [];
    // Pupils, only 5, 4 and 5, one 3, with 2s, н/а, success, quality, СОУ, average.
    expect(cells[0]).toBe(String(mine.length));
    expect(cells[1]).toBe(String(mine.filter((p) => p.n > 0 && p.fives === p.n).length));
    expect(cells[2]).toBe(String(mine.filter((p) => p.good === p.n && p.fives < p.n).length));
    expect(cells[4]).toBe(String(mine.filter((p) => p.twos > 0).length));
    expect(cells[6]).toBe(fixed((100 * success) / mine.length));
    expect(cells[7]).toBe(fixed((100 * quality) / mine.length));
    expect(classText.text).toMatch(/[ҢңӨөҮү]/);
    expect(classText.text).toContain('Класстын окуу жетишкендиги боюнча отчет');
  });

  it('lists the pupils with 2s and with one 3, each once, with the subject', () => {
    const mine = pupilRows().filter((p) => p.classId === ids.classId);
    const withTwos = mine.filter((p) => p.twos > 0);
    const oneThree = mine.filter((p) => p.threes === 1 && p.good === p.n - 1);
    expect(withTwos.length).toBeGreaterThan(0);
    expect(classText.text).toContain(`«2» менен: ${withTwos.length}`);
    expect(classText.text).toContain(`Бир «3» менен: ${oneThree.length}`);
    for (const p of [...withTwos, ...oneThree]) {
      const lines = classText.text.split('\n').filter((line) => line.includes(p.pupil));
      expect(lines, p.pupil).toHaveLength(1);
    }
    const two = db.sqlite
      .prepare(
        `select sub.name_ky from period_mark pm join class_subject cs on cs.id = pm.class_subject_id
           join subject sub on sub.id = cs.subject_id
          where pm.student_id = ? and pm.value = '2' and pm.kind = 'quarter' and pm.number = 1`,
      )
      .pluck()
      .get(must(withTwos[0]).id) as string;
    expect(classText.text.split('\n').find((line) => line.includes(must(withTwos[0]).pupil))).toContain(two);
  });

  it('is signed by the deputy and the class teacher', () => {
    const last = classText.pageTexts.at(-1) ?? '';
    expect(last).toContain('Окуу иштери боюнча мүдүрдүн орун басары');
    expect(last).toContain('Класс жетекчи');
    expect(last).not.toContain('Мектептин мүдүрү');
    expect(last).toContain('М.П.');
  });
});

describe('the school report for the first quarter', () => {
  it('lists every class once, a subtotal for every parallel, and the school', () => {
    const classes = db.sqlite
      .prepare("select grade || '-' || letter from class where year_id = ?")
      .pluck()
      .all(ids.yearId) as string[];
    expect(classes).toHaveLength(30);
    const lines = schoolText.text.split('\n').map((line) => line.trim());
    for (const c of classes)
      expect(
        lines.filter((line) => line.startsWith(`${c} `)),
        c,
      ).toHaveLength(1);
    for (let grade = 1; grade <= 11; grade++) {
      expect(lines.filter((line) => line.startsWith(`${grade}-класстар `))).toHaveLength(1);
    }
    expect(lines.filter((line) => line.startsWith('Мектеп боюнча '))).toHaveLength(1);
  });

  it('totals the school from its pupils: grades 1 and 2 counted but not graded in the first quarter', () => {
    const all = pupilRows();
    const graded = all.filter((p) => p.grade >= 3);
    const success = graded.filter((p) => p.n > 0 && p.twos === 0 && p.na === 0).length;
    const quality = graded.filter((p) => p.n > 0 && p.good === p.n).length;
    const total = schoolText.text.split('\n').find((line) => line.trim().startsWith('Мектеп боюнча'));
    const cells = total?.replace('Мектеп боюнча', '').trim().split(/\s+/) ?? [];
    expect(cells[0]).toBe(String(all.length));
    expect(cells[1]).toBe(String(graded.length));
    expect(cells[7]).toBe(fixed((100 * success) / graded.length));
    expect(cells[8]).toBe(fixed((100 * quality) / graded.length));
    const facts = new Map(schoolReport.build(db, { yearId: ids.yearId, period: 'q1' }, 'ru').facts);
    expect(facts.get('По школе · Качество %')).toBe(fixed((100 * quality) / graded.length));
    expect(facts.get('1-А · Качество %')).toBe('—');
  });

  it('is signed by the director and the deputy, with the Kyrgyz letters intact', () => {
    expect(schoolText.text).toContain('Мектептин окуу жетишкендиги боюнча отчет');
    expect(schoolText.text).toMatch(/[ҢңӨөҮү]/);
    schoolText.pageTexts.forEach((page, i) => expect(page).toContain(`Барак ${i + 1} / ${schoolText.pages}`));
    const last = schoolText.pageTexts.at(-1) ?? '';
    expect(last).toContain('Мектептин мүдүрү');
    expect(last).not.toContain('Класс жетекчи');
  });

  it('gives the spreadsheet one row per class, parallel and the school', () => {
    const [sheet] = must(schoolReport.tables)(db, { yearId: ids.yearId, period: 'q1' }, 'ru');
    expect(must(sheet).rows).toHaveLength(30 + 11 + 1);
    expect(must(sheet).rows.at(-1)?.[0]).toBe('По школе');
  });
});
