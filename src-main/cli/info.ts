import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { closeDatabase, openDatabase } from '../db/connection';
import { migrationsFolder } from '../db/paths';
import { rowCounts, schoolInfo } from '../school/school-info';
import { CliError, parseOrExplain, requireOption, type Command, type Io } from './args';

const usage = `Usage:
  npm run cli -- info --db FILE [--json]

Shows what a journal database holds: the schema version, the school, the current academic year and
how many rows the main tables have. Opens an existing file only; never creates one.

Options:
  --db FILE    the database file
  --json       print one JSON object instead of text
  -h, --help   this text`;

function run(argv: string[], io: Io): number {
  const { values } = parseOrExplain('info', () =>
    parseArgs({
      args: argv,
      strict: true,
      options: {
        db: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }),
  );
  if (values.help) {
    io.out(usage);
    return 0;
  }
  const file = requireOption(values.db, 'db', 'info');
  // Checked here as well as by openDatabase, for a clear message and the usage exit code.
  if (!fs.existsSync(file)) throw new CliError(`info: no database file at ${file}`);
  const db = openDatabase(file, { migrationsFolder: migrationsFolder(), mustExist: true, readOnly: true });
  try {
    const info = schoolInfo(db);
    const counts = info?.counts ?? rowCounts(db);
    const year = info?.currentYear ?? null;
    if (values.json) {
      io.out(
        JSON.stringify({
          schemaVersion: db.schemaVersion,
          school: info ? { nameKy: info.nameKy, nameRu: info.nameRu } : null,
          currentYear: year ? { title: year.title, startsOn: year.startsOn, endsOn: year.endsOn } : null,
          counts,
        }),
      );
      return 0;
    }
    const width = Math.max(...Object.keys(counts).map((k) => k.length));
    io.out(
      [
        `Database: ${file}`,
        `Schema version: ${db.schemaVersion}`,
        info ? `School: ${info.nameKy} / ${info.nameRu}` : 'School: none yet (the first-run screen will ask for it)',
        `Current year: ${year ? `${year.title} (${year.startsOn} – ${year.endsOn})` : 'none'}`,
        'Rows:',
        ...Object.entries(counts).map(([name, n]) => `  ${name.padEnd(width)}  ${n}`),
      ].join('\n'),
    );
    return 0;
  } finally {
    closeDatabase(db);
  }
}

export const infoCommand: Command = {
  summary: 'show the schema version, the school, the current year and row counts',
  usage,
  run,
};
