import { desc, eq, isNotNull } from 'drizzle-orm';
import { academicYear, printedDocument, staff, user } from '../../db/schema';
import { ApiError } from '../api-error';
import { signedInUser, type CallContext } from '../context';
import type { PrintChoices, PrintKindName } from '../contract/print';
import { classesOfYear, subjectsOfClass } from '../../print/data/class-data';
import { signatureName } from '../../print/data/school';
import { mayPrint } from '../../print/access';
import { PrintError, type DocumentParams } from '../../print/kinds';
import { startArchive, startPrint } from '../../print/print-service';
import { documentKind, printableKinds } from '../../print/registry';
import { verifyPrinted } from '../../print/verify';
import { printIssuedCredentials } from '../../print/credentials-print';
import { frameWords } from '../../print/words';
import { schoolDay } from '../contract/school-day';
import type { PrintJobs } from '../../print/jobs';
import type { HandlerMap } from './types';

/** A refusal to print, as a field error the screen shows in the user's language. */
function refusal(error: PrintError): ApiError {
  const path =
    error.key === 'print.codeInvalid' ? 'code' : error.key === 'print.credentialsNotCurrent' ? 'issued' : 'kind';
  return new ApiError('INVALID_INPUT', undefined, [{ path, message: `validation.${error.key}`, params: error.params }]);
}

/** Who prints, as the footer shows them and the audit trail records the call. */
function printer(ctx: CallContext, action: string) {
  const u = signedInUser(ctx);
  return { userId: u.userId, name: signatureName(u), login: u.login, address: ctx.caller.address, action };
}

function jobs(ctx: CallContext): PrintJobs {
  if (!ctx.app.prints) throw new ApiError('INTERNAL');
  return ctx.app.prints;
}

function currentYearId(ctx: CallContext): number {
  const row = ctx.app.db.orm
    .select({ id: academicYear.id })
    .from(academicYear)
    .where(eq(academicYear.isCurrent, true))
    .get();
  if (!row) throw new ApiError('SETUP_REQUIRED');
  return row.id;
}

/** The year asked for, or the current one; an unknown year is NOT_FOUND. */
function yearOf(ctx: CallContext, yearId: number | undefined): number {
  if (yearId === undefined) return currentYearId(ctx);
  const row = ctx.app.db.orm
    .select({ id: academicYear.id })
    .from(academicYear)
    .where(eq(academicYear.id, yearId))
    .get();
  if (!row) throw new ApiError('NOT_FOUND');
  return row.id;
}

function choices(ctx: CallContext): PrintChoices {
  const u = signedInUser(ctx);
  const db = ctx.app.db;
  const yearId = currentYearId(ctx);
  const kinds = printableKinds().flatMap((name) => {
    const kind = documentKind(name);
    return kind ? [{ name: name as PrintKindName, target: kind.target }] : [];
  });
  const classes = classesOfYear(db, yearId).map((c) => ({
    id: c.id,
    title: c.title,
    subjects: subjectsOfClass(db, c.id, 'ru').map((s) => ({ id: s.id, name: s.name })),
  }));
  const years = db.orm
    .select()
    .from(academicYear)
    .orderBy(desc(academicYear.startsOn))
    .all()
    .map((y) => ({ id: y.id, title: y.title, closed: y.state === 'closed', current: y.isCurrent }));
  return { kinds, classes, years, canBatch: u.permissions.includes('print') };
}

export const printHandlers: HandlerMap<
  | 'print.choices'
  | 'print.start'
  | 'print.job'
  | 'print.cancel'
  | 'print.verify'
  | 'print.history'
  | 'print.credentials'
  | 'print.archive'
> = {
  'print.archive': (ctx, input) => {
    const u = signedInUser(ctx);
    const by = printer(ctx, 'print.archive');
    const yearId = yearOf(ctx, input.yearId);
    // The worker draws the ledgers while the rest of the set is read and recorded.
    const opened = jobs(ctx).openRenderer();
    try {
      const recorded = startArchive(ctx.app.db, yearId, input.language, by, ctx.now, (r) => opened.ahead.add(r.doc));
      const year = ctx.app.db.orm.select().from(academicYear).where(eq(academicYear.id, yearId)).get();
      return jobs(ctx).start(
        recorded,
        u.userId,
        `${frameWords[input.language].archive} ${year?.title ?? ''}`.trim(),
        ctx.now,
        opened,
      );
    } catch (error) {
      void opened.renderer.close();
      if (error instanceof PrintError) throw refusal(error);
      throw error;
    }
  },
  'print.credentials': (ctx, { issued, language }) => {
    const u = signedInUser(ctx);
    const by = printer(ctx, 'print.credentials');
    try {
      const recorded = printIssuedCredentials(ctx.app.db, issued, language, by, ctx.now);
      return jobs(ctx).start([recorded], u.userId, recorded.doc.title, ctx.now);
    } catch (error) {
      if (error instanceof PrintError) throw refusal(error);
      throw error;
    }
  },
  'print.choices': choices,
  'print.start': (ctx, input) => {
    const u = signedInUser(ctx);
    const kind = documentKind(input.kind);
    if (!kind) throw refusal(new PrintError('print.unknownKind', { kind: input.kind }));
    const params: DocumentParams = {
      yearId: yearOf(ctx, input.yearId),
      period: input.period,
      ...(input.classId !== undefined ? { classId: input.classId } : {}),
      ...(input.classSubjectId !== undefined ? { classSubjectId: input.classSubjectId } : {}),
      ...(input.on !== undefined ? { on: input.on } : {}),
      ...(input.weekOf !== undefined ? { weekOf: input.weekOf } : {}),
      ...(kind.countsToToday ? { asOf: schoolDay(ctx.now) } : {}),
    };
    const all = input.all === true;
    if (!mayPrint(ctx.app.db, u, kind, params, all)) throw new ApiError('FORBIDDEN');
    const by = printer(ctx, 'print.start');
    const opened = jobs(ctx).openRenderer();
    try {
      const order = { kind: input.kind, params, language: input.language, all };
      const recorded = startPrint(ctx.app.db, order, by, ctx.now, (r) => opened.ahead.add(r.doc));
      // The folder and the combined file are named as the office reads them: "Чейректик ведомость I чейрек".
      const first = recorded[0]?.doc;
      const period = frameWords[input.language].periods[input.period];
      const label = all
        ? `${first?.title ?? input.kind} ${period}`
        : `${first?.title ?? input.kind} ${first?.fileStem ?? ''}`;
      return jobs(ctx).start(recorded, u.userId, label.trim(), ctx.now, opened);
    } catch (error) {
      void opened.renderer.close();
      if (error instanceof PrintError) throw refusal(error);
      throw error;
    }
  },
  'print.job': (ctx, { jobId }) => {
    const job = jobs(ctx).status(jobId, signedInUser(ctx).userId);
    if (!job) throw new ApiError('NOT_FOUND');
    return job;
  },
  'print.cancel': (ctx, { jobId }) => {
    const job = jobs(ctx).cancel(jobId, signedInUser(ctx).userId);
    if (!job) throw new ApiError('NOT_FOUND');
    return job;
  },
  'print.verify': (ctx, { code }) => {
    try {
      const result = verifyPrinted(ctx.app.db, code);
      if (!result.found) return result;
      const { kind, title, printedAt, printedBy, pages } = result.printed;
      return {
        found: true,
        unchanged: result.unchanged,
        changes: result.changes,
        printed: { kind, title, code: result.printed.code, printedAt, printedBy, pages },
      };
    } catch (error) {
      if (error instanceof PrintError) throw refusal(error);
      throw error;
    }
  },
  'print.history': (ctx) =>
    ctx.app.db.orm
      .select({ doc: printedDocument, surname: staff.surname, name: staff.name, patronymic: staff.patronymic })
      .from(printedDocument)
      .leftJoin(user, eq(user.id, printedDocument.printedBy))
      .leftJoin(staff, eq(staff.id, user.staffId))
      // Only what was rendered: a cancelled set leaves records with no pages, and no paper.
      .where(isNotNull(printedDocument.pages))
      .orderBy(desc(printedDocument.id))
      .limit(100)
      .all()
      .map(({ doc, surname, name, patronymic }) => ({
        id: doc.id,
        kind: doc.kind,
        title: doc.title,
        code: doc.code,
        language: doc.language,
        printedAt: doc.printedAt,
        printedBy: surname ? signatureName({ surname, name: name ?? '', patronymic }) : null,
        pages: doc.pages,
      })),
};
