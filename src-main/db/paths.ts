import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const productName = 'Mektep Journal';

/** The OS user-data folder, the same one Electron's `app.getPath('userData')` gives. */
export function userDataFolder(): string {
  const home = os.homedir();
  switch (process.platform) {
    case 'win32':
      return path.join(process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), productName);
    case 'darwin':
      return path.join(home, 'Library', 'Application Support', productName);
    default:
      return path.join(process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'), productName);
  }
}

export function defaultDatabaseFile(): string {
  return path.join(userDataFolder(), 'journal.sqlite');
}

/** The project's root: the nearest folder above this file that holds the migrations. */
export function projectRoot(start: string = __dirname): string {
  let dir = start;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'drizzle', 'meta', '_journal.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No drizzle/ folder above ${start}`);
    dir = parent;
  }
}

export function migrationsFolder(): string {
  return path.join(projectRoot(), 'drizzle');
}
