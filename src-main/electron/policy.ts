/**
 * The security decisions of the Electron shell, as pure functions: no Electron import, so the unit
 * tests run them under plain Node. `security.ts`, `ipc.ts` and `main.ts` only wire them up.
 */
import nodePath from 'node:path';
import { contentSecurityPolicy } from '../security/content-security-policy';

/** The renderer's own origin: `app://journal`, served from `dist-renderer/` by `main.ts`. */
export const appScheme = 'app';
export const appHost = 'journal';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;

/** Sent with every app:// response; the same policy browser mode sends. */
export { contentSecurityPolicy };

/** The one set of webPreferences every window gets. */
export function hardenedWebPreferences(preloadPath: string) {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    preload: preloadPath,
  } as const;
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for a URL of the app's own origin (`app://journal/...`), and only then. */
export function isAppUrl(url: string | null | undefined): boolean {
  if (!url) return false;
  const parsed = parseUrl(url);
  return (
    parsed !== null &&
    parsed.protocol === `${appScheme}:` &&
    parsed.host === appHost &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** A window may navigate (or be redirected) within the app's origin only. */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

/** An IPC call is served only when it comes from a page of the app's origin. */
export function isTrustedSender(frameUrl: string | null | undefined): boolean {
  return isAppUrl(frameUrl);
}

/** A `..` path segment, its dots and separators literal or percent-encoded. */
const dotDotSegment = /(?:^|\/|\\|%2f|%5c)(?:\.|%2e){2}(?:$|\/|\\|%2f|%5c)/i;

/**
 * Maps an `app://journal/...` request to a file under `root`, or null when the request must be
 * refused: another scheme or host, any `..` segment (`../`, `%2e%2e/`, `..%2f`, `..\`), a path that
 * is not valid percent-encoding, a NUL byte, a drive letter, or anything else that resolves outside
 * `root`. Leading slashes are dropped, so `//x` or `\\server\share` name files under the root.
 * The root itself serves `index.html`. `pathApi` is there so the tests can check Windows paths too.
 */
export function resolveAppFile(
  root: string,
  requestUrl: string,
  pathApi: nodePath.PlatformPath = nodePath,
): string | null {
  // A request that tries to climb is refused outright, even where URL parsing would collapse the
  // `..` (the browser normalises before we see it; anything still carrying one is not the app's).
  if (dotDotSegment.test(requestUrl.split(/[?#]/, 1)[0] ?? '')) return null;
  const url = parseUrl(requestUrl);
  if (!url || url.protocol !== `${appScheme}:` || url.host !== appHost || url.username || url.password) return null;

  let relative: string;
  try {
    relative = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (relative.includes('\0')) return null;
  relative = relative.replace(/^[/\\]+/, '');
  if (relative === '') relative = 'index.html';
  // After the leading slashes are gone, nothing may still look absolute: `C:/…`, `\\server\…`, `/…`.
  if (pathApi.isAbsolute(relative) || /^[a-zA-Z]:/.test(relative) || relative.includes(':')) return null;

  const base = pathApi.resolve(root);
  const file = pathApi.resolve(base, relative);
  const inside = pathApi.relative(base, file);
  if (inside === '' || inside === '..' || inside.startsWith(`..${pathApi.sep}`) || pathApi.isAbsolute(inside)) {
    return null;
  }
  return file;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

/** The Content-Type for a served file; unknown kinds are plain bytes (and `nosniff` keeps them so). */
export function contentTypeFor(file: string): string {
  return contentTypes[nodePath.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Headers on every app:// response, whatever its status. */
export function responseHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  };
}

/** Only https links leave the app, and only to a host (no credentials in the URL). */
export function isAllowedExternalUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return (
    parsed !== null && parsed.protocol === 'https:' && parsed.hostname !== '' && !parsed.username && !parsed.password
  );
}

/** `--db FILE` or `--db=FILE` from the command line; null when absent or empty. */
export function databaseArgument(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--db') {
      const next = argv[i + 1];
      return next && !next.startsWith('--') ? next : null;
    }
    if (arg?.startsWith('--db=')) return arg.slice('--db='.length) || null;
  }
  return null;
}
