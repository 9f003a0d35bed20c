import fs from 'node:fs';

/**
 * A clock the end-to-end tests can move: with MEKTEP_TEST_CLOCK_FILE set, "now" is the instant written
 * in that file (ISO 8601), read on every call, so a test can make it "the next day" while the server
 * runs. Only browser mode reads it, it is announced on the console, and it changes nothing a person
 * at the PC could not change with the system clock; the Electron shell never looks at it.
 */
export function clockFromEnvironment(env: NodeJS.ProcessEnv = process.env): (() => Date) | null {
  const file = env.MEKTEP_TEST_CLOCK_FILE;
  if (!file) return null;
  return () => {
    const text = fs.readFileSync(file, 'utf8').trim();
    const at = new Date(text);
    if (Number.isNaN(at.getTime())) throw new Error(`The test clock file holds no date: ${text}`);
    return at;
  };
}
