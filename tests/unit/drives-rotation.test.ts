import { describe, expect, it } from 'vitest';
import { driveCopiesToDelete } from '../../src-main/backup/drives/drive-rotation';

const copy = (fileName: string, verifiedAt: string) => ({ fileName, verifiedAt });

describe('which copies leave a drive', () => {
  const seven = [1, 2, 3, 4, 5, 6, 7].map((d) => copy(`b${d}.mjbak`, `2025-10-0${d}T08:00:00.000Z`));

  it('keeps the newest five, whatever order they come in', () => {
    expect(driveCopiesToDelete([...seven].reverse())).toEqual(['b2.mjbak', 'b1.mjbak']);
    expect(driveCopiesToDelete(seven.slice(0, 5))).toEqual([]);
  });

  it('keeps the number it is told, but never fewer than one', () => {
    expect(driveCopiesToDelete(seven, 6)).toEqual(['b1.mjbak']);
    expect(driveCopiesToDelete(seven, 0)).toEqual([
      'b6.mjbak',
      'b5.mjbak',
      'b4.mjbak',
      'b3.mjbak',
      'b2.mjbak',
      'b1.mjbak',
    ]);
    expect(driveCopiesToDelete([copy('only.mjbak', '2025-10-01T08:00:00.000Z')], 0)).toEqual([]);
    expect(driveCopiesToDelete([])).toEqual([]);
  });

  it('breaks a tie of times by the name, the later name being the newer', () => {
    const same = '2025-10-01T08:00:00.000Z';
    expect(driveCopiesToDelete([copy('a', same), copy('c', same), copy('b', same)], 2)).toEqual(['a']);
  });
});
