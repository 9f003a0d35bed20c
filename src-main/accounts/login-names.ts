/** Kyrgyz and Russian Cyrillic to Latin, for logins made from names. */
const latin: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'ng',
  о: 'o',
  ө: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ү: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

export function transliterate(text: string): string {
  return [...text.toLowerCase()].map((ch) => latin[ch] ?? ch).join('');
}

/** "Асанова", "Айгүл" → "asanova.a"; the caller adds a number where the login is taken. */
export function loginFromName(surname: string, name: string): string {
  const clean = (s: string) => transliterate(s).replace(/[^a-z0-9]/g, '');
  // The initial is the first letter transliterated whole: Жылдыз → "zh", Чолпон → "ch".
  const initial = clean([...name.trim()][0] ?? '') || 'x';
  return `${(clean(surname) || 'user').slice(0, 30)}.${initial}`;
}

/** The first of `base`, `base2`, `base3`, … that `taken` does not hold (compared in lower case). */
export function uniqueLogin(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}${n}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
