import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { closeDatabase, openDatabase, transaction } from '../db/connection';
import { migrationsFolder } from '../db/paths';
import { appendAudits } from '../audit/audit-log';
import { ApiError } from '../api/api-error';
import type { AuditDetail } from '../api/context';
import type { ImportResult } from '../api/contract/imports';
import { applyImport, officeActor, previewImport } from '../imports/service';
import { importsTexts } from '../../src-renderer/i18n/texts/imports';
import { CliError, parseOrExplain, requireOption, type Command, type Io } from './args';

const usage = `Usage:
  npm run cli -- import students --db FILE --file PATH [--class 5-А] [--dry-run] [--skip-invalid]
                                 [--create-classes] [--language ky|ru] [--lang ky|ru] [--json]

Imports a class list (.xlsx, or .csv as Excel saves it) into the current school year. With any
wrong row nothing is written, unless --skip-invalid.

Options:
  --class NAME        the class of rows that name none, when the sheet's name is no class
  --dry-run           say what would happen; write nothing
  --skip-invalid      import the valid rows and leave the wrong ones
  --create-classes    create the classes the file names that the year does not have
  --language ky|ru    language of instruction of created classes (default ky)
  --lang ky|ru        language of the messages (default ru)
  --json              print one JSON object: { "students": N, "errors": [{ "sheet", "row", "message" }] }`;

type Lang = 'ky' | 'ru';

function say(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  const texts = importsTexts[lang] as Record<string, string>;
  return (texts[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
}

function run(argv: string[], io: Io): number {
  const { values, positionals } = parseOrExplain('import', () =>
    parseArgs({
      args: argv,
      strict: true,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        file: { type: 'string' },
        class: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        'skip-invalid': { type: 'boolean', default: false },
        'create-classes': { type: 'boolean', default: false },
        language: { type: 'string' },
        lang: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }),
  );
  if (values.help) {
    io.out(usage);
    return 0;
  }
  if (positionals[0] !== 'students' || positionals.length !== 1)
    throw new CliError('import: say what to import: import students (see: import --help)');
  const lang: Lang = values.lang === 'ky' ? 'ky' : 'ru';
  if (values.lang !== undefined && values.lang !== 'ky' && values.lang !== 'ru')
    throw new CliError('import: --lang is ky or ru');
  if (values.language !== undefined && values.language !== 'ky' && values.language !== 'ru')
    throw new CliError('import: --language is ky or ru');
  const dbFile = requireOption(values.db, 'db', 'import');
  const path = requireOption(values.file, 'file', 'import');
  if (!fs.existsSync(path)) throw new CliError(`import: no file ${path}`);
  const content = fs.readFileSync(path);
  const now = new Date();
  const request = {
    fileName: path,
    content,
    skipInvalid: values['skip-invalid'],
    createClasses: values['create-classes'],
    ...(values.class ? { defaultClass: values.class } : {}),
    ...(values.language === 'ru' || values.language === 'ky' ? { language: values.language as Lang } : {}),
  };

  const db = openDatabase(dbFile, { migrationsFolder: migrationsFolder(), mustExist: true });
  const report = (
    students: number,
    errors: { sheet: string; row: number; message: string; params: Record<string, string | number> }[],
    lines: string[],
  ) => {
    const shown = errors.map((e) => ({ sheet: e.sheet, row: e.row, message: say(lang, e.message, e.params) }));
    if (values.json) io.out(JSON.stringify({ students, errors: shown }));
    else io.out([...lines, ...shown.map((e) => `  ${e.sheet}, ${e.row}: ${e.message}`)].join('\n'));
  };
  try {
    if (values['dry-run']) {
      const preview = previewImport(db, request, officeActor, now);
      const rows = preview.rows.map((r) =>
        r.outcome !== 'error' && !request.createClasses && r.className && preview.newClasses.includes(r.className)
          ? {
              ...r,
              outcome: 'error' as const,
              errors: [{ message: 'import.error.noSuchClass', params: { className: r.className } }],
            }
          : r,
      );
      const errors = rows.flatMap((r) => r.errors.map((e) => ({ sheet: r.sheet, row: r.row, ...e })));
      const writable = rows.filter((r) => r.outcome === 'new' || r.outcome === 'update').length;
      const students = errors.length && !request.skipInvalid ? 0 : writable;
      report(students, errors, [`${say(lang, 'import.previewTitle')}: ${say(lang, 'import.counts', preview.counts)}`]);
      return errors.length && !request.skipInvalid ? 2 : 0;
    }
    let result: ImportResult;
    try {
      result = transaction(db, () => {
        const details: AuditDetail[] = [];
        const done = applyImport(db, request, officeActor, now, (d) => details.push(d));
        const entries = details.map((d) => ({ action: 'cli.import', actor: 'cli', address: null, ...d }));
        appendAudits(db.orm, entries, now);
        return done;
      });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'IMPORT_HAS_ERRORS') {
        const preview = previewImport(db, request, officeActor, now);
        const errors = preview.rows.flatMap((r) => r.errors.map((e) => ({ sheet: r.sheet, row: r.row, ...e })));
        const missing = preview.rows.filter(
          (r) => r.outcome !== 'error' && r.className && preview.newClasses.includes(r.className),
        );
        if (!request.createClasses)
          for (const r of missing)
            errors.push({
              sheet: r.sheet,
              row: r.row,
              message: 'import.error.noSuchClass',
              params: { className: r.className ?? '' },
            });
        errors.sort((a, b) => (a.sheet === b.sheet ? a.row - b.row : 0));
        report(0, errors, [say(lang, 'errors.IMPORT_HAS_ERRORS', error.params)]);
        return 2;
      }
      if (error instanceof ApiError && error.fields?.[0]) {
        const message = say(lang, error.fields[0].message);
        if (values.json) io.out(JSON.stringify({ students: 0, errors: [{ sheet: null, row: null, message }] }));
        throw new CliError(`import: ${message}`);
      }
      throw error;
    }
    report(result.students, result.errors, [
      say(lang, 'import.done', {
        students: result.students,
        created: result.created,
        updated: result.updated,
        unchanged: result.unchanged,
      }),
      ...(result.createdClasses.length
        ? [say(lang, 'import.createdClasses', { classes: result.createdClasses.join(', ') })]
        : []),
      ...(result.errors.length
        ? [say(lang, 'import.skipped', { count: new Set(result.errors.map((e) => `${e.sheet}:${e.row}`)).size })]
        : []),
    ]);
    return 0;
  } finally {
    closeDatabase(db);
  }
}

export const importCommand: Command = { summary: 'import a class list from .xlsx or .csv', usage, run };
