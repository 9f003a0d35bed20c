import type { Language } from './languages';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Dates and numbers as they are written in Kyrgyzstan in both languages: 23.11.2026, 15:40,
 * 12 345,5. Written out rather than left to Intl: Chromium's ICU has no Kyrgyz data and falls
 * back to American forms (11/23/2026, 03:40 PM).
 */
export function formatters(_lang: Language) {
  return {
    /** A calendar date `YYYY-MM-DD`, as it stands (no time zone shift). */
    date: (iso: string) => {
      const [y, m, d] = iso.slice(0, 10).split('-');
      return `${d}.${m}.${y}`;
    },
    /** A moment, in this computer's time zone. */
    dateTime: (iso: string) => {
      const t = new Date(iso);
      return `${pad(t.getDate())}.${pad(t.getMonth() + 1)}.${t.getFullYear()} ${pad(t.getHours())}:${pad(t.getMinutes())}`;
    },
    /** Thousands grouped by a narrow no-break space, a decimal comma. */
    number: (n: number, decimals = 0) => {
      const [whole = '0', fraction] = Math.abs(n).toFixed(decimals).split('.');
      const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
      return `${n < 0 ? '−' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
    },
  };
}
