import { describe, expect, it } from 'vitest';
import { foldClassLetter, formatClassName, parseClassName, sameClass } from '../../src-main/text/class-names';

describe('class names as people type them', () => {
  it.each(['7B', '7 В', '7-В', '7-в', '7в', ' 7 - b ', '7В класс', '7-В кл.'])('reads "%s" as 7-В', (text) => {
    expect(parseClassName(text)).toEqual({ grade: 7, letter: 'В', key: 'В' });
  });

  it('folds every Latin look-alike to its Cyrillic letter', () => {
    expect(foldClassLetter('ABEKMHOPCTX')).toBe('АВЕКМНОРСТХ');
    expect(foldClassLetter('abekmhopctx')).toBe('АВЕКМНОРСТХ');
  });

  it('keeps Kyrgyz letters and refuses what is not a class', () => {
    expect(parseClassName('5-Ү')?.key).toBe('Ү');
    for (const text of ['', 'Лист1', 'Sheet1', '13-А', '0-А', '5', 'А-5', '5-АБВ'])
      expect(parseClassName(text)).toBeNull();
  });

  it('tells the same class apart from another', () => {
    expect(sameClass('5A', '5-А')).toBe(true);
    expect(sameClass('5A', '5-Б')).toBe(false);
    expect(sameClass('5A', '6-А')).toBe(false);
    expect(formatClassName(11, 'Б')).toBe('11-Б');
  });
});
