import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { closeDatabase, openDatabase, type Database } from '../db/connection';
import { migrationsFolder } from '../db/paths';
import { CliError, parseOrExplain, requireOption, type Command, type Io } from './args';

/** What an inspecting command does with the file once it is open: print, and give the exit code. */
export type Inspection = (
  db: Database,
  options: { file: string; json: boolean; extra: Record<string, string | undefined> },
  io: Io,
) => number;

/**
 * A command that looks at a journal file without changing it (`--db FILE [--json]`): the options,
 * the check that the file exists (a clear message and the usage exit code), a read-only open, and
 * the close, whatever happens.
 */
export function inspectCommand(
  name: string,
  summary: string,
  usage: string,
  inspect: Inspection,
  /** Further string options the command takes (`--code CODE`), handed over as `extra`. */
  extraOptions: Record<string, { type: 'string' }> = {},
): Command {
  function run(argv: string[], io: Io): number {
    const { values } = parseOrExplain(name, () =>
      parseArgs({
        args: argv,
        strict: true,
        options: {
          ...extraOptions,
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
    const file = requireOption(values.db, 'db', name);
    if (!fs.existsSync(file)) throw new CliError(`${name}: no database file at ${file}`);
    const db = openDatabase(file, { migrationsFolder: migrationsFolder(), mustExist: true, readOnly: true });
    try {
      const extra = Object.fromEntries(
        Object.keys(extraOptions).map((key) => [key, (values as Record<string, unknown>)[key] as string | undefined]),
      );
      return inspect(db, { file, json: values.json, extra }, io);
    } finally {
      closeDatabase(db);
    }
  }
  return { summary, usage, run };
}
