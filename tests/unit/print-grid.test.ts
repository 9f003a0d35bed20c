/**
 * The grid renderer (src-main/print/grid/): fixed-geometry ledgers paginated from their heights and
 * drawn straight onto pdfkit. Pagination is checked on known heights; a hand-made ledger of 70
 * pupils is drawn by the real worker and read back with pdftotext.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paginate, type TableHeights } from '../../src-main/print/grid/plan';
import type { GridDocument } from '../../src-main/print/grid/types';
import { PdfRenderer } from '../../src-main/print/render';
import type { FooterText } from '../../src-main/print/types';
import { makeTempDir, removeDir } from '../helpers/app';
import { pdfText, rowsNaming, type RenderedText } from '../helpers/print';

const part = (height: number) => ({ height, draw: () => undefined });
const box = { top: 36, bottom: 555 };
const table = (rows: number, rowHeight = 14, gapBefore?: number): TableHeights => ({
  table: gapBefore === undefined ? {} : { gapBefore },
  headerHeight: 20,
  rowHeights: Array<number>(rows).fill(rowHeight),
});

describe('paginating a grid document', () => {
  it('runs a table onto the next page under its header again, each row whole', () => {
    const pages = paginate(part(60), [table(40)], part(100), box);
    // Page 1: 519 - 60 (top) - 20 (header) = 439 points: 31 rows of 14.
    expect(pages.map((items) => items.map((i) => (i.type === 'rows' ? [i.from, i.to, i.top] : i.part.height)))).toEqual(
      [
        [60, [0, 31, 96]],
        [[31, 40, 36], 100],
      ],
    );
  });

  it('never leaves a header at the foot of a page without its first row', () => {
    const pages = paginate(part(519 - 25), [table(3)], part(10), box);
    expect(pages[0]?.map((i) => i.type)).toEqual(['part']);
    expect(pages[1]?.[0]).toMatchObject({ type: 'rows', from: 0, to: 3, top: 36 });
  });

  it('keeps the closing block whole: after the last row when it fits, else at the top of a page of its own', () => {
    const fits = paginate(part(60), [table(10)], part(519 - 60 - 20 - 140), box);
    expect(fits).toHaveLength(1);
    const spills = paginate(part(60), [table(10)], part(519 - 60 - 20 - 140 + 1), box);
    expect(spills).toHaveLength(2);
    expect(spills[1]).toEqual([{ type: 'part', part: expect.anything(), top: 36 }]);
  });

  it('puts the gap between tables only where one follows another on a page, and a too-tall row alone', () => {
    const pages = paginate(part(0), [table(1), table(1, 14, 10), table(1, 600)], part(0), box);
    expect(pages[0]?.[2]).toMatchObject({ type: 'rows', top: 36 + 34 + 10 });
    // The 600-point row cannot fit any page: it takes one of its own, and pagination goes on.
    expect(pages[1]).toEqual([expect.objectContaining({ type: 'rows', from: 0, to: 1, top: 36 })]);
    expect(pages[2]).toEqual([expect.objectContaining({ type: 'part', top: 36 })]);
  });
});

const pupils = 70;
const longName = 'Абдыкадыров-Сулайманкулов Нурсултан Бекжанович уулу Темирбек';
const name = (n: number) => (n === 3 ? longName : `Окуучу${n} Ңөүбаев`);

function ledger(): GridDocument {
  const columns = ['I', 'II', 'III', 'IV', 'Жыл'];
  return {
    orientation: 'landscape',
    info: { title: 'Ведомость', author: 'Демо мектеп', subject: '5-А', creator: 'Mektep Journal' },
    top: { school: 'Демо мектеп', title: 'Жетишүүнүн жыйынтык ведомосту', heading: ['5-А класс', '2026–2027'] },
    tables: [
      {
        widths: [19.4, 131.4, ...columns.map(() => 24)],
        align: ['center', 'left', ...columns.map(() => 'center' as const)],
        header: [
          [
            { col: 0, text: '№', rowSpan: 2 },
            { col: 1, text: 'Окуучунун аты-жөнү', rowSpan: 2 },
            { col: 2, text: 'Математика', colSpan: columns.length },
          ],
          columns.map((text, j) => ({ col: 2 + j, text, size: 6 })),
        ],
        rows: Array.from({ length: pupils }, (_, i) => [
          String(i + 1),
          name(i + 1),
          String(2 + (i % 4)),
          '',
          '',
          '',
          '',
        ]),
        notes: Array.from({ length: pupils }, (_, i) => (i === 5 ? 'чыкты 12.03.2027' : '')),
        noteColumn: 1,
      },
    ],
    closing: {
      signatories: [
        { position: 'Мектептин мүдүрү', name: 'Төлөгөнов Б. А.' },
        { position: 'Класс жетекчи', name: '' },
      ],
      signature: 'кол коюу',
      seal: 'М.П. (мөөрдүн орду)',
      codeLabel: 'Текшерүү коду',
      code: '7KQ2-M9XD',
      codeHint: 'Кагаз нуска электрондук журнал менен салыштырылат.',
      qr: 'MEKTEP-JOURNAL 7KQ2-M9XD',
    },
  };
}

const footer: FooterText = {
  left: 'Текшерүү коду: 7KQ2-M9XD · Басылды 23.11.2026 15:00',
  right: '',
  pageLabel: 'Барак {page} / {pages}',
  runningHead: 'Демо мектеп · Жетишүүнүн жыйынтык ведомосту · 5-А',
};

describe('a ledger drawn by the grid renderer', () => {
  let dir: string;
  let read: RenderedText;
  let next: RenderedText;

  beforeAll(async () => {
    dir = makeTempDir('mektep-grid-');
    const renderer = new PdfRenderer();
    const draw = async (doc: GridDocument, name: string, foot = footer) => {
      const { pdf, pages } = await renderer.renderGrid(doc, foot);
      const file = path.join(dir, `${name}.pdf`);
      fs.writeFileSync(file, pdf);
      return { pages, ...pdfText(file), file };
    };
    try {
      read = await draw(ledger(), 'ledger');
      // The next document on the same worker (the font is shared), with a Latin C after the Cyrillic С.
      const second = ledger();
      second.closing.code = 'C0DE-CACE';
      next = await draw(second, 'next', { ...footer, left: 'Текшерүү коду: C0DE-CACE · Басылды 23.11.2026 15:00' });
    } finally {
      await renderer.close();
    }
  }, 60_000);

  afterAll(() => removeDir(dir));

  it('numbers every page "N / M" and heads every page but the first with the running head', () => {
    expect(read.pages).toBeGreaterThan(1);
    expect(read.pageTexts).toHaveLength(read.pages);
    read.pageTexts.forEach((page, i) => {
      expect(page).toContain(`Барак ${i + 1} / ${read.pages}`);
      expect(page.includes(footer.runningHead)).toBe(i > 0);
    });
    expect(read.pageTexts[0]).toContain('Жетишүүнүн жыйынтык ведомосту');
  });

  it('shows every pupil once, in order, with the mark in the row and the header on every page of rows', () => {
    const order: number[] = [];
    for (const page of read.pageTexts) {
      const numbers = [...page.matchAll(/^\s*(\d+)\s+\S/gm)].map((m) => Number(m[1]));
      if (numbers.length) expect(page).toMatch(/Окуучунун аты-жөнү[\s\S]*Математика|Математика[\s\S]*Окуучунун/);
      order.push(...numbers);
    }
    expect(order).toEqual(Array.from({ length: pupils }, (_, i) => i + 1));
    for (let n = 1; n <= pupils; n++) if (n !== 3) expect(rowsNaming(read.text, name(n)), name(n)).toBe(1);
    const row7 = read.text.split('\n').find((line) => line.includes(name(7))) ?? '';
    expect(row7.replace(name(7), '').trim().split(/\s+/)).toEqual(['7', String(2 + (6 % 4))]);
  });

  it('breaks a long name over lines of its cell, every word kept, and puts a note under its name', () => {
    const lines = read.text.split('\n');
    const first = lines.findIndex((line) => /^\s*3\s+Абдыкадыров/.test(line));
    expect(first).toBeGreaterThanOrEqual(0);
    const cell = lines
      .slice(first, first + 4)
      .join(' ')
      .replace(/\s+/g, ' ');
    for (const word of longName.split(' ')) expect(cell).toContain(word);
    const left = lines.findIndex((line) => line.includes(name(6)));
    expect(lines[left + 1]).toContain('чыкты 12.03.2027');
  });

  it('ends with the closing block whole on the last page: signatures, seal and code', () => {
    const last = read.pageTexts.at(-1) ?? '';
    for (const text of [
      'Мектептин мүдүрү',
      'Төлөгөнов Б. А.',
      'Класс жетекчи',
      '(кол коюу)',
      'М.П.',
      'Текшерүү коду: 7KQ2-M9XD',
    ]) {
      expect(last).toContain(text);
    }
    for (const page of read.pageTexts.slice(0, -1)) expect(page).not.toContain('М.П.');
  });

  it('keeps every letter extractable in the documents drawn after it with the same font', () => {
    // In the foot of every page (the regular face, which drew Сулайманкулов before) and in the closing block.
    for (const page of next.pageTexts) expect(page).toContain('Текшерүү коду: C0DE-CACE ·');
    expect(next.pageTexts.at(-1)).toMatch(/Текшерүү коду:\s+C0DE-CACE\s*$/m);
    expect(next.text).toContain(longName.split(' ')[0]);
  });
});
