import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../src-main/print/batch';

describe('the names of printed files and print folders', () => {
  it('replaces what Windows and FAT32 refuse, and drops a trailing dot or space', () => {
    expect(safeFileName('5-А: журнал / 2025?')).toBe('5-А_ журнал _ 2025_');
    expect(safeFileName('Отчёт.  ')).toBe('Отчёт');
    expect(safeFileName('a\u0001b')).toBe('a_b');
    expect(safeFileName(' . ')).toBe('document');
  });

  it('keeps a long Kyrgyz title within a file system’s 255 bytes, cutting whole letters only', () => {
    const title = 'Мугалимдердин класстык журнал менен иштөөсү боюнча айлык отчет '.repeat(6);
    const name = safeFileName(`20261206-045900 ${title}`);
    expect(Buffer.byteLength(name, 'utf8')).toBeLessThanOrEqual(160);
    expect(Buffer.byteLength(`${name} (12).pdf`, 'utf8')).toBeLessThan(255);
    expect(title.startsWith(name.slice('20261206-045900 '.length))).toBe(true);
    expect(name).not.toMatch(/\uFFFD/);
  });
});
