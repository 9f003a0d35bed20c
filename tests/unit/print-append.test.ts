/**
 * A combined file assembled from finished PDFs (src-main/print/pdf-append.ts): a grid-drawn ledger
 * and a pdfmake document, one after the other, read back by poppler exactly as each was alone.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fontFamily } from '../../src-main/print/frame';
import type { GridDocument } from '../../src-main/print/grid/types';
import { PdfAppender } from '../../src-main/print/pdf-append';
import { PdfRenderer } from '../../src-main/print/render';
import type { FooterText, PdfDefinition } from '../../src-main/print/types';
import { makeTempDir, removeDir } from '../helpers/app';
import { pdfText } from '../helpers/print';

const footer = (code: string): FooterText => ({
  left: `Код проверки: ${code}`,
  right: '',
  pageLabel: 'Страница {page} / {pages}',
  runningHead: `Демо школа · ${code}`,
});

const grid: GridDocument = {
  orientation: 'landscape',
  info: { title: 'Ведомость', author: 'Демо школа', subject: '5-А', creator: 'Mektep Journal' },
  top: { school: 'Демо школа', title: 'Сводная ведомость', heading: ['5-А класс'] },
  tables: [
    {
      widths: [20, 130, 24],
      align: ['center', 'left', 'center'],
      header: [
        [
          { col: 0, text: '№' },
          { col: 1, text: 'Обучающийся' },
          { col: 2, text: 'Год' },
        ],
      ],
      rows: Array.from({ length: 50 }, (_, i) => [String(i + 1), `Үсөнова Айгүл ${i + 1}`, '5']),
    },
  ],
  closing: {
    signatories: [{ position: 'Директор', name: 'Асанов А. А.' }],
    signature: 'подпись',
    seal: 'М.П.',
    codeLabel: 'Код проверки',
    code: 'AAAA-1111',
    codeHint: 'Сверка с журналом.',
    qr: 'MEKTEP-JOURNAL AAAA-1111',
  },
};

const definition: PdfDefinition = {
  pageSize: 'A4',
  pageOrientation: 'portrait',
  pageMargins: [34, 36, 34, 40],
  content: ['Книга движения: Ңң Өө Үү', { text: 'Вторая страница', pageBreak: 'before' }],
  defaultStyle: { font: fontFamily, fontSize: 9 },
  styles: {},
  info: { title: 'Книга движения', author: 'Демо школа', creator: 'Mektep Journal' },
};

describe('a combined file assembled from finished PDFs', () => {
  let dir: string;
  const sources: { file: string; pdf: Buffer; pages: number }[] = [];

  beforeAll(async () => {
    dir = makeTempDir('mektep-append-');
    const renderer = new PdfRenderer();
    try {
      const outcomes = [
        await renderer.renderGrid(grid, footer('AAAA-1111')),
        await renderer.render(definition, footer('BBBB-2222')),
      ];
      outcomes.forEach((o, i) => {
        const file = path.join(dir, `source-${i}.pdf`);
        fs.writeFileSync(file, o.pdf);
        sources.push({ file, ...o });
      });
    } finally {
      await renderer.close();
    }
  }, 60_000);

  afterAll(() => removeDir(dir));

  it('holds every page of each file in order, each read back as it was alone, Kyrgyz letters intact', () => {
    const file = path.join(dir, 'combined.pdf');
    const appender = new PdfAppender(file);
    for (const s of sources) appender.append(s.pdf);
    appender.finish({ title: 'Годовой архивный комплект', creator: 'Mektep Journal' });
    expect(appender.pages).toBe(sources.reduce((sum, s) => sum + s.pages, 0));
    expect(sources[0]?.pages).toBeGreaterThan(1);

    const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info.stderr).toBe('');
    expect(info.stdout).toMatch(new RegExp(`^Pages:\\s+${appender.pages}$`, 'm'));
    expect(info.stdout).toMatch(/^Title:\s+Годовой архивный комплект$/m);

    const combined = pdfText(file).pageTexts;
    expect(combined).toEqual(sources.flatMap((s) => pdfText(s.file).pageTexts));
    expect(combined.at(-2)).toContain('Ңң Өө Үү');
    expect(combined.at(-1)).toContain('Страница 2 / 2');
    expect(combined[sources[0]?.pages ?? 0]).toContain('Страница 1 / 2');
  });

  it('leaves nothing behind when abandoned', () => {
    const file = path.join(dir, 'cancelled.pdf.part');
    const appender = new PdfAppender(file);
    appender.append(sources[0]?.pdf ?? Buffer.alloc(0));
    appender.abandon();
    expect(fs.existsSync(file)).toBe(false);
  });

  it('refuses what is not a PDF instead of writing a broken file', () => {
    const appender = new PdfAppender(path.join(dir, 'bad.pdf'));
    expect(() => appender.append(Buffer.from('not a pdf at all'))).toThrow(/Not a PDF/);
    appender.abandon();
  });
});
