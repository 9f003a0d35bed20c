import type { AppContext } from '../api/context';
import type { ListenerState } from '../api/contract/network';
import type { Router } from '../api/router';
import type { WebHandlerOptions } from '../web/handler';
import { school } from '../db/schema';
import { hostNames, isOfficeAddress, networkAddresses } from './addresses';
import { loadOrCreateCertificate, readCertificate, type StoredCertificate } from './certificate-store';
import { startNetworkServer, type NetworkServer } from './listener';
import { readNetworkSettings } from './settings';

/** What the API's handlers see of the network listener (`AppContext.network`). */
export interface NetworkControl {
  listener(): { state: ListenerState; port: number | null; error: string | null };
  /** The school's certificate, if it has been made. */
  certificate(): StoredCertificate | null;
  /**
   * Makes the listener follow the stored settings (start, move to another port, or stop), on a later
   * turn: called inside a transaction, it acts on what was committed.
   */
  apply(): void;
  /** Whether an address is the office PC's own (the listener's own decision). */
  isOffice(address: string | null): boolean;
}

export interface NetworkServiceOptions extends Omit<WebHandlerOptions, 'router'> {
  app: AppContext;
  /** The plain router; the listener puts the network's gate in front of it. */
  router: Router;
  /** Where the certificate lives: a `network` folder beside the database. */
  folder: string;
  /** Overrides for tests and `npm run web`: the address to bind and the port (0: any free one). */
  host?: string;
  port?: number;
  isOffice?: (address: string | null) => boolean;
  /** Told each time the listener starts, with its URL (browser mode prints it). */
  onListening?: (server: NetworkServer) => void;
}

export interface NetworkService extends NetworkControl {
  /** The running listener, if any (tests use its port). */
  server(): NetworkServer | null;
  /** Resolves once every `apply` asked so far has been carried out. */
  settled(): Promise<void>;
  /** The program is closing: the listener drains and closes; nothing starts it again. */
  close(): Promise<void>;
}

function errorCode(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') return error.code;
  return error instanceof Error ? error.message : String(error);
}

/**
 * The network listener's life on the office PC, separate from the office window and browser mode:
 * started when the stored setting says so (at launch and after `network.configure`), stopped when it
 * is switched off and when the program closes.
 */
export function createNetworkService(options: NetworkServiceOptions): NetworkService {
  const { app } = options;
  const isOffice = options.isOffice ?? ((address: string | null) => isOfficeAddress(address));
  let running: NetworkServer | null = null;
  let state: ListenerState = 'off';
  let error: string | null = null;
  let closed = false;
  let chain = Promise.resolve();

  const subject = () => {
    const row = app.db.orm.select({ nameKy: school.nameKy }).from(school).get();
    const names = hostNames();
    return {
      commonName: row?.nameKy ?? 'Mektep Journal',
      dnsNames: ['localhost', ...names, ...names.map((n) => `${n}.local`)],
      ipAddresses: ['127.0.0.1', ...networkAddresses()],
    };
  };

  async function stop(): Promise<void> {
    const server = running;
    if (!server) return;
    state = 'closing';
    await server.close();
    running = null;
    state = 'off';
  }

  async function reconcile(): Promise<void> {
    if (closed) return;
    const settings = readNetworkSettings(app.db);
    const port = options.port ?? settings.port;
    if (!settings.enabled) return stop();
    if (running && (options.port !== undefined || running.port === port)) return;
    await stop();
    state = 'starting';
    error = null;
    try {
      const certificate = loadOrCreateCertificate(options.folder, subject, app.now());
      running = await startNetworkServer({ ...options, router: options.router, app, certificate, port, isOffice });
      state = 'on';
      options.onListening?.(running);
    } catch (failure) {
      state = 'failed';
      error = errorCode(failure);
      console.error(`The network listener could not start on port ${port}:`, failure);
    }
  }

  const enqueue = (step: () => Promise<void>) => {
    chain = chain.then(step, step);
    return chain;
  };

  return {
    listener: () => ({ state, port: running?.port ?? null, error }),
    certificate: () => readCertificate(options.folder, app.now()),
    apply: () => void enqueue(reconcile),
    isOffice,
    server: () => running,
    settled: () => chain,
    close: () => {
      closed = true;
      return enqueue(stop);
    },
  };
}
