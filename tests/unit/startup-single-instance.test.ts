/**
 * One program per user: the first launch takes the lock and, told of a second launch, brings its
 * window to the front; a second launch leaves at once. Checked on `claimSingleInstance` with a fake
 * app and window, and on main.ts itself with `electron` replaced by a stub (no window is ever made).
 */
import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { claimSingleInstance, type FocusableWindow } from '../../src-main/electron/single-instance';

class FakeApp extends EventEmitter {
  quits = 0;
  constructor(private readonly lock: boolean) {
    super();
  }
  requestSingleInstanceLock(): boolean {
    return this.lock;
  }
  quit(): void {
    this.quits++;
  }
}

function fakeWindow(minimized: boolean) {
  const calls: string[] = [];
  const window: FocusableWindow = {
    isMinimized: () => minimized,
    restore: () => void calls.push('restore'),
    show: () => void calls.push('show'),
    focus: () => void calls.push('focus'),
  };
  return { window, calls };
}

describe('claimSingleInstance', () => {
  it('lets a second launch leave at once, listening for nothing', () => {
    const app = new FakeApp(false);
    expect(claimSingleInstance(app, () => null)).toBe(false);
    expect(app.quits).toBe(1);
    expect(app.listenerCount('second-instance')).toBe(0);
  });

  it('brings the first window forward, restoring it when minimized, when a second launch is made', () => {
    const app = new FakeApp(true);
    const minimized = fakeWindow(true);
    let current: FocusableWindow | null = null;
    expect(claimSingleInstance(app, () => current)).toBe(true);
    expect(app.quits).toBe(0);
    app.emit('second-instance'); // before the window exists: nothing to do, nothing fails
    current = minimized.window;
    app.emit('second-instance');
    expect(minimized.calls).toEqual(['restore', 'show', 'focus']);
    const open = fakeWindow(false);
    current = open.window;
    app.emit('second-instance');
    expect(open.calls).toEqual(['show', 'focus']);
  });
});

/** Stand-ins for everything main.ts touches of `electron` when it is loaded. */
const electron = vi.hoisted(() => {
  const handlers = new Map<string, unknown[]>();
  const state = { lock: true };
  const app = {
    isPackaged: false,
    getPath: vi.fn(() => '/tmp/mektep-user-data'),
    getVersion: vi.fn(() => '1.2.3'),
    getAppPath: vi.fn(() => '/tmp/mektep-app'),
    isReady: vi.fn(() => false),
    commandLine: { appendSwitch: vi.fn() },
    requestSingleInstanceLock: vi.fn(() => state.lock),
    quit: vi.fn(),
    exit: vi.fn(),
    on: vi.fn((event: string, listener: unknown) => {
      handlers.set(event, [...(handlers.get(event) ?? []), listener]);
      return app;
    }),
    // Never ready: the test looks at what main.ts does on loading, not at a start.
    whenReady: vi.fn(() => new Promise<void>(() => undefined)),
  };
  return { app, handlers, state };
});

vi.mock('electron', () => ({
  app: electron.app,
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
  BrowserWindow: Object.assign(vi.fn(), { getAllWindows: vi.fn(() => []) }),
  dialog: { showErrorBox: vi.fn(), showMessageBox: vi.fn() },
  Menu: { setApplicationMenu: vi.fn() },
  net: { isOnline: vi.fn(() => true) },
  session: { defaultSession: {} },
  shell: { openPath: vi.fn(), openExternal: vi.fn() },
  ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn() },
}));

describe('main.ts', () => {
  const crashListeners = () => [...process.listeners('uncaughtException'), ...process.listeners('unhandledRejection')];
  let before: unknown[] = [];

  /** Loads main.ts afresh with the lock as given. */
  async function load(lock: boolean) {
    vi.resetModules();
    electron.handlers.clear();
    electron.app.quit.mockClear();
    electron.app.whenReady.mockClear();
    electron.state.lock = lock;
    before = crashListeners();
    await import('../../src-main/electron/main');
  }

  afterEach(() => {
    // main.ts listens on the real process for crashes: not beyond this test.
    for (const l of process.listeners('uncaughtException')) {
      if (!before.includes(l)) process.off('uncaughtException', l);
    }
    for (const l of process.listeners('unhandledRejection')) {
      if (!before.includes(l)) process.off('unhandledRejection', l);
    }
  });

  it('quits at once as a second launch, without starting anything', async () => {
    await load(false);
    expect(electron.app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(electron.app.quit).toHaveBeenCalledTimes(1);
    expect(electron.app.whenReady).not.toHaveBeenCalled();
    expect(electron.handlers.has('second-instance')).toBe(false);
    // The crash log listens even so: an error while leaving is logged too.
    expect(crashListeners().length).toBe(before.length + 2);
  });

  it('as the first launch, listens for a second one and waits for Electron to be ready', async () => {
    await load(true);
    expect(electron.app.quit).not.toHaveBeenCalled();
    expect(electron.app.whenReady).toHaveBeenCalledTimes(1);
    expect(electron.handlers.get('second-instance')).toHaveLength(1);
    expect(electron.handlers.has('will-quit')).toBe(true);
  });
});
