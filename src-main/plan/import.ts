import { createHash } from 'node:crypto';
import { ApiError } from '../api/api-error';
import type { CallContext } from '../api/context';
import type { PlanImportResult } from '../api/contract/plan';
import { ImportFileError, type Workbook } from '../imports/cells';
import { readSpreadsheet } from '../imports/read-file';
import { findPlanHeader } from './import-columns';
import { readPlanRows } from './import-rows';
import { auditPlan, replaceTopics } from './replace';
import { assertCanWrite, planScope } from './scope';
import { planView } from './topics';

export interface PlanImportInput {
  classSubjectId: number;
  subgroupId?: number | undefined;
  fileName: string;
  contentBase64: string;
  apply: boolean;
}

const fileError = (message: string) => new ApiError('INVALID_INPUT', undefined, [{ path: 'contentBase64', message }]);

/** The class-list reader's refusals (`import.file.*`), under this screen's own keys. */
function readBook(content: Buffer, fileName: string): Workbook {
  try {
    return readSpreadsheet(content, fileName);
  } catch (error) {
    if (error instanceof ImportFileError)
      throw fileError(error.message.replace(/^import\.file\./, 'validation.plan.file.'));
    throw error;
  }
}

/**
 * Reads a plan from .xlsx or .csv: the first sheet with a topic column, its rows as topics and the
 * rows' errors. With `apply`, and only when no row is wrong, the plan is replaced by the file's topics
 * (a stored topic with the same title keeps its id and its lessons). Even a preview is audited: the
 * router would otherwise record the whole file as the call's input.
 */
export function importPlan(ctx: CallContext, input: PlanImportInput): PlanImportResult {
  const db = ctx.app.db;
  const scope = planScope(db, input.classSubjectId, input.subgroupId);
  assertCanWrite(ctx, scope);
  const content = Buffer.from(input.contentBase64, 'base64');
  const book = readBook(content, input.fileName);
  let found: { sheet: Workbook['sheets'][number]; header: NonNullable<ReturnType<typeof findPlanHeader>> } | null =
    null;
  for (const sheet of book.sheets) {
    const header = findPlanHeader(sheet.rows);
    if (header) {
      found = { sheet, header };
      break;
    }
  }
  if (!found) throw fileError('validation.plan.file.noHeader');
  const { topics, errors } = readPlanRows(found.sheet, found.header, scope);
  const file = {
    fileName: input.fileName,
    bytes: content.length,
    sha256: createHash('sha256').update(content).digest('hex'),
  };
  const result: PlanImportResult = {
    format: book.format,
    sheet: found.sheet.name,
    headerRow: found.header.row + 1,
    columns: found.header.headers,
    topics,
    errors,
    applied: false,
    plan: null,
  };
  if (!input.apply) {
    ctx.audit({
      entity: 'plan',
      entityId: scope.classSubjectId,
      after: { ...file, subgroupId: scope.subgroupId, preview: true, topics: topics.length, errors: errors.length },
    });
    return result;
  }
  if (errors.length) throw new ApiError('IMPORT_HAS_ERRORS', { count: new Set(errors.map((e) => e.row)).size });
  if (!topics.length) throw fileError('validation.plan.file.noTopics');
  const outcome = replaceTopics(
    db,
    scope,
    topics.map(({ title, hours, plannedDate, section }) => ({ title, hours, plannedDate, section })),
    { path: 'contentBase64', matchTitles: true },
  );
  auditPlan(ctx, scope, outcome, 'import', file);
  return { ...result, applied: true, plan: planView(ctx, scope) };
}
