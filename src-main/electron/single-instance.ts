/**
 * One program per computer user: a second launch hands over to the first (which comes to the front)
 * and leaves. Electron's `app` and the window are passed in, so the unit tests use small fakes.
 */

export interface InstanceApp {
  requestSingleInstanceLock(): boolean;
  quit(): void;
  on(event: 'second-instance', listener: () => void): unknown;
}

export interface FocusableWindow {
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

/** Brings the window forward, from the taskbar if it was minimized. */
export function focusWindow(window: FocusableWindow | null): void {
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

/** True when this is the first instance (it keeps running); false when it must leave (it quits). */
export function claimSingleInstance(app: InstanceApp, mainWindow: () => FocusableWindow | null): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => focusWindow(mainWindow()));
  return true;
}
