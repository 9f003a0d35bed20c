/*
 * The boundary to electron-updater: the few members of its AppUpdater the program uses. The Electron
 * shell adapts the real one (src-main/electron/updater.ts); tests pass a fake. Everything on this side
 * of the boundary runs under plain Node.
 */

export interface UpdateInfo {
  version: string;
}

export interface DownloadProgress {
  percent: number;
  transferred: number;
  total: number;
}

export interface UpdaterPort {
  /** Set to false by the service: nothing is downloaded without the user's word. */
  autoDownload: boolean;
  /** Set to false by the service: nothing is installed on quitting without the user's word. */
  autoInstallOnAppQuit: boolean;
  /** Asks the feed; the answer comes as `available` or `notAvailable`; rejects when it cannot ask. */
  checkForUpdates(): Promise<unknown>;
  /** Downloads what the last check found and checks its sha512; `downloaded` follows; rejects on failure. */
  downloadUpdate(): Promise<unknown>;
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void;
  /** electron-updater's events 'update-available', 'update-not-available', 'download-progress', 'update-downloaded'. */
  onAvailable(listener: (info: UpdateInfo) => void): void;
  onNotAvailable(listener: (info: UpdateInfo) => void): void;
  onProgress(listener: (progress: DownloadProgress) => void): void;
  onDownloaded(listener: (info: UpdateInfo) => void): void;
}

/** Where an updater reads releases: the feed the package was built with, or a flash drive's folder. */
export type UpdateFeed = { kind: 'internet' } | { kind: 'drive'; url: string };

export type UpdaterFactory = (feed: UpdateFeed) => UpdaterPort;
