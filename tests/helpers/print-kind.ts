/** A kind object's document, prepared as `prepareDocument` prepares a registered one, printed by "Тест". */
import type { Database } from '../../src-main/db/connection';
import type { DocumentKind, DocumentParams } from '../../src-main/print/kinds';
import { prepareOfKind } from '../../src-main/print/prepare';
import type { DocumentLanguage, PreparedDocument } from '../../src-main/print/types';
import { demoNow } from './print';

export function prepareKind(
  db: Database,
  kind: DocumentKind,
  params: DocumentParams,
  language: DocumentLanguage,
): PreparedDocument {
  return prepareOfKind(db, kind, { params, language }, { userId: null, name: 'Тест' }, demoNow);
}
