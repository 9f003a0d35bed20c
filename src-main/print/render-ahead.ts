import type { PdfRenderer, RenderOutcome } from './render';
import type { PreparedDocument } from './types';

/**
 * Documents handed to the worker while a print is still being prepared. A set is prepared in one
 * write transaction (every paper shows the same moment), which cannot wait for anything; posting each
 * document to the worker as soon as it is recorded lets the second core draw while this one reads.
 * Only grid documents go ahead: quick to draw and small, so holding their PDFs until the batch writes
 * them costs little; a pdfmake document is laid out in its turn, one ahead of the one being written.
 */
export class RenderAhead {
  private readonly started = new Map<PreparedDocument, Promise<RenderOutcome>>();

  constructor(private readonly renderer: PdfRenderer) {}

  add(doc: PreparedDocument): void {
    if (!doc.grid) return;
    const outcome = this.renderer.renderDocument(doc);
    // Awaited when the batch reaches it; a failure before then must not count as unhandled.
    outcome.catch(() => undefined);
    this.started.set(doc, outcome);
  }

  /** The render already under way for `doc`, once; undefined if it did not go ahead. */
  take(doc: PreparedDocument): Promise<RenderOutcome> | undefined {
    const outcome = this.started.get(doc);
    this.started.delete(doc);
    return outcome;
  }
}
