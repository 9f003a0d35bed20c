/**
 * One domain's texts in both languages. The same keys must stand in both: a key missing from either
 * does not compile.
 */
export function defineTexts<K extends string>(texts: { ky: Record<K, string>; ru: Record<K, string> }) {
  return texts;
}
