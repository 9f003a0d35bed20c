/**
 * The Electron main process, kept thin: one instance, the database opened before the first window,
 * the API router behind one IPC channel per call, the renderer served from `app://journal/`, and the
 * hardening from `security.ts`. No business rules live here.
 */
import { app, BrowserWindow, dialog, Menu, net, protocol, session, shell, type WebContents } from 'electron';
import path from 'node:path';
import { createRouter } from '../api/router';
import { closeDatabase, openDatabase, type Database } from '../db/connection';
import { defaultDatabaseFile } from '../db/paths';
import { createAppFileHandler } from './app-files';
import { useFontsFolder } from '../print/fonts';
import { PrintJobs } from '../print/jobs';
import { installBackups, type BackupScheduler } from '../backup/scheduler';
import { platformWatcher } from '../backup/drives/platform-watcher';
import { printedFileLink } from '../print/file-links';
import { resolveSession } from '../accounts/sessions';
import { registerIpc } from './ipc';
import { appEntryUrl, appScheme, databaseArgument } from './policy';
import { hardenSession, hardenWebContents, secureWebPreferences } from './security';
import type { AppContext } from '../api/context';
import { createNetworkService, type NetworkService } from '../network/service';
import { CrashReporter, type CrashKind } from '../startup/crash-log';
import { DriveReleases } from '../updates/drive-releases';
import { UpdateService } from '../updates/update-service';
import { claimSingleInstance } from './single-instance';
import { mainTexts } from './main-texts';
import { prepareDatabase } from './startup-dialogs';
import { electronUpdaters } from './updater';

let mainWindow: BrowserWindow | null = null;
let database: Database | null = null;
let backups: BackupScheduler | null = null;
let driveReleases: DriveReleases | null = null;
/** The school-network listener; closed (requests in flight finished) before the program quits. */
let network: NetworkService | null = null;
let networkClosed = false;
/** Set once the database is open: opens a printed file for the window that asks, if its session may. */
let openPrinted: ((contents: WebContents, url: string) => boolean) | null = null;

/** `--db FILE`, else `journal.sqlite` in the user-data folder. */
function databaseFile(): string {
  const fromArgs = databaseArgument(process.argv);
  if (fromArgs) return path.resolve(fromArgs);
  return path.join(app.getPath('userData'), path.basename(defaultDatabaseFile()));
}

/** Packaged: `resources/drizzle` (electron-builder's extraResources); otherwise the project's `drizzle/`. */
function migrationsFolder(): string {
  return app.isPackaged ? path.join(process.resourcesPath, 'drizzle') : path.join(app.getAppPath(), 'drizzle');
}

/** The built renderer: `dist-renderer/` beside `dist-main/` (inside app.asar when packaged). */
function rendererRoot(): string {
  return path.join(app.getAppPath(), 'dist-renderer');
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Mektep Journal',
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(path.join(__dirname, 'preload.cjs')),
  });
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  void window.loadURL(appEntryUrl);
  return window;
}

/** An error nothing caught: logged to `crash.log` in the user-data folder and told calmly. */
async function showCrash(kind: CrashKind, logFile: string): Promise<void> {
  const fatal = kind === 'uncaughtException';
  const message = `${mainTexts.crash}\n${logFile}\n\n${fatal ? mainTexts.crashCloses : mainTexts.crashContinues}`;
  if (!app.isReady()) return dialog.showErrorBox(mainTexts.title, message);
  await dialog.showMessageBox({
    type: fatal ? 'error' : 'warning',
    title: mainTexts.title,
    message,
    buttons: [mainTexts.ok],
  });
}

// Before anything else, so that an error while starting is caught too.
new CrashReporter({
  logFile: path.join(app.getPath('userData'), 'crash.log'),
  version: app.getVersion(),
  show: showCrash,
  // After 'ready' the usual quit closes the database (and makes the closing backup); before, nothing is open.
  close: () => (app.isReady() ? app.quit() : app.exit(1)),
}).install(process);

/** The program's updates: electron-updater when packaged (an unpackaged run has no release feed). */
function installUpdates(context: AppContext, watcher: ReturnType<typeof platformWatcher>): void {
  const updates = new UpdateService(context, {
    currentVersion: app.getVersion(),
    updaterFor: app.isPackaged ? electronUpdaters() : null,
    isOnline: () => net.isOnline(),
    // Long enough for the screen to get its answer before the program closes under it.
    later: (work) => setTimeout(work, 1500),
  });
  context.updates = updates;
  driveReleases = new DriveReleases(updates, watcher).start();
  // Once the office is at work, not in the middle of starting; the timer never keeps the program alive.
  setTimeout(() => void updates.checkOnStart(), 15_000).unref();
}

async function start(): Promise<void> {
  const file = databaseFile();
  // Locked by another copy, from a newer version, damaged: said calmly, with a backup to restore.
  if (!(await prepareDatabase(file, migrationsFolder()))) {
    app.quit();
    return;
  }
  try {
    database = openDatabase(file, { migrationsFolder: migrationsFolder() });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    dialog.showErrorBox(
      'Mektep Journal',
      `Журналдын базасын ачуу мүмкүн болгон жок.\nНе удалось открыть базу журнала.\n\n${file}\n\n${reason}`,
    );
    app.exit(1);
    return;
  }

  // Packaged, the fonts for printed documents are in resources/fonts (electron-builder's extraResources).
  if (app.isPackaged) useFontsFolder(path.join(process.resourcesPath, 'fonts'));
  const prints = new PrintJobs(database, path.join(app.getPath('documents'), 'Mektep Journal'));
  const context: AppContext = { db: database, now: () => new Date(), prints };
  // Local backups on a schedule, before risky actions and on quitting; a restore swaps inside `database`.
  const watcher = platformWatcher();
  backups = installBackups(context, { migrationsFolder: migrationsFolder(), driveWatcher: watcher });
  // The same drives are looked at for a release of the program.
  installUpdates(context, watcher);
  backups.start();
  const router = createRouter(context);
  const dispatcher = registerIpc(router);
  // Off until the administrator switches it on; its certificate lives beside the database.
  const db = database;
  network = createNetworkService({
    app: context,
    router,
    staticRoot: rendererRoot(),
    folder: path.join(path.dirname(file), 'network'),
    printFile: (jobId, index, token) => {
      const user = token ? resolveSession(db, token, new Date()) : null;
      const found = user && !user.mustChangePassword ? prints.file(jobId, user.userId, index) : null;
      return found ? { file: found, name: path.basename(found) } : null;
    },
  });
  context.network = network;
  network.apply();
  openPrinted = (contents, url) => {
    const link = printedFileLink(url);
    const token = dispatcher.tokenOf(contents.id);
    if (!link || !token || !database) return false;
    const user = resolveSession(database, token, new Date());
    const file = user && !user.mustChangePassword ? prints.file(link.jobId, user.userId, link.index) : null;
    if (!file) return false;
    void shell.openPath(file).then((error) => {
      if (error) console.error(`Could not open ${file}: ${error}`);
    });
    return true;
  };
  hardenSession(session.defaultSession);
  protocol.handle(appScheme, createAppFileHandler(rendererRoot()));
  if (app.isPackaged) Menu.setApplicationMenu(null);
  mainWindow = createWindow();
}

// Chromium's own controls (date inputs) follow its locale: Russian writes dates 23.11.2026, as the
// office does; Chromium has no Kyrgyz locale data to offer.
app.commandLine.appendSwitch('lang', 'ru');

// Before 'ready': app:// behaves like https (a secure, standard origin with fetch).
protocol.registerSchemesAsPrivileged([
  { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);

// Another instance holds the journal: it comes to the front, this one leaves.
if (claimSingleInstance(app, () => mainWindow)) {
  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, (url) => openPrinted?.(contents, url) ?? false),
  );
  // Not while starting: the passphrase window of a restore at start may be the only one for a moment.
  app.on('window-all-closed', () => {
    if (database) app.quit();
  });
  app.on('activate', () => {
    if (database && BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
  });
  // Teachers' requests in flight finish before the database closes.
  app.on('before-quit', (event) => {
    if (!network || networkClosed) return;
    event.preventDefault();
    void network.close().finally(() => {
      networkClosed = true;
      app.quit();
    });
  });
  app.on('will-quit', () => {
    driveReleases?.close();
    backups?.closing();
    if (database) closeDatabase(database);
    database = null;
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('Mektep Journal could not start:', error);
      app.exit(1);
    });
}
