/**
 * Window hardening in one place. The decisions are pure functions in `policy.ts` (unit-tested); this
 * file only attaches them to Electron's sessions, windows and web contents.
 */
import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron';
import { hardenedWebPreferences, isAllowedNavigation } from './policy';

export function secureWebPreferences(preloadPath: string): BrowserWindowConstructorOptions['webPreferences'] {
  return { ...hardenedWebPreferences(preloadPath) };
}

/** No permission (camera, notifications, geolocation, USB, …) is granted to web content. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/** Every web contents, the window's and any other: no navigation away, no new windows, no webviews. */
/**
 * `openPrinted` gets a link the page tried to open in a new window; it returns true when the link was
 * a printed file it opened itself (in the system's PDF viewer). Every other new window is refused.
 */
export function hardenWebContents(contents: WebContents, openPrinted?: (url: string) => boolean): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url)) {
      event.preventDefault();
      console.warn(`Blocked navigation to ${url}`);
    }
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url)) {
      event.preventDefault();
      console.warn(`Blocked redirect to ${url}`);
    }
  });
  // Subframes too (the app has none; a frame that appears anyway stays on the app's origin).
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (openPrinted?.(url)) return { action: 'deny' };
    console.warn(`Blocked a new window for ${url}`);
    return { action: 'deny' };
  });
}
