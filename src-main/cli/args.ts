/** A failure to report in one line, with the exit code: 2 for a wrong call or a refusal, 1 for the rest. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = 2,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** Where a command writes; the real process streams, or a buffer in a test. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

export interface Command {
  summary: string;
  usage: string;
  /** The exit code; a command that renders or writes files may take its time. */
  run(argv: string[], io: Io): number | Promise<number>;
}

/** Runs node:util's parseArgs (strict) and turns its errors into a one-line CliError. */
export function parseOrExplain<T>(command: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    throw new CliError(`${command}: ${message} (see: ${command} --help)`);
  }
}

export function requireOption(value: string | undefined, name: string, command: string): string {
  if (value === undefined || value.trim() === '')
    throw new CliError(`${command}: --${name} is required (see: ${command} --help)`);
  return value;
}

export function integerOption(value: string | undefined, name: string, command: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value)) throw new CliError(`${command}: --${name} must be a whole number, not "${value}"`);
  return Number(value);
}

/** `--now 2026-11-23` or a full ISO time: the clock the command pretends, for tests and benchmarks. */
export function dateOption(value: string | undefined, name: string, command: string): Date | undefined {
  if (value === undefined) return undefined;
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00.000Z` : value);
  if (Number.isNaN(date.getTime()))
    throw new CliError(`${command}: --${name} must be a date like 2026-11-23, not "${value}"`);
  return date;
}
