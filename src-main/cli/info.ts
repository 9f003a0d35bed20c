import { rowCounts, schoolInfo } from '../school/school-info';
import { inspectCommand } from './inspect-command';

const usage = `Usage:
  npm run cli -- info --db FILE [--json]

Shows what a journal database holds: the schema version, the school, the current academic year and
how many rows the main tables have. Opens an existing file only; never creates one.

Options:
  --db FILE    the database file
  --json       print one JSON object instead of text
  -h, --help   this text`;

export const infoCommand = inspectCommand(
  'info',
  'show the schema version, the school, the current year and row counts',
  usage,
  (db, { file, json }, io) => {
    const info = schoolInfo(db);
    const counts = info?.counts ?? rowCounts(db);
    const year = info?.currentYear ?? null;
    if (json) {
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
  },
);
