import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson, fingerprintOf, normalizeCode, shortCode } from '../../src-main/print/fingerprint';
import { diffFacts } from '../../src-main/print/facts';
import { sectionPage } from '../../src-main/print/sections';
import type { Fact } from '../../src-main/print/types';

const facts: Fact[] = [
  ['Асанов Айбек · Математика · I', '5'],
  ['Үсөнова Айгүл · Математика · I', '4'],
];

describe('the fingerprint of a document', () => {
  it('does not depend on the order of keys or of facts', () => {
    expect(canonicalJson({ b: 1, a: [{ y: 2, x: null }] })).toBe('{"a":[{"x":null,"y":2}],"b":1}');
    const one = fingerprintOf('summary-ledger', { yearId: 1, classId: 3 }, facts);
    const two = fingerprintOf('summary-ledger', { classId: 3, yearId: 1 }, [...facts].reverse());
    expect(one).toBe(two);
    expect(one).toMatch(/^[0-9a-f]{64}$/);
  });

  it('hashes the canonical JSON of the kind, the parameters and the sorted facts, as codes always were', () => {
    const params = { yearId: 1, classId: 3, period: 'year' };
    // `facts` are in label order already; the document may list them in any order.
    const expected = createHash('sha256')
      .update(canonicalJson({ kind: 'summary-ledger', params, facts }), 'utf8')
      .digest('hex');
    expect(fingerprintOf('summary-ledger', params, [...facts].reverse())).toBe(expected);
  });

  it('changes with one mark, with the parameters and with the kind', () => {
    const base = fingerprintOf('summary-ledger', { classId: 3 }, facts);
    const changed: Fact[] = [
      ['Асанов Айбек · Математика · I', '5'],
      ['Үсөнова Айгүл · Математика · I', '5'],
    ];
    expect(fingerprintOf('summary-ledger', { classId: 3 }, changed)).not.toBe(base);
    expect(fingerprintOf('summary-ledger', { classId: 4 }, facts)).not.toBe(base);
    expect(fingerprintOf('quarter-ledger', { classId: 3 }, facts)).not.toBe(base);
  });

  it('prints as eight base32 letters without I, L, O or U, and reads back however it was typed', () => {
    const code = shortCode('ffffffffff' + '0'.repeat(54));
    expect(code).toBe('ZZZZ-ZZZZ');
    expect(shortCode('0000000000' + 'f'.repeat(54))).toBe('0000-0000');
    const real = shortCode(fingerprintOf('x', {}, facts));
    expect(real).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(normalizeCode(real.toLowerCase().replace('-', ' '))).toBe(real);
    // Typed on a Russian layout: Cyrillic К, М, Т and the letter О for zero.
    expect(normalizeCode('7кq2 мoxt')).toBe('7KQ2-M0XT');
    expect(normalizeCode('7KQ2-M9X')).toBeNull();
    expect(normalizeCode('7KQ2-M9XU')).toBeNull();
  });
});

describe('what changed since printing', () => {
  it('lists each changed, added and removed value with before and after', () => {
    const now: Fact[] = [
      ['Асанов Айбек · Математика · I', '4'],
      ['Бакиев Нурлан · Математика · I', '3'],
    ];
    expect(diffFacts(facts, now)).toEqual([
      { label: 'Асанов Айбек · Математика · I', before: '5', after: '4' },
      { label: 'Үсөнова Айгүл · Математика · I', before: '4', after: '' },
      { label: 'Бакиев Нурлан · Математика · I', before: '', after: '3' },
    ]);
    expect(diffFacts(facts, [...facts].reverse())).toEqual([]);
  });
});

describe('page numbers in a combined file', () => {
  const footer = { left: '', right: '', pageLabel: '', runningHead: '' };
  it('numbers each document on its own', () => {
    const sections = [
      { pages: 4, footer },
      { pages: 5, footer },
    ];
    expect(sectionPage(1, 9, sections)).toEqual({ page: 1, pages: 4, index: 0 });
    expect(sectionPage(4, 9, sections)).toEqual({ page: 4, pages: 4, index: 0 });
    expect(sectionPage(7, 9, sections)).toEqual({ page: 3, pages: 5, index: 1 });
    expect(sectionPage(3, 9, undefined)).toEqual({ page: 3, pages: 9, index: -1 });
  });
});
