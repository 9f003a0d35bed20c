import { createHash } from 'node:crypto';
import type { Fact } from './types';

/*
 * A document's fingerprint is a hash of the exact data it shows, in a canonical form: the kind, the
 * parameters (keys sorted) and the facts (sorted by label). The same data gives the same code on any
 * machine and in any year; one changed mark gives another.
 */

/** JSON with object keys sorted at every depth: one text for one value. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** Facts sorted by label (code-unit order, the same everywhere); a repeated label keeps its order. */
export function sortFacts(facts: readonly Fact[]): Fact[] {
  return facts
    .map((fact, i) => ({ fact, i }))
    .sort((a, b) => (a.fact[0] < b.fact[0] ? -1 : a.fact[0] > b.fact[0] ? 1 : a.i - b.i))
    .map(({ fact }) => fact);
}

export function fingerprintOf(kind: string, params: Record<string, unknown>, facts: readonly Fact[]): string {
  // canonicalJson({ kind, params, facts }) written out (keys sorted: facts, kind, params): facts are
  // pairs of strings, which JSON.stringify writes exactly as canonicalJson does, in one call instead
  // of three per fact (a school's ledger set has hundreds of thousands).
  const canonical = `{"facts":${JSON.stringify(sortFacts(facts))},"kind":${JSON.stringify(kind)},"params":${canonicalJson(params)}}`;
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** Crockford's base32: no I, L, O or U, so a code read off paper is not mistyped. */
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The printed code: the fingerprint's first 40 bits as 8 base32 letters, "7KQ2-M9XD". */
export function shortCode(fingerprint: string): string {
  let bits = BigInt(`0x${fingerprint.slice(0, 10)}`);
  let out = '';
  for (let i = 0; i < 8; i++) {
    out = alphabet[Number(bits & 31n)] + out;
    bits >>= 5n;
  }
  return `${out.slice(0, 4)}-${out.slice(4)}`;
}

/** Cyrillic capitals that look like Latin ones: a code typed on a Russian or Kyrgyz layout. */
const cyrillicLookAlikes: Record<string, string> = {
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: '0',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
};

/**
 * A code as typed: case, spaces and look-alike letters forgiven (O→0, I/L→1, Cyrillic К→K), the
 * hyphen optional. Null when it cannot be a code.
 */
export function normalizeCode(typed: string): string | null {
  const letters = typed
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/[АВЕКМНОРСТХ]/g, (c) => cyrillicLookAlikes[c] ?? c)
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (!/^[0-9A-HJKMNP-TV-Z]{8}$/.test(letters)) return null;
  return `${letters.slice(0, 4)}-${letters.slice(4)}`;
}
