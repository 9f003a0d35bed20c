/**
 * A set's ledgers go to the worker as each is recorded, while the rest of the set is still being read
 * in the print's one transaction (src-main/print/render-ahead.ts), and each is drawn once: on the demo
 * school, every class's summary ledger of the year, then the quarter ledgers, which pdfmake lays out in
 * their turn.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase, type Database } from '../../src-main/db/connection';
import { renderBatch } from '../../src-main/print/batch';
import { startPrint } from '../../src-main/print/print-service';
import { PdfRenderer } from '../../src-main/print/render';
import { RenderAhead } from '../../src-main/print/render-ahead';
import type { PreparedDocument } from '../../src-main/print/types';
import { makeTempDir, removeDir } from '../helpers/app';
import { demoDatabase, demoIds, pdfText } from '../helpers/print';

/** The real renderer, counting what it is asked to draw and when. */
class CountingRenderer extends PdfRenderer {
  readonly asked: PreparedDocument[] = [];
  override renderDocument(...args: Parameters<PdfRenderer['renderDocument']>) {
    this.asked.push(args[0]);
    return super.renderDocument(...args);
  }
}

describe('rendering a set while it is prepared', () => {
  let dir: string;
  let db: Database;
  let yearId: number;
  const by = { userId: null, name: 'Тест' };
  const now = new Date('2026-05-30T08:00:00.000Z');

  beforeAll(() => {
    dir = makeTempDir('mektep-ahead-');
    db = demoDatabase(dir);
    yearId = demoIds(db, '5-А').yearId;
  });
  afterAll(() => {
    closeDatabase(db);
    removeDir(dir);
  });

  it('sends every ledger to the worker before the set is recorded, and draws each once', async () => {
    const renderer = new CountingRenderer();
    try {
      const ahead = new RenderAhead(renderer);
      const order = {
        kind: 'summary-ledger',
        params: { yearId, period: 'year' as const },
        language: 'ru' as const,
        all: true,
      };
      const recorded = startPrint(db, order, by, now, (r) => ahead.add(r.doc));
      expect(recorded.length).toBeGreaterThan(1);
      expect(renderer.asked).toEqual(recorded.map((r) => r.doc));

      const result = await renderBatch(renderer, renderer.asked.slice(), path.join(dir, 'ledgers'), {
        combinedName: 'Сводная ведомость',
        ahead,
      });
      expect(renderer.asked).toHaveLength(recorded.length);
      expect(result.files).toHaveLength(recorded.length);
      const first = recorded[0]?.doc;
      if (!first || !result.files[0] || !result.combined) throw new Error('nothing written');
      expect(pdfText(result.files[0].file).text).toContain(first.title);
      expect(result.combined.pages).toBe(result.files.reduce((sum, f) => sum + f.pages, 0));
    } finally {
      await renderer.close();
    }
  });

  it('leaves documents laid out by pdfmake to their turn', async () => {
    const renderer = new CountingRenderer();
    try {
      const ahead = new RenderAhead(renderer);
      const order = {
        kind: 'quarter-ledger',
        params: { yearId, period: 'q1' as const },
        language: 'ky' as const,
        all: true,
      };
      const recorded = startPrint(db, order, by, now, (r) => ahead.add(r.doc));
      expect(renderer.asked).toEqual([]);
      const result = await renderBatch(
        renderer,
        recorded.map((r) => r.doc),
        path.join(dir, 'quarter'),
        { ahead },
      );
      expect(renderer.asked).toHaveLength(recorded.length);
      expect(result.files).toHaveLength(recorded.length);
    } finally {
      await renderer.close();
    }
  });
});
