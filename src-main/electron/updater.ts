/**
 * electron-updater behind the program's boundary (src-main/updates/updater-port.ts). The internet
 * feed is the one the package was built with (app-update.yml); a flash drive's release gets a fresh
 * updater of the very same class, pointed at the drive's folder through a generic provider on the
 * loopback URL the update service serves it on — so it is read, checked (sha512) and installed
 * exactly as an update from the internet.
 */
import { autoUpdater, type AppUpdater } from 'electron-updater';
import type { UpdateFeed, UpdaterFactory, UpdaterPort } from '../updates/updater-port';

function adapt(updater: AppUpdater): UpdaterPort {
  // An 'error' event nobody listens to is thrown by Node: the failure already rejects the promise the
  // service awaits (and says so on the screen), so here it is only logged.
  updater.on('error', (error) => console.error(`electron-updater: ${error.message}`));
  return {
    get autoDownload() {
      return updater.autoDownload;
    },
    set autoDownload(value: boolean) {
      updater.autoDownload = value;
    },
    get autoInstallOnAppQuit() {
      return updater.autoInstallOnAppQuit;
    },
    set autoInstallOnAppQuit(value: boolean) {
      updater.autoInstallOnAppQuit = value;
    },
    checkForUpdates: () => updater.checkForUpdates(),
    downloadUpdate: () => updater.downloadUpdate(),
    quitAndInstall: (isSilent, isForceRunAfter) => updater.quitAndInstall(isSilent, isForceRunAfter),
    onAvailable: (listener) => void updater.on('update-available', (info) => listener({ version: info.version })),
    onNotAvailable: (listener) =>
      void updater.on('update-not-available', (info) => listener({ version: info.version })),
    onProgress: (listener) =>
      void updater.on('download-progress', (p) =>
        listener({ percent: p.percent, transferred: p.transferred, total: p.total }),
      ),
    onDownloaded: (listener) => void updater.on('update-downloaded', (info) => listener({ version: info.version })),
  };
}

type UpdaterClass = new (options: { provider: 'generic'; url: string }) => AppUpdater;

export function electronUpdaters(): UpdaterFactory {
  let internet: UpdaterPort | null = null;
  return (feed: UpdateFeed) => {
    if (feed.kind === 'internet') {
      internet ??= adapt(autoUpdater);
      return internet;
    }
    // NsisUpdater on Windows, AppImage/Deb on Linux: whichever electron-updater chose for this package.
    const Same = autoUpdater.constructor as UpdaterClass;
    const updater = new Same({ provider: 'generic', url: feed.url });
    // The loopback server serves the channel file and the installer only: no blockmaps, so whole files.
    updater.disableDifferentialDownload = true;
    return adapt(updater);
  };
}
