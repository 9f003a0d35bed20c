import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { and, eq } from 'drizzle-orm';
import { closeDatabase, openDatabase, type Database } from '../db/connection';
import { migrationsFolder } from '../db/paths';
import { academicYear, classSubject, subject } from '../db/schema';
import { findClassByName } from '../roster/classes';
import { writeAtomically } from '../print/batch';
import { RenderAhead } from '../print/render-ahead';
import { renderRecorded } from '../print/render-recorded';
import { schoolName } from '../print/data/school';
import { tablesToXlsx } from '../print/xlsx';
import { PrintError, type DocumentKind, type DocumentParams } from '../print/kinds';
import { startArchive, startPrint } from '../print/print-service';
import { documentKind, printableKinds } from '../print/registry';
import { PdfRenderer } from '../print/render';
import { documentLanguages, type DocumentLanguage } from '../print/types';
import { frameWords, periodCodes, type PeriodCode } from '../print/words';
import { CliError, dateOption, parseOrExplain, requireOption, type Command, type Io } from './args';
import { printErrorText } from './print-errors';
import { printCredentialsFromCli } from './print-credentials';
import { schoolDay } from '../calendar/school-day';

const usage = `Usage:
  npm run cli -- print KIND --db FILE --out PATH.pdf [--class 5-А] [--subject NAME]
                 [--period q1|q2|q3|q4|h1|h2|year] [--lang ky|ru] [--json]
  npm run cli -- print KIND --db FILE --all --out FOLDER [--period …] [--lang …] [--json]
  npm run cli -- print credentials --db FILE --login LOGIN[,LOGIN…] --out PATH.pdf [--lang …] [--json]
  npm run cli -- print archive --db FILE --out FOLDER [--year 2026-2027] [--lang …] [--json]

Prints a document of the current school year to PDF and records it with its fingerprint (the code on
every page), so that the paper can later be checked with verify-print. With --all, one file per class
(or class subject) and one combined file go into FOLDER. An --out ending in .xlsx writes the
document's tables to Excel instead (ledgers and reports; not recorded, as it is not signed).

Kinds: ${printableKinds().join(', ')}
archive: the year-end archive set in one folder: every class's summary ledger, the school's results
for the year and the movement book, and one combined file.
credentials: gives the accounts new temporary passwords and prints them on access slips (the
passwords are shown nowhere else).

Options:
  --db FILE      the database file
  --out PATH     the PDF to write (with --all: a folder)
  --class NAME   the class, as "5-А" (Latin look-alike letters are accepted)
  --subject NAME the subject of the class (journal), in Kyrgyz or Russian
  --period P     q1–q4, h1, h2 or year (default: year)
  --week DATE    a day of the week, as 2026-10-05 (weekly-analysis)
  --lang L       ky or ru, the document's language (default: ky)
  --all          every class of the year
  --year TITLE   another school year than the current one, as "2025-2026" (a closed year's archive)
  --login L,L    credentials: the accounts whose slips to print
  --by NAME      who printed it, as printed in the footer (default: the computer's user name)
  --on DATE      completion, journal-work: the day they are as of (default: today; the month of it)
  --now DATE     the clock to pretend (tests)
  --json         print { "pages", "fingerprint", "code", "file" } (with --all: { "files", "combined" })
  -h, --help     this text`;

/** The year by its title ("2025-2026" or "2025–2027" with a dash of any kind), or the current one. */
function chosenYear(db: Database, title: string | undefined): number {
  const years = db.orm.select().from(academicYear).all();
  const fold = (t: string) => t.replace(/[\s–—-]+/g, '-');
  const row = title === undefined ? years.find((y) => y.isCurrent) : years.find((y) => fold(y.title) === fold(title));
  if (!row) {
    const known = years.map((y) => y.title).join(', ');
    throw new CliError(
      title === undefined
        ? 'print: the database has no current school year'
        : `print: no school year "${title}"; there are: ${known}`,
    );
  }
  return row.id;
}

function classSubjectByName(db: Database, classId: number, name: string): number {
  const wanted = name.trim().toLocaleLowerCase('ru');
  const rows = db.orm
    .select({ id: classSubject.id, s: subject })
    .from(classSubject)
    .innerJoin(subject, eq(subject.id, classSubject.subjectId))
    .where(and(eq(classSubject.classId, classId)))
    .all();
  const match = rows.filter(({ s }) =>
    [s.nameKy, s.nameRu, s.shortKy, s.shortRu].some((n) => n?.toLocaleLowerCase('ru') === wanted),
  );
  if (match.length !== 1 || !match[0]) {
    const names = rows.map(({ s }) => s.nameRu).join(', ');
    throw new CliError(`print: the class has no subject "${name}"; it has: ${names}`);
  }
  return match[0].id;
}

/** The document's tables as .xlsx (ledgers and reports): the same data, no signatures, no code. */
async function writeWorkbook(
  db: Database,
  kind: DocumentKind,
  params: DocumentParams,
  language: DocumentLanguage,
  out: string,
): Promise<{ sheets: number }> {
  if (!kind.tables) throw new CliError(`print: "${kind.name}" is printed to PDF only`);
  const body = kind.build(db, params, language);
  const tables = kind.tables(db, params, language);
  const bytes = await tablesToXlsx(tables, {
    school: schoolName(db, language),
    title: body.title,
    heading: body.heading,
  });
  writeAtomically(out, bytes);
  return { sheets: tables.length };
}

async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseOrExplain('print', () =>
    parseArgs({
      args: argv,
      strict: true,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        out: { type: 'string' },
        class: { type: 'string' },
        subject: { type: 'string' },
        week: { type: 'string' },
        period: { type: 'string', default: 'year' },
        lang: { type: 'string', default: 'ky' },
        all: { type: 'boolean', default: false },
        login: { type: 'string' },
        year: { type: 'string' },
        by: { type: 'string' },
        now: { type: 'string' },
        on: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }),
  );
  if (values.help) {
    io.out(usage);
    return 0;
  }
  const kindName = positionals[0];
  if (!kindName) throw new CliError(`print: which document? Kinds: ${printableKinds().join(', ')}`);
  const kind = documentKind(kindName);
  if (!kind || (kind.issuedOnly && kindName !== 'credentials'))
    throw new CliError(`print: no document "${kindName}"; kinds: ${printableKinds().join(', ')}`);
  const file = requireOption(values.db, 'db', 'print');
  const out = path.resolve(requireOption(values.out, 'out', 'print'));
  if (!periodCodes.includes(values.period as PeriodCode))
    throw new CliError(`print: --period must be one of ${periodCodes.join(', ')}, not "${values.period}"`);
  if (!documentLanguages.includes(values.lang as DocumentLanguage))
    throw new CliError(`print: --lang must be ky or ru, not "${values.lang}"`);
  const language = values.lang as DocumentLanguage;
  const now = dateOption(values.now, 'now', 'print') ?? new Date();
  if (!fs.existsSync(file)) throw new CliError(`print: no database file at ${file}`);

  const db = openDatabase(file, { migrationsFolder: migrationsFolder(), mustExist: true });
  const renderer = new PdfRenderer();
  try {
    if (kindName === 'credentials') {
      const options = {
        logins: (values.login ?? '').split(','),
        language,
        out,
        now,
        ...(values.by ? { by: values.by } : {}),
      };
      const written = await printCredentialsFromCli(db, renderer, options);
      if (written.file !== out) fs.renameSync(written.file, out);
      const result = { ...written, file: out };
      io.out(values.json ? JSON.stringify(result) : `${out}: ${result.pages} pages, code ${result.code}`);
      return 0;
    }
    const yearId = chosenYear(db, values.year);
    if (kindName === 'archive') {
      const by = { userId: null, name: values.by ?? os.userInfo().username, login: null };
      const ahead = new RenderAhead(renderer);
      const recorded = startArchive(db, yearId, language, by, now, (r) => ahead.add(r.doc));
      const title = db.orm.select().from(academicYear).where(eq(academicYear.id, yearId)).get()?.title ?? '';
      const combinedName = `${frameWords[language].archive} ${title}`;
      const result = await renderRecorded(db, renderer, recorded, out, { combinedName, ahead });
      io.out(values.json ? JSON.stringify(result) : `${out}: ${result.files.length} documents and the combined file`);
      return 0;
    }
    const params: DocumentParams = { yearId, period: values.period as PeriodCode };
    // The documents that are as of a day: the one given, or today in the school's time.
    if (kindName === 'completion' || kindName === 'journal-work')
      params.on = schoolDay(dateOption(values.on, 'on', 'print') ?? now);
    if (values.week !== undefined) params.weekOf = values.week;
    // A report "up to today" (filling control) records which day that was.
    if (kind.countsToToday) params.asOf = schoolDay(now);
    if (values.class !== undefined) {
      const c = findClassByName(db, yearId, values.class);
      if (!c) throw new CliError(`print: no class "${values.class}" in the current year`);
      params.classId = c.id;
      if (values.subject !== undefined) params.classSubjectId = classSubjectByName(db, c.id, values.subject);
    }
    if (!values.all && kind.target !== 'school' && params.classId === undefined)
      throw new CliError('print: --class is required (or --all for every class)');
    if (!values.all && kind.target === 'classSubject' && params.classSubjectId === undefined)
      throw new CliError('print: --subject is required for this document');

    if (out.toLowerCase().endsWith('.xlsx')) {
      if (values.all) throw new CliError('print: a set (--all) is printed to PDF only');
      const written = await writeWorkbook(db, kind, params, language, out);
      if (values.json) io.out(JSON.stringify({ sheets: written.sheets, file: out }));
      else io.out(`${out}: ${written.sheets} sheets`);
      return 0;
    }
    const by = { userId: null, name: values.by ?? os.userInfo().username, login: null };
    // The worker draws each ledger as soon as it is recorded, while the rest are read.
    const ahead = new RenderAhead(renderer);
    const recorded = startPrint(db, { kind: kindName, params, language, all: values.all }, by, now, (r) =>
      ahead.add(r.doc),
    );
    const folder = values.all ? out : path.dirname(out);
    const result = await renderRecorded(db, renderer, recorded, folder, {
      ahead,
      ...(values.all
        ? { combinedName: `${recorded[0]?.doc.title ?? kindName} ${frameWords[language].periods[params.period]}` }
        : {}),
    });
    if (!values.all) {
      const written = result.files[0];
      const doc = recorded[0]?.doc;
      if (!written || !doc) throw new CliError('print: nothing was printed', 1);
      if (written.file !== out) fs.renameSync(written.file, out);
      if (values.json)
        io.out(JSON.stringify({ pages: written.pages, fingerprint: doc.fingerprint, code: doc.code, file: out }));
      else io.out(`${out}: ${written.pages} pages, code ${doc.code}`);
      return 0;
    }
    if (values.json) io.out(JSON.stringify(result));
    else {
      for (const f of result.files) io.out(`${f.file}: ${f.pages} pages, code ${f.code}`);
      if (result.combined) io.out(`${result.combined.file}: ${result.combined.pages} pages`);
    }
    return 0;
  } catch (error) {
    if (error instanceof PrintError) throw new CliError(`print: ${printErrorText(error)}`);
    throw error;
  } finally {
    await renderer.close();
    closeDatabase(db);
  }
}

export const printCommand: Command = {
  summary: 'print a document (ledger, report, journal) to PDF with its fingerprint',
  usage,
  run,
};
