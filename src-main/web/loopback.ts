/** True for an address of this computer itself (IPv4, IPv6, and IPv4 mapped into IPv6). */
export function isLoopbackAddress(address: string | null): boolean {
  if (!address) return false;
  const plain = address.replace(/^::ffff:/, '');
  return plain === '::1' || plain === 'localhost' || /^127\.\d+\.\d+\.\d+$/.test(plain);
}
