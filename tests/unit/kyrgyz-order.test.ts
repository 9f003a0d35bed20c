import { describe, expect, it } from 'vitest';
import { compareKyrgyz, comparePeople } from '../../src-main/text/kyrgyz-order';

const sign = (n: number) => Math.sign(n);

describe('the Kyrgyz alphabet order', () => {
  it.each([
    ['Н', 'Ң'],
    ['Ң', 'О'],
    ['О', 'Ө'],
    ['Ө', 'П'],
    ['У', 'Ү'],
    ['Ү', 'Ф'],
    ['Е', 'Ё'],
    ['Ё', 'Ж'],
    ['Ы', 'Ь'],
    ['Э', 'Ю'],
    ['Ю', 'Я'],
  ])('%s comes before %s, in either case', (a, b) => {
    expect(sign(compareKyrgyz(a, b))).toBe(-1);
    expect(sign(compareKyrgyz(b, a))).toBe(1);
    expect(sign(compareKyrgyz(a.toLowerCase(), b.toLowerCase()))).toBe(-1);
    expect(sign(compareKyrgyz(a, b.toLowerCase()))).toBe(-1);
  });

  it('orders the whole alphabet as written', () => {
    const alphabet = [...'АБВГДЕЁЖЗИЙКЛМНҢОӨПРСТУҮФХЦЧШЩЪЫЬЭЮЯ'];
    const shuffled = [...alphabet].reverse();
    expect(shuffled.sort(compareKyrgyz)).toEqual(alphabet);
  });

  it('ignores case and puts a prefix first', () => {
    expect(compareKyrgyz('асанова', 'АСАНОВА')).toBe(0);
    expect(sign(compareKyrgyz('Асан', 'Асанова'))).toBe(-1);
    expect(compareKyrgyz('', '')).toBe(0);
    expect(sign(compareKyrgyz('', 'А'))).toBe(-1);
  });

  it('does not sort by code point, as a plain sort would', () => {
    // Code points put Ң (U+04A2), Ө (U+04E8) and Ү (U+04AE) after the whole Russian alphabet.
    expect(['Үсөнов', 'Усенов', 'Фомин'].sort()).not.toEqual(['Усенов', 'Үсөнов', 'Фомин']);
    expect(['Үсөнов', 'Усенов', 'Фомин'].sort(compareKyrgyz)).toEqual(['Усенов', 'Үсөнов', 'Фомин']);
  });

  it('sorts a class list of surnames', () => {
    const surnames = [
      'Үсөнов',
      'Ямалов',
      'Өмүров',
      'Абдыкалыков',
      'Усенов',
      'Ңаалы',
      'Оморов',
      'Нуров',
      'Пак',
      'Фомин',
      'Ёлкин',
      'Жээнбеков',
      'Есенов',
      'Өмүрбеков',
    ];
    expect([...surnames].sort(compareKyrgyz)).toEqual([
      'Абдыкалыков',
      'Есенов',
      'Ёлкин',
      'Жээнбеков',
      'Нуров',
      'Ңаалы',
      'Оморов',
      'Өмүрбеков',
      'Өмүров',
      'Пак',
      'Усенов',
      'Үсөнов',
      'Фомин',
      'Ямалов',
    ]);
  });

  it('puts Latin letters and digits after the Cyrillic alphabet', () => {
    expect(['Smith', 'Яков', '2-й'].sort(compareKyrgyz)).toEqual(['Яков', '2-й', 'Smith']);
  });
});

describe('people', () => {
  it('sort by surname, then name, then patronymic (none first)', () => {
    const people = [
      { surname: 'Асанова', name: 'Үмүт', patronymic: null },
      { surname: 'Асанова', name: 'Айгүл', patronymic: 'Бакыт кызы' },
      { surname: 'Асанова', name: 'Айгүл', patronymic: 'Асан кызы' },
      { surname: 'Асанова', name: 'Айгүл' },
      { surname: 'Абаева', name: 'Нурия', patronymic: null },
      { surname: 'Асанова', name: 'Урмат', patronymic: null },
    ];
    expect([...people].sort(comparePeople).map((p) => `${p.surname} ${p.name} ${p.patronymic ?? '-'}`)).toEqual([
      'Абаева Нурия -',
      'Асанова Айгүл -',
      'Асанова Айгүл Асан кызы',
      'Асанова Айгүл Бакыт кызы',
      'Асанова Урмат -',
      'Асанова Үмүт -',
    ]);
  });

  it('is a consistent comparison (antisymmetric), so sorting is stable whatever the input order', () => {
    const names = ['Өмүров', 'Оморов', 'оморов', 'Ңаалы', 'Нуров', 'Үсөнов', 'Усенов'];
    for (const a of names) {
      for (const b of names) expect(sign(compareKyrgyz(a, b)) + sign(compareKyrgyz(b, a)), `${a} ${b}`).toBe(0);
    }
    const forward = [...names].sort(compareKyrgyz).map((s) => s.toLowerCase());
    const backward = [...names]
      .reverse()
      .sort(compareKyrgyz)
      .map((s) => s.toLowerCase());
    expect(forward).toEqual(backward);
  });
});
