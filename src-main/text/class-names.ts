/**
 * Class names as people type them: "7B" with a Latin B, "7 В", "7-в" and "7В" are all the class 7-В.
 * Latin letters that look like Cyrillic ones are folded to them, case is ignored, and a hyphen or
 * space between grade and letter does not count.
 */
const lookAlikes: Record<string, string> = {
  A: 'А',
  B: 'В',
  E: 'Е',
  K: 'К',
  M: 'М',
  H: 'Н',
  O: 'О',
  P: 'Р',
  C: 'С',
  T: 'Т',
  X: 'Х',
};

/** The letter part folded for comparison: upper case, Cyrillic, no spaces or hyphens. */
export function foldClassLetter(letter: string): string {
  return [...letter.toUpperCase().replace(/[\s\-–—]/g, '')].map((ch) => lookAlikes[ch] ?? ch).join('');
}

export interface ClassName {
  grade: number;
  /** As the user wrote it, trimmed, in upper case with look-alikes folded (so it displays as Cyrillic). */
  letter: string;
  /** For comparison and the database's unique key. */
  key: string;
}

/**
 * Reads "5-А", "5А", "5 a", "11-B" (grade 1–12 then a letter or two); null when it is not a class
 * name. The sheet name "5А класс" or "5-А кл." reads too.
 */
export function parseClassName(text: string): ClassName | null {
  const match = /^\s*(\d{1,2})\s*[-–—]?\s*([A-Za-zА-Яа-яЁёӨөҮүҢң]{1,2})\.?\s*(класс|кл\.?|class)?\s*$/iu.exec(text);
  if (!match?.[1] || !match[2]) return null;
  const grade = Number(match[1]);
  if (grade < 1 || grade > 12) return null;
  const key = foldClassLetter(match[2]);
  return { grade, letter: key, key };
}

/** How a class is written on screens and paper: "5-А". */
export function formatClassName(grade: number, letter: string): string {
  return `${grade}-${letter}`;
}

/** True when two spellings name the same class. */
export function sameClass(a: string, b: string): boolean {
  const x = parseClassName(a);
  const y = parseClassName(b);
  return x !== null && y !== null && x.grade === y.grade && x.key === y.key;
}
