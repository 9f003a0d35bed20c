import os from 'node:os';

/*
 * "The office PC" on the network listener is decided by the server's own view of the connection:
 * a request is local when it comes from one of this PC's own interface addresses (a browser on the
 * office PC itself, opening its own address or 127.0.0.1). Anything else is another device on the
 * school's network. Tests stand in for a classroom PC by connecting from 127.0.0.2, an address no
 * interface lists, so the decision they exercise is the real one.
 */

export type Interfaces = ReturnType<typeof os.networkInterfaces>;

let cached = { interfaces: {} as Interfaces, at: -Infinity };

/**
 * The PC's interfaces, asked of the OS at most every few seconds: an address can change (DHCP)
 * while the listener runs, but asking on every request would cost the busiest hour of the day.
 */
export function currentInterfaces(): Interfaces {
  if (performance.now() - cached.at > 5_000) cached = { interfaces: os.networkInterfaces(), at: performance.now() };
  return cached.interfaces;
}

/** The address as people read it: IPv4 mapped into IPv6 (`::ffff:10.0.0.5`) shown as IPv4. */
export function plainAddress(address: string | null | undefined): string | null {
  if (!address) return null;
  return address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, '$1');
}

/** True when `address` is one of this PC's own addresses (loopback included). */
export function isOfficeAddress(address: string | null, interfaces: Interfaces = currentInterfaces()): boolean {
  const plain = plainAddress(address);
  if (!plain) return false;
  return Object.values(interfaces).some((list) => (list ?? []).some((i) => i.address === plain));
}

/** The PC's IPv4 addresses a phone or classroom PC can reach: non-internal, in interface order. */
export function networkAddresses(interfaces: Interfaces = currentInterfaces()): string[] {
  const found = Object.values(interfaces).flatMap((list) =>
    (list ?? []).filter((i) => i.family === 'IPv4' && !i.internal).map((i) => i.address),
  );
  return [...new Set(found)];
}

/** The PC's name if it can be a DNS name in a certificate and a Host header (Windows allows others). */
export function hostNames(hostname: string = os.hostname()): string[] {
  const name = hostname.toLowerCase();
  return /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/.test(name) ? [name] : [];
}
