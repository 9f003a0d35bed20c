import path from 'node:path';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { closeDatabase, openDatabase } from '../db/connection';
import { defaultDatabaseFile, migrationsFolder, projectRoot } from '../db/paths';
import { createRouter } from '../api/router';
import type { AppContext } from '../api/context';
import { startWebServer } from './server';
import { clockFromEnvironment } from './test-clock';
import { resolveSession } from '../accounts/sessions';
import { PrintJobs } from '../print/jobs';
import { installBackups } from '../backup/scheduler';
import { FolderWatcher } from '../backup/drives/folder-watcher';
import { platformWatcher } from '../backup/drives/platform-watcher';
import { createNetworkService } from '../network/service';

const usage = `Usage: npm run web -- [--port N] [--host ADDRESS] [--db FILE]
Serves Mektep Journal to a browser on this computer (http://127.0.0.1:4310 by default).
  --port N        the port (0 picks a free one)
  --host ADDRESS  listen on another address; only 127.0.0.1 is private to this computer
  --db FILE       the journal's database file (default: ${defaultDatabaseFile()})
  --network-port N, --network-host ADDRESS
                  where the school-network listener binds when access is switched on in the program
                  (default: the port of its setting, every interface; tests: 0 and 127.0.0.1)`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4310' },
      host: { type: 'string', default: '127.0.0.1' },
      db: { type: 'string' },
      'network-port': { type: 'string' },
      'network-host': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Not a port number: ${values.port}`);
  const staticRoot = path.join(projectRoot(), 'dist-renderer');
  if (!fs.existsSync(path.join(staticRoot, 'index.html'))) {
    throw new Error('The screens are not built: run "npm run build:renderer" (npm run web does it for you).');
  }
  const file = values.db ?? defaultDatabaseFile();
  const db = openDatabase(file, { migrationsFolder: migrationsFolder() });
  const testClock = clockFromEnvironment();
  if (testClock) console.warn(`The clock is the test clock in ${process.env.MEKTEP_TEST_CLOCK_FILE}.`);
  const now = testClock ?? (() => new Date());
  // Printed PDFs go beside the database, one folder per print job.
  const prints = new PrintJobs(db, path.join(path.dirname(path.resolve(file)), 'prints'));
  const app: AppContext = { db, now, prints };
  // Backups to the local folder (beside the database unless the administrator chose one): on a
  // schedule, before risky actions, on closing. A restore swaps the database inside `db` itself.
  // Tests stand a folder in for the place flash drives appear (each subfolder a drive).
  const drivesFolder = process.env.MEKTEP_TEST_DRIVES_FOLDER;
  if (drivesFolder) console.warn(`Flash drives are the folders in ${drivesFolder} (MEKTEP_TEST_DRIVES_FOLDER).`);
  const driveWatcher = drivesFolder ? new FolderWatcher(drivesFolder) : platformWatcher();
  const backups = installBackups(app, { migrationsFolder: migrationsFolder(), driveWatcher });
  backups.start();
  const router = createRouter(app);
  const printFile = (jobId: string, index: number, token: string | null) => {
    const session = token ? resolveSession(db, token, now()) : null;
    if (!session || session.mustChangePassword) return null;
    const found = prints.file(jobId, session.userId, index);
    return found ? { file: found, name: path.basename(found) } : null;
  };
  const server = await startWebServer({ router, staticRoot, host: values.host, port, printFile });
  // The school's network: its own HTTPS listener, started when the stored setting says so. Its
  // certificate lives in a `network` folder beside the database.
  const networkPort = values['network-port'] === undefined ? undefined : Number(values['network-port']);
  if (networkPort !== undefined && !(Number.isInteger(networkPort) && networkPort >= 0 && networkPort <= 65535)) {
    throw new Error(`Not a port number: ${values['network-port']}`);
  }
  const network = createNetworkService({
    app,
    router,
    staticRoot,
    printFile,
    folder: path.join(path.dirname(path.resolve(file)), 'network'),
    ...(values['network-host'] ? { host: values['network-host'] } : {}),
    ...(networkPort !== undefined ? { port: networkPort } : {}),
    onListening: (listening) => console.log(`Mektep Journal network: ${listening.url}`),
  });
  app.network = network;
  network.apply();
  if (values.host !== '127.0.0.1' && values.host !== 'localhost') {
    console.warn(`Listening on ${values.host}: other computers on the network can reach this page.`);
  }
  console.log(`Mektep Journal: ${server.url}  (database: ${file})`);

  const stop = () => {
    void Promise.all([network.close(), server.close(), prints.closeAll()]).then(() => {
      backups.closing();
      closeDatabase(db);
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
