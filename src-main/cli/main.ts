import { CliError, processIo, type Command, type Io } from './args';
import { infoCommand } from './info';
import { initCommand } from './init';
import { importCommand } from './import';
import { printCommand } from './print';
import { verifyAuditCommand } from './verify-audit';
import { verifyPrintCommand } from './verify-print';
import { backupCommand } from './backup';
import { verifyBackupCommand } from './verify-backup';
import { restoreCommand } from './restore';

/**
 * The command-line entry: `npm run cli -- COMMAND [options]`. Exit codes: 0 done, 2 a wrong call or
 * a refusal (nothing changed), 1 anything else. Errors are one line on stderr, never a stack trace
 * (set MEKTEP_DEBUG=1 to see one).
 */

/** The commands; add new ones here. */
const commands: Record<string, Command> = {
  init: initCommand,
  info: infoCommand,
  import: importCommand,
  'verify-audit': verifyAuditCommand,
  print: printCommand,
  'verify-print': verifyPrintCommand,
  backup: backupCommand,
  'verify-backup': verifyBackupCommand,
  restore: restoreCommand,
};

function usage(): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  return [
    'Usage: npm run cli -- COMMAND [options]',
    '',
    'Commands:',
    ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    '',
    'Run a command with --help for its options.',
  ].join('\n');
}

export async function runCli(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return 0;
  }
  if (name === undefined) {
    io.err(usage());
    return 2;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    io.err(`Unknown command: ${name}\n\n${usage()}`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (process.env.MEKTEP_DEBUG) io.err(error instanceof Error ? (error.stack ?? error.message) : String(error));
    if (error instanceof CliError) {
      io.err(error.message);
      return error.exitCode;
    }
    io.err(`${name}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    return 1;
  }
}

void runCli(process.argv.slice(2), processIo).then((code) => {
  process.exitCode = code;
});
