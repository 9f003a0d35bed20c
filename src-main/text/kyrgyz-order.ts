/**
 * Sorting in the Kyrgyz alphabet: А Б В Г Д Е Ё Ж З И Й К Л М Н Ң О Ө П Р С Т У Ү Ф Х Ц Ч Ш Щ Ъ Ы Ь Э Ю Я.
 * Ң, Ө, Ү come right after Н, О, У. Written out rather than left to Intl, whose Kyrgyz data differs
 * between Node and the Chromium inside Electron.
 */
const alphabet = 'абвгдеёжзийклмнңоөпрстуүфхцчшщъыьэюя';
const rank = new Map([...alphabet].map((ch, i) => [ch, i]));
const afterAlphabet = alphabet.length;

function charRank(ch: string): number {
  const r = rank.get(ch);
  if (r !== undefined) return r;
  // A space or hyphen ends a word: "Ан Ли" before "Анаров".
  if (ch === ' ' || ch === '-') return -1;
  // Latin letters, digits and the rest after Cyrillic, in code point order.
  return afterAlphabet + (ch.codePointAt(0) ?? 0);
}

export function compareKyrgyz(a: string, b: string): number {
  const x = [...a.toLowerCase()];
  const y = [...b.toLowerCase()];
  for (let i = 0; i < Math.min(x.length, y.length); i += 1) {
    const d = charRank(x[i] ?? '') - charRank(y[i] ?? '');
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

/** Surname, then name, then patronymic. */
export function comparePeople(
  a: { surname: string; name: string; patronymic?: string | null },
  b: { surname: string; name: string; patronymic?: string | null },
): number {
  return (
    compareKyrgyz(a.surname, b.surname) ||
    compareKyrgyz(a.name, b.name) ||
    compareKyrgyz(a.patronymic ?? '', b.patronymic ?? '')
  );
}
