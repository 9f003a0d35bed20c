import fs from 'node:fs';

/** Debian's Chromium, or wherever CHROMIUM_PATH points. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

export function chromiumMissingMessage(): string | null {
  const path = chromiumPath();
  return fs.existsSync(path)
    ? null
    : `Chromium was not found at ${path}. The end-to-end tests drive a real browser: install it with ` +
        `"apt-get install -y chromium" (Debian), or set CHROMIUM_PATH to a Chromium or Chrome binary.`;
}
