import { catalogs, type MessageKey } from './catalogs';

export const languages = ['ky', 'ru'] as const;
export type Language = (typeof languages)[number];

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(catalogs.ky, key);
}

/** The text for a key, with `{name}` placeholders filled; an unknown key shows itself. */
export function translate(lang: Language, key: string, params?: Record<string, string | number>): string {
  const text = isMessageKey(key) ? (catalogs[lang] as Record<MessageKey, string>)[key] : key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

const storageKey = 'mektep.language';

export function rememberedLanguage(): Language {
  try {
    const saved = window.localStorage.getItem(storageKey);
    if (saved === 'ky' || saved === 'ru') return saved;
  } catch {
    // Storage may be unavailable; the default will do.
  }
  return 'ky';
}

export function rememberLanguage(lang: Language): void {
  try {
    window.localStorage.setItem(storageKey, lang);
  } catch {
    // Not remembered this time; nothing else depends on it.
  }
}
