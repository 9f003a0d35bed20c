import { randomBytes, randomInt, scryptSync, timingSafeEqual } from 'node:crypto';

/** scrypt cost: about 50 ms on an old office PC; 16 MiB of memory. */
const params = { N: 16384, r: 8, p: 1 } as const;
const keyLength = 32;

export function hashPassword(password: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(password.normalize('NFC'), salt, keyLength, params);
  return `scrypt$${params.N}$${params.r}$${params.p}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

export function verifyPassword(password: string, stored: string): boolean {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = scryptSync(password.normalize('NFC'), Buffer.from(salt, 'base64'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return timingSafeEqual(actual, expected);
}

/** Why a new password is refused, or null when it is good enough. */
export function passwordWeakness(password: string): 'tooShort' | 'needsLetterAndDigit' | null {
  if ([...password].length < 8) return 'tooShort';
  if (!/\p{L}/u.test(password) || !/\p{Nd}/u.test(password)) return 'needsLetterAndDigit';
  return null;
}

// No 0/O, 1/l/I: the slip is read off paper and typed by hand.
const letters = 'abcdefghjkmnpqrstuvwxyz';
const digits = '23456789';

/** A temporary password easy to read off a slip: four letters, four digits ("kmrt-4827"). */
export function temporaryPassword(): string {
  const pick = (set: string, count: number) => Array.from({ length: count }, () => set[randomInt(set.length)]).join('');
  return `${pick(letters, 4)}-${pick(digits, 4)}`;
}
