/**
 * The Electron shell without Electron: the pure policy (navigation, file serving, CSP, webPreferences),
 * the app:// file handler on real files, and the IPC bridge (preload, adapter, session tokens) with
 * `electron` replaced by small fakes. The adapter runs against a real router and database.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { callNames, type CallName } from '../../src-main/api/contract';
import type { ApiResult } from '../../src-main/api/contract/errors';
import type { Router } from '../../src-main/api/router';
import { buildApi, channelFor } from '../../src-main/electron/api-bridge';
import { createAppFileHandler } from '../../src-main/electron/app-files';
import { createIpcDispatcher, UntrustedSenderError, type IpcSender } from '../../src-main/electron/ipc-dispatch';
import {
  appEntryUrl,
  appOrigin,
  contentSecurityPolicy,
  databaseArgument,
  hardenedWebPreferences,
  isAllowedExternalUrl,
  isAllowedNavigation,
  isTrustedSender,
  resolveAppFile,
} from '../../src-main/electron/policy';
import { adminCredentials, makeTempDir, openTestApp, removeDir, setupSchool, type TestApp } from '../helpers/app';

type Listener = (...args: unknown[]) => unknown;

/** Stand-ins for the parts of `electron` the shell's modules use. */
const fake = vi.hoisted(() => {
  const handlers = new Map<string, (event: unknown, input: unknown) => unknown>();
  const exposed = new Map<string, unknown>();
  return {
    handlers,
    exposed,
    ipcMain: {
      handle: vi.fn((channel: string, listener: (event: unknown, input: unknown) => unknown) => {
        if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
        handlers.set(channel, listener);
      }),
      removeHandler: vi.fn((channel: string) => handlers.delete(channel)),
    },
    contextBridge: { exposeInMainWorld: vi.fn((key: string, value: unknown) => exposed.set(key, value)) },
    ipcRenderer: { invoke: vi.fn(async (channel: string, input: unknown) => ({ channel, input })) },
    shell: { openExternal: vi.fn(async (_url: string) => undefined) },
  };
});

vi.mock('electron', () => ({
  ipcMain: fake.ipcMain,
  contextBridge: fake.contextBridge,
  ipcRenderer: fake.ipcRenderer,
  shell: fake.shell,
}));

const root = path.resolve(__dirname, '..', '..');

describe('navigation and senders', () => {
  it('allows the app origin only', () => {
    expect(appOrigin).toBe('app://journal');
    expect(isAllowedNavigation(appEntryUrl)).toBe(true);
    expect(isAllowedNavigation('app://journal/#/journal/5-А')).toBe(true);
    for (const url of [
      'https://example.com/',
      'http://journal/',
      'app://other/index.html',
      'app://journal.evil.com/index.html',
      'app://user:pass@journal/index.html',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'about:blank',
      'devtools://devtools/bundled/inspector.html',
      'not a url',
      '',
    ]) {
      expect(isAllowedNavigation(url), url).toBe(false);
    }
  });

  it('trusts IPC only from app pages', () => {
    expect(isTrustedSender('app://journal/index.html')).toBe(true);
    expect(isTrustedSender('https://example.com/')).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });

  it('opens external links over https only', () => {
    expect(isAllowedExternalUrl('https://edu.gov.kg/')).toBe(true);
    for (const url of [
      'http://edu.gov.kg/',
      'file:///C:/Windows/system32/calc.exe',
      'ms-settings:',
      'smb://x/y',
      'https://u:p@x.kg/',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
  });

  it('reads --db FILE and --db=FILE', () => {
    expect(databaseArgument(['electron', '.', '--db', '/tmp/a.sqlite'])).toBe('/tmp/a.sqlite');
    expect(databaseArgument(['app.exe', '--db=C:\\journal.sqlite'])).toBe('C:\\journal.sqlite');
    expect(databaseArgument(['electron', '.'])).toBeNull();
    expect(databaseArgument(['electron', '.', '--db'])).toBeNull();
    expect(databaseArgument(['electron', '.', '--db', '--inspect'])).toBeNull();
  });
});

describe('resolveAppFile', () => {
  const posixRoot = '/opt/mektep/dist-renderer';

  it('serves index.html for the root and files under the root', () => {
    expect(resolveAppFile(posixRoot, 'app://journal/', path.posix)).toBe(`${posixRoot}/index.html`);
    expect(resolveAppFile(posixRoot, 'app://journal', path.posix)).toBe(`${posixRoot}/index.html`);
    expect(resolveAppFile(posixRoot, 'app://journal/index.html?x=1#top', path.posix)).toBe(`${posixRoot}/index.html`);
    expect(resolveAppFile(posixRoot, 'app://journal/assets/index-abc.js', path.posix)).toBe(
      `${posixRoot}/assets/index-abc.js`,
    );
    expect(resolveAppFile(posixRoot, 'app://journal/assets/%D0%B6.png', path.posix)).toBe(`${posixRoot}/assets/ж.png`);
    expect(resolveAppFile(posixRoot, 'app://journal/assets/a..b.js', path.posix)).toBe(`${posixRoot}/assets/a..b.js`);
    expect(resolveAppFile(posixRoot, 'app://journal/..hidden/x.js', path.posix)).toBe(`${posixRoot}/..hidden/x.js`);
  });

  it('refuses anything that leaves the root', () => {
    for (const url of [
      'app://journal/../secret.txt',
      'app://journal/assets/../../../etc/passwd',
      'app://journal/%2e%2e/secret.txt',
      'app://journal/%2E%2E/%2e%2e/etc/passwd',
      'app://journal/..%2fsecret.txt',
      'app://journal/assets/..%2f..%2fsecret.txt',
      'app://journal/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://journal/..%5csecret.txt',
      'app://journal/%2fetc%2fpasswd/..%2f..%2f..%2f..%2fetc%2fpasswd',
      'app://journal/index.html%00.png',
      'app://journal/%E0%A4%A',
    ]) {
      expect(resolveAppFile(posixRoot, url, path.posix), url).toBeNull();
    }
  });

  it('refuses other hosts, schemes and credentials', () => {
    for (const url of [
      'app://other/index.html',
      'app://journal.evil/index.html',
      'app://user@journal/index.html',
      'https://journal/index.html',
      'file:///opt/mektep/dist-renderer/index.html',
      'not a url',
    ]) {
      expect(resolveAppFile(posixRoot, url, path.posix), url).toBeNull();
    }
  });

  it('refuses absolute, drive-letter and UNC paths on Windows', () => {
    const winRoot = 'C:\\Program Files\\Mektep Journal\\resources\\app.asar\\dist-renderer';
    expect(resolveAppFile(winRoot, 'app://journal/assets/a.js', path.win32)).toBe(`${winRoot}\\assets\\a.js`);
    expect(resolveAppFile(winRoot, 'app://journal/', path.win32)).toBe(`${winRoot}\\index.html`);
    for (const url of [
      'app://journal/C:/Windows/win.ini',
      'app://journal/C:%5cWindows%5cwin.ini',
      'app://journal/..%5c..%5c..%5cx',
      'app://journal/assets%5c..%5c..%5cx',
      'app://journal/%2e%2e%5cx',
    ]) {
      expect(resolveAppFile(winRoot, url, path.win32), url).toBeNull();
    }
    // A UNC-looking path loses its leading slashes and stays a name under the root.
    expect(resolveAppFile(winRoot, 'app://journal/%5c%5cserver%5cshare%5cx', path.win32)).toBe(
      `${winRoot}\\server\\share\\x`,
    );
  });
});

describe('content security policy and webPreferences', () => {
  it('has no unsafe sources and covers every directive asked for', () => {
    expect(contentSecurityPolicy).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval|\*|https?:/);
    const directives = new Map(
      contentSecurityPolicy.split(';').map((part) => {
        const [name = '', ...values] = part.trim().split(/\s+/);
        return [name, values.join(' ')] as const;
      }),
    );
    expect(Object.fromEntries(directives)).toEqual({
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self'",
      'img-src': "'self' data:",
      'font-src': "'self'",
      'connect-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'frame-ancestors': "'none'",
      'form-action': "'none'",
    });
  });

  it('hardens every window', () => {
    const prefs = hardenedWebPreferences('/app/dist-main/preload.cjs');
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/dist-main/preload.cjs',
    });
  });
});

describe('the app:// file handler', () => {
  let dir: string;
  let handler: (request: Request) => Promise<Response>;

  beforeAll(() => {
    dir = makeTempDir('mektep-app-files-');
    fs.mkdirSync(path.join(dir, 'dist-renderer', 'assets'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'dist-renderer', 'index.html'), '<!doctype html><title>Mektep</title>');
    fs.writeFileSync(path.join(dir, 'dist-renderer', 'assets', 'index.js'), 'console.log(1)');
    fs.writeFileSync(path.join(dir, 'secret.txt'), 'the journal password');
    handler = createAppFileHandler(path.join(dir, 'dist-renderer'));
  });
  afterAll(() => removeDir(dir));

  it('serves index.html for the root, with the CSP and a content type', async () => {
    const response = await handler(new Request('app://journal/'));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Mektep</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves assets with their type', async () => {
    const response = await handler(new Request('app://journal/assets/index.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('never leaves the root, and puts the CSP on refusals too', async () => {
    for (const url of ['app://journal/%2e%2e/secret.txt', 'app://journal/..%2fsecret.txt', 'app://other/secret.txt']) {
      const response = await handler(new Request(url));
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('password');
      expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    }
  });

  it('answers 404 for missing files and folders, 405 for anything but GET', async () => {
    expect((await handler(new Request('app://journal/missing.js'))).status).toBe(404);
    expect((await handler(new Request('app://journal/assets'))).status).toBe(404);
    for (const method of ['POST', 'PUT', 'DELETE', 'HEAD']) {
      const response = await handler(new Request('app://journal/index.html', { method }));
      expect(response.status, method).toBe(405);
      expect(response.headers.get('allow')).toBe('GET');
    }
  });
});

describe('window.api (buildApi and the preload)', () => {
  it('gives one channel per call, all distinct', () => {
    const channels = callNames.map(channelFor);
    expect(new Set(channels).size).toBe(callNames.length);
    for (const name of callNames) expect(channelFor(name)).toBe(`api:${name}`);
  });

  it('has exactly one function per call name, each invoking its own channel', async () => {
    const invoke = vi.fn(async (channel: string, input: unknown) => ({ channel, input }));
    const api = buildApi(invoke) as unknown as Record<string, (input?: unknown) => Promise<unknown>>;
    expect(Object.keys(api).sort()).toEqual([...callNames].sort());
    for (const name of callNames) {
      const call = api[name];
      expect(typeof call, name).toBe('function');
      await expect(call?.({ probe: name })).resolves.toEqual({ channel: `api:${name}`, input: { probe: name } });
    }
    expect(invoke).toHaveBeenCalledTimes(callNames.length);
  });

  it('the preload exposes `api` and nothing else', async () => {
    fake.exposed.clear();
    fake.ipcRenderer.invoke.mockClear();
    await import('../../src-main/electron/preload');
    expect([...fake.exposed.keys()]).toEqual(['api']);
    const api = fake.exposed.get('api') as Record<string, (input?: unknown) => Promise<unknown>>;
    expect(Object.keys(api).sort()).toEqual([...callNames].sort());
    await api['session.current']?.();
    expect(fake.ipcRenderer.invoke).toHaveBeenCalledWith('api:session.current', undefined);
    expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true);
  });
});

describe('the IPC dispatcher (pure)', () => {
  const trusted = (id: number): IpcSender => ({ webContentsId: id, frameUrl: appEntryUrl, isMainFrame: true });

  function fakeRouter() {
    const seen: (string | null)[] = [];
    const router: Router = {
      dispatch(name, input, caller) {
        seen.push(caller.token);
        expect(caller.transport).toBe('ipc');
        expect(caller.address).toBeNull();
        if (name === 'session.signIn')
          return { result: { ok: true, value: 'me' }, session: { kind: 'set', token: `secret-${String(input)}` } };
        if (name === 'session.signOut') return { result: { ok: true, value: null }, session: { kind: 'clear' } };
        return { result: { ok: true, value: caller.token ? 'signed in' : 'anonymous' } };
      },
    };
    return { router, seen };
  }

  it('keeps the token in main, per window, and returns only the result', () => {
    const { router, seen } = fakeRouter();
    const ipc = createIpcDispatcher(router);
    const signedIn = ipc.dispatch(trusted(1), 'session.signIn', 'a');
    expect(signedIn).toEqual({ ok: true, value: 'me' });
    expect(JSON.stringify(signedIn)).not.toContain('secret');
    expect(ipc.dispatch(trusted(1), 'session.current', undefined)).toEqual({ ok: true, value: 'signed in' });
    expect(ipc.dispatch(trusted(2), 'session.current', undefined)).toEqual({ ok: true, value: 'anonymous' });
    expect(seen).toEqual([null, 'secret-a', null]);

    ipc.dispatch(trusted(1), 'session.signOut', undefined);
    expect(ipc.hasSession(1)).toBe(false);
    ipc.dispatch(trusted(1), 'session.signIn', 'b');
    ipc.forget(1);
    expect(ipc.dispatch(trusted(1), 'session.current', undefined)).toEqual({ ok: true, value: 'anonymous' });
  });

  it('refuses calls from other origins, subframes and gone frames', () => {
    const { router, seen } = fakeRouter();
    const ipc = createIpcDispatcher(router);
    const refused: IpcSender[] = [
      { webContentsId: 1, frameUrl: 'https://example.com/', isMainFrame: true },
      { webContentsId: 1, frameUrl: 'file:///tmp/x.html', isMainFrame: true },
      { webContentsId: 1, frameUrl: appEntryUrl, isMainFrame: false },
      { webContentsId: 1, frameUrl: null, isMainFrame: true },
    ];
    for (const sender of refused) {
      expect(() => ipc.dispatch(sender, 'session.current', undefined), String(sender.frameUrl)).toThrow(
        UntrustedSenderError,
      );
    }
    expect(seen).toEqual([]);
  });
});

describe('the IPC adapter (ipc.ts) over a real router', () => {
  let t: TestApp;
  let destroyedListeners: Map<number, Listener>;

  const webContents = (id: number) => ({
    id,
    once: (event: string, listener: Listener) => {
      if (event === 'destroyed') destroyedListeners.set(id, listener);
    },
  });
  const eventFrom = (id: number, url: string | null, parent: unknown = null) => ({
    sender: webContents(id),
    senderFrame: url === null ? null : { url, parent },
  });
  const invoke = async (name: CallName, event: unknown, input?: unknown) => {
    const listener = fake.handlers.get(channelFor(name));
    if (!listener) throw new Error(`no handler for ${name}`);
    return (await listener(event, input)) as ApiResult<unknown>;
  };

  beforeEach(async () => {
    t = openTestApp();
    setupSchool(t);
    destroyedListeners = new Map();
    const { registerIpc } = await import('../../src-main/electron/ipc');
    registerIpc(t.router);
  });
  afterEach(async () => {
    const { unregisterIpc } = await import('../../src-main/electron/ipc');
    unregisterIpc();
    t.close();
  });

  it('registers exactly one channel per call name', () => {
    expect([...fake.handlers.keys()].sort()).toEqual(callNames.map(channelFor).sort());
  });

  it('signs in without handing the token to the renderer, and forgets it with the window', async () => {
    const window = eventFrom(7, appEntryUrl);
    const { login, password } = adminCredentials;
    const signedIn = await invoke('session.signIn', window, { login, password });
    expect(signedIn.ok).toBe(true);
    const sessions = t.db.sqlite.prepare('select * from session').all() as Record<string, unknown>[];
    expect(sessions.length).toBe(1);
    const text = JSON.stringify(signedIn);
    for (const value of Object.values(sessions[0] ?? {})) {
      if (typeof value === 'string' && value.length >= 16) expect(text).not.toContain(value);
    }

    const current = await invoke('session.current', window);
    expect(current).toMatchObject({ ok: true, value: { login } });
    // Another window has no session of its own.
    expect(await invoke('users.list', eventFrom(8, appEntryUrl))).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });

    destroyedListeners.get(7)?.();
    expect(await invoke('session.current', window)).toEqual({ ok: true, value: null });
  });

  it('refuses calls from frames outside the app', async () => {
    await expect(invoke('setup.status', eventFrom(9, 'https://example.com/'))).rejects.toThrow(UntrustedSenderError);
    await expect(invoke('setup.status', eventFrom(9, appEntryUrl, { url: appEntryUrl }))).rejects.toThrow(
      UntrustedSenderError,
    );
    await expect(invoke('setup.status', eventFrom(9, null))).rejects.toThrow(UntrustedSenderError);
    expect(await invoke('setup.status', eventFrom(9, appEntryUrl))).toMatchObject({ ok: true });
  });
});

describe('safeOpenExternal', () => {
  it('passes https links to the shell and refuses the rest', async () => {
    const { safeOpenExternal } = await import('../../src-main/electron/safe-open-external');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    fake.shell.openExternal.mockClear();
    expect(await safeOpenExternal('https://edu.gov.kg/')).toBe(true);
    expect(await safeOpenExternal('file:///C:/Windows/system32/calc.exe')).toBe(false);
    expect(await safeOpenExternal('http://edu.gov.kg/')).toBe(false);
    expect(fake.shell.openExternal.mock.calls).toEqual([['https://edu.gov.kg/']]);
    warn.mockRestore();
  });
});

describe('security.ts wiring', () => {
  it('blocks navigation, redirects, webviews and new windows; refuses permissions', async () => {
    const { hardenSession, hardenWebContents, secureWebPreferences } = await import('../../src-main/electron/security');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const listeners = new Map<string, Listener>();
    let openHandler: Listener | undefined;
    const contents = {
      on: (event: string, listener: Listener) => listeners.set(event, listener),
      setWindowOpenHandler: (handler: Listener) => (openHandler = handler),
    };
    hardenWebContents(contents as never);

    const prevented = (event: string, ...args: unknown[]) => {
      const e = { preventDefault: vi.fn() };
      listeners.get(event)?.(e, ...args);
      return e.preventDefault.mock.calls.length > 0;
    };
    expect(prevented('will-navigate', 'https://example.com/')).toBe(true);
    expect(prevented('will-navigate', 'app://journal/index.html')).toBe(false);
    expect(prevented('will-redirect', 'http://127.0.0.1:4310/')).toBe(true);
    expect(prevented('will-redirect', 'app://journal/index.html')).toBe(false);
    expect(prevented('will-attach-webview')).toBe(true);
    const frameEvent = (url: string) => ({ url, preventDefault: vi.fn() });
    const outside = frameEvent('https://example.com/');
    listeners.get('will-frame-navigate')?.(outside);
    expect(outside.preventDefault).toHaveBeenCalled();
    expect(openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });

    const handlers: Record<string, Listener> = {};
    const session = {
      setPermissionRequestHandler: (h: Listener) => (handlers.request = h),
      setPermissionCheckHandler: (h: Listener) => (handlers.check = h),
      setDevicePermissionHandler: (h: Listener) => (handlers.device = h),
    };
    hardenSession(session as never);
    const callback = vi.fn();
    handlers.request?.({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(handlers.check?.({}, 'notifications')).toBe(false);
    expect(handlers.device?.({})).toBe(false);

    expect(secureWebPreferences('/x/preload.cjs')).toEqual(hardenedWebPreferences('/x/preload.cjs'));
    warn.mockRestore();
  });
});

describe('scripts/start-electron.mjs without an Electron binary', () => {
  it('says so in one line and exits 1', () => {
    const empty = makeTempDir('mektep-no-electron-');
    try {
      const run = spawnSync(process.execPath, [path.join(root, 'scripts', 'start-electron.mjs'), '--db', 'x.sqlite'], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: empty },
      });
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      const lines = run.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain('npm run web');
      expect(lines[0]).toContain('http://127.0.0.1:4310');
    } finally {
      removeDir(empty);
    }
  });
});
