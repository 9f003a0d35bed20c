/*
 * The few DER encodings (ITU-T X.690) an X.509 certificate needs. Node can sign and parse
 * certificates but not build one, and a dependency for ninety lines is not worth its weight.
 */

/** Tag, length, value: the length short (< 128) or long form, as DER requires the shortest. */
export function tlv(tag: number, ...content: Buffer[]): Buffer {
  const value = Buffer.concat(content);
  const length: number[] = [];
  if (value.length < 0x80) length.push(value.length);
  else {
    for (let n = value.length; n > 0; n = Math.floor(n / 256)) length.unshift(n % 256);
    length.unshift(0x80 | length.length);
  }
  return Buffer.concat([Buffer.from([tag, ...length]), value]);
}

export const sequence = (...items: Buffer[]) => tlv(0x30, ...items);
export const set = (...items: Buffer[]) => tlv(0x31, ...items);
export const octetString = (value: Buffer) => tlv(0x04, value);
export const utf8String = (text: string) => tlv(0x0c, Buffer.from(text, 'utf8'));
export const booleanTrue = () => tlv(0x01, Buffer.from([0xff]));
/** `[n] EXPLICIT`: a constructed wrapper around a whole encoding. */
export const explicit = (n: number, inner: Buffer) => tlv(0xa0 | n, inner);
/** `[n] IMPLICIT` over a primitive type: the value with the context tag in place of its own. */
export const implicit = (n: number, value: Buffer) => tlv(0x80 | n, value);

/** A non-negative INTEGER from big-endian bytes: no redundant leading zero, a zero added if the top bit is set. */
export function unsignedInteger(bytes: Buffer): Buffer {
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start += 1;
  const trimmed = bytes.subarray(start);
  const first = trimmed[0] ?? 0;
  return tlv(0x02, first & 0x80 ? Buffer.concat([Buffer.from([0]), trimmed]) : trimmed);
}

export const smallInteger = (n: number) => unsignedInteger(Buffer.from([n]));

/** BIT STRING with `unused` trailing bits of the last byte not part of the value. */
export const bitString = (value: Buffer, unused = 0) => tlv(0x03, Buffer.from([unused]), value);

/** OBJECT IDENTIFIER from its dotted form: the first two arcs in one byte, then base-128 groups. */
export function objectId(dotted: string): Buffer {
  const arcs = dotted.split('.').map(Number);
  const [a = 0, b = 0, ...rest] = arcs;
  const bytes = [40 * a + b];
  for (const arc of rest) {
    const groups = [arc % 128];
    for (let n = Math.floor(arc / 128); n > 0; n = Math.floor(n / 128)) groups.unshift(0x80 | (n % 128));
    bytes.push(...groups);
  }
  return tlv(0x06, Buffer.from(bytes));
}

/** UTCTime for 1950–2049, GeneralizedTime after (RFC 5280 §4.1.2.5), to the second, in UTC. */
export function time(at: Date): Buffer {
  const iso = at.toISOString().replace(/[-:T]/g, '').slice(0, 14) + 'Z';
  const year = at.getUTCFullYear();
  return year >= 1950 && year < 2050
    ? tlv(0x17, Buffer.from(iso.slice(2), 'ascii'))
    : tlv(0x18, Buffer.from(iso, 'ascii'));
}
