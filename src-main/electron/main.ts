/**
 * The Electron main process, kept thin: one instance, the database opened before the first window,
 * the API router behind one IPC channel per call, the renderer served from `app://journal/`, and the
 * hardening from `security.ts`. No business rules live here.
 */
import { app, BrowserWindow, dialog, Menu, protocol, session, shell, type WebContents } from 'electron';
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
import type { AppContext } from '../api/context';
import { createNetworkService, type NetworkService } from '../network/service';
import { appEntryUrl, appScheme, databaseArgument } from './policy';
import { hardenSession, hardenWebContents, secureWebPreferences } from './security';

let mainWindow: BrowserWindow | null = null;
let database: Database | null = null;
let backups: BackupScheduler | null = null;
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

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function start(): void {
  const file = databaseFile();
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
  backups = installBackups(context, { migrationsFolder: migrationsFolder(), driveWatcher: platformWatcher() });
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

if (!app.requestSingleInstanceLock()) {
  // Another instance holds the journal: it gets the focus (below), this one leaves.
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, (url) => openPrinted?.(contents, url) ?? false),
  );
  app.on('window-all-closed', () => app.quit());
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
