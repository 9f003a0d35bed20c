import { z } from 'zod';
import { call } from './define';
import { noInput } from './fields';
import type { Role } from './permissions';

/*
 * Network access from the office PC: off until the administrator switches it on, at the office PC.
 * Then the journal is served over HTTPS, with the school's own certificate, to the roles allowed.
 */

const port = z
  .number({ message: 'validation.network.port' })
  .int('validation.network.port')
  .min(1024, 'validation.network.port')
  .max(65535, 'validation.network.port');
const idleMinutes = z
  .number({ message: 'validation.network.idleMinutes' })
  .int('validation.network.idleMinutes')
  .min(5, 'validation.network.idleMinutes')
  .max(240, 'validation.network.idleMinutes');

export const networkSettingsInput = z
  .object({
    enabled: z.boolean(),
    port,
    /** Teachers may always connect; the deputy and the director only when the school says so. */
    allowDeputy: z.boolean(),
    allowDirector: z.boolean(),
    /** A session from the network ends after this many minutes without a request. */
    idleMinutes,
  })
  .strict();

export type NetworkSettings = z.output<typeof networkSettingsInput>;

/** `unavailable`: this program runs no listener (a test, the CLI); the setting is still kept. */
export const listenerStates = ['off', 'starting', 'on', 'failed', 'closing', 'unavailable'] as const;
export type ListenerState = (typeof listenerStates)[number];

/** A QR code's modules, row by row: '1' dark, '0' light; no quiet zone (the screen adds it). */
export interface QrMatrix {
  size: number;
  rows: string[];
}

export interface NetworkAddress {
  address: string;
  url: string;
  /** False when the PC has an address the certificate was not made for (a browser warns of the name too). */
  inCertificate: boolean;
  qr: QrMatrix;
}

export interface ConnectedSession {
  login: string;
  surname: string;
  name: string;
  role: Role;
  address: string;
  signedInAt: string;
  lastSeenAt: string;
}

export interface NetworkStatus {
  settings: NetworkSettings;
  defaults: NetworkSettings;
  listener: { state: ListenerState; port: number | null; error: string | null };
  addresses: NetworkAddress[];
  /** Made the first time access is switched on; null before. */
  certificate: { fingerprint: string; validTo: string; names: string } | null;
  connected: ConnectedSession[];
}

export const networkCalls = {
  'network.status': call<NetworkStatus>()({ input: noInput, access: 'school.manage', mutates: false }),
  /** Stores the settings; the listener follows them (started, moved or stopped) right after. */
  'network.configure': call<NetworkStatus>()({ input: networkSettingsInput, access: 'school.manage', mutates: true }),
};
