import type { Database } from '../db/connection';
import { renderBatch, type BatchOptions, type BatchResult } from './batch';
import { recordPages } from './prepare';
import type { RecordedDocument } from './print-service';
import type { PdfRenderer } from './render';

/** Renders recorded documents into a folder and notes each one's page count on its record. */
export async function renderRecorded(
  db: Database,
  renderer: PdfRenderer,
  recorded: RecordedDocument[],
  folder: string,
  options: BatchOptions = {},
): Promise<BatchResult> {
  const ids = new Map(recorded.map((r) => [r.doc, r.id]));
  return renderBatch(
    renderer,
    recorded.map((r) => r.doc),
    folder,
    {
      ...options,
      onDocument: (doc, written) => {
        const id = ids.get(doc);
        if (id !== undefined) recordPages(db, id, written.pages);
        options.onDocument?.(doc, written);
      },
    },
  );
}
