import { ApiError } from '../api/api-error';
import type { CallContext } from '../api/context';
import { signedInUser } from '../api/context';
import type { NetworkSettings, NetworkStatus } from '../api/contract/network';
import { isOfficeAddress, networkAddresses } from './addresses';
import { connectedSessions, endRemoteSessions } from './connected';
import { qrMatrix } from './qr';
import {
  defaultNetworkSettings,
  networkSettingKey,
  readNetworkSettings,
  storedNetworkValue,
  writeNetworkSettings,
} from './settings';

/** Network access is managed at the office PC only: its window, or a browser on the PC itself. */
function requireOffice(ctx: CallContext): void {
  const isOffice = ctx.app.network?.isOffice ?? ((address: string | null) => isOfficeAddress(address));
  if (ctx.caller.transport !== 'ipc' && !isOffice(ctx.caller.address)) {
    throw new ApiError('FORBIDDEN', { rule: 'network.officeOnly' });
  }
}

export function networkStatus(ctx: CallContext): NetworkStatus {
  requireOffice(ctx);
  const db = ctx.app.db;
  const settings = readNetworkSettings(db);
  const control = ctx.app.network;
  const listener = control?.listener() ?? { state: 'unavailable' as const, port: null, error: null };
  const stored = control?.certificate() ?? null;
  const port = listener.port ?? settings.port;
  const isOffice = control?.isOffice ?? ((address: string | null) => isOfficeAddress(address));
  return {
    settings,
    defaults: defaultNetworkSettings,
    listener,
    addresses: networkAddresses().map((address) => {
      const url = `https://${address}:${port}/`;
      const inCertificate = (stored?.subjectAltName ?? '').split(', ').includes(`IP Address:${address}`);
      return { address, url, inCertificate, qr: qrMatrix(url) };
    }),
    certificate: stored && { fingerprint: stored.fingerprint, validTo: stored.validTo, names: stored.subjectAltName },
    connected: connectedSessions(db, isOffice, settings.idleMinutes, ctx.now),
  };
}

/**
 * Stores the settings (audited, old → new). Switching access off signs out everyone who came from
 * the network. The listener follows what is stored once this call's transaction has committed.
 */
export function configureNetwork(ctx: CallContext, input: NetworkSettings): NetworkStatus {
  requireOffice(ctx);
  const db = ctx.app.db;
  const before = storedNetworkValue(db);
  writeNetworkSettings(db, input, signedInUser(ctx).userId, ctx.now);
  ctx.audit({ entity: 'setting', entityId: networkSettingKey, before, after: input });
  if (!input.enabled) {
    const isOffice = ctx.app.network?.isOffice ?? ((address: string | null) => isOfficeAddress(address));
    const ended = endRemoteSessions(db, isOffice, ctx.now);
    if (ended) ctx.audit({ entity: 'session', after: { endedFromNetwork: ended } });
  }
  // `apply` reads the settings on a later turn, after this call's transaction has committed.
  ctx.app.network?.apply();
  return networkStatus(ctx);
}
