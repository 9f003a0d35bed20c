import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/connection';
import { user } from '../db/schema';
import type { SessionUser } from '../api/contract/session';
import type { ImportPreview, ImportResult } from '../api/contract/imports';
import type { AuditDetail } from '../api/context';
import { ApiError } from '../api/api-error';
import { currentYear } from '../school/academic-year';
import { schoolDay } from '../calendar/school-day';
import { writableYear } from '../calendar/year-guard';
import { ImportFileError, type Workbook } from './cells';
import type { ColumnMapping } from './fields';
import { applyPlan } from './apply';
import { planImport, previewOf, type ImportActor, type Plan } from './plan';
import { readSpreadsheet } from './read-file';

export interface ImportRequest {
  fileName: string;
  content: Buffer;
  mapping?: Record<string, ColumnMapping[number]>;
  sheet?: string;
  defaultClass?: string;
}

export interface ApplyRequest extends ImportRequest {
  skipInvalid: boolean;
  createClasses: boolean;
  language?: 'ky' | 'ru';
  fromDate?: string;
}

/** The importer's rights from a session: the router has already checked `roster.read`. */
export function actorOf(db: Database, session: SessionUser): ImportActor {
  const row = db.orm.select({ staffId: user.staffId }).from(user).where(eq(user.id, session.userId)).get();
  return {
    manageAll: session.permissions.includes('roster.manage'),
    manageOwn: session.permissions.includes('roster.manageOwnClass'),
    staffId: row?.staffId ?? null,
  };
}

/** The CLI runs as the school's office: every class. */
export const officeActor: ImportActor = { manageAll: true, manageOwn: true, staffId: null };

/** Reads the file or refuses it as an invalid input, naming what is wrong with it. */
export function readImportFile(fileName: string, content: Buffer): Workbook {
  try {
    return readSpreadsheet(content, fileName);
  } catch (error) {
    if (error instanceof ImportFileError)
      throw new ApiError('INVALID_INPUT', undefined, [{ path: 'contentBase64', message: error.message }]);
    throw error;
  }
}

/**
 * New pupils join their class on the year's first day when the import happens before it, or on the
 * import's day once the year has begun: the movement book must not claim they sat lessons that were
 * given before they were on the list.
 */
export function enrolmentDate(yearStart: string, now: Date, fromDate?: string, yearEnd?: string): string {
  if (fromDate) return fromDate;
  const today = schoolDay(now);
  if (yearEnd !== undefined && today > yearEnd) return yearEnd;
  return today > yearStart ? today : yearStart;
}

function plan(db: Database, req: ImportRequest, actor: ImportActor, now: Date, createClasses?: boolean) {
  const book = readImportFile(req.fileName, req.content);
  const year = currentYear(db);
  if (!year) throw new ApiError('NOT_FOUND', { what: 'year' });
  const fromDate = enrolmentDate(year.startsOn, now, (req as Partial<ApplyRequest>).fromDate, year.endsOn);
  if (fromDate < year.startsOn || fromDate > year.endsOn)
    throw new ApiError('INVALID_INPUT', undefined, [
      { path: 'fromDate', message: 'validation.outsideYear', params: { from: year.startsOn, to: year.endsOn } },
    ]);
  const mapping: ColumnMapping = {};
  for (const [k, v] of Object.entries(req.mapping ?? {})) mapping[Number(k)] = v ?? null;
  const made: Plan = planImport(db, book, {
    yearId: year.id,
    fromDate,
    today: schoolDay(now),
    actor,
    ...(req.mapping ? { mapping } : {}),
    ...(req.sheet !== undefined ? { sheet: req.sheet } : {}),
    ...(req.defaultClass ? { defaultClass: req.defaultClass } : {}),
    ...(createClasses !== undefined ? { createClasses } : {}),
  });
  // A file in which no sheet has a heading line is not a class list: saying "0 pupils" would hide that.
  if (made.sheets.every((s) => s.headerRow === null))
    throw new ApiError('INVALID_INPUT', undefined, [{ path: 'contentBase64', message: 'import.file.noHeader' }]);
  return { made, year, fromDate };
}

export function previewImport(db: Database, req: ImportRequest, actor: ImportActor, now: Date): ImportPreview {
  return previewOf(plan(db, req, actor, now).made);
}

/**
 * Imports in the caller's transaction into the current year, which must be open; `audit` gets one
 * entry per pupil created or changed and a summary entry (not the file itself).
 */
export function applyImport(
  db: Database,
  req: ApplyRequest,
  actor: ImportActor,
  now: Date,
  audit: (detail: AuditDetail) => void,
): ImportResult {
  const { made, year, fromDate } = plan(db, req, actor, now, req.createClasses);
  writableYear(db, year.id);
  const result = applyPlan(db, made, {
    yearId: year.id,
    fromDate,
    skipInvalid: req.skipInvalid,
    language: req.language ?? 'ky',
    now,
    audit,
  });
  audit({
    entity: 'import',
    after: {
      fileName: req.fileName,
      bytes: req.content.length,
      sha256: createHash('sha256').update(req.content).digest('hex'),
      fromDate,
      created: result.created,
      updated: result.updated,
      unchanged: result.unchanged,
      skipped: made.counts.error,
      createdClasses: result.createdClasses,
    },
  });
  return result;
}
