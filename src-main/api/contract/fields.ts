import { z } from 'zod';

/** Field schemas shared by several calls. Messages are translation keys. */
export const personName = z.string().trim().min(1).max(80);
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : undefined));
export const login = z
  .string()
  .trim()
  .min(3)
  .max(40)
  .regex(/^[a-zA-Z0-9._-]+$/, 'validation.loginChars');
/** Minimum length only here; the strength rule is checked by the accounts service. */
export const password = z.string().min(1).max(200);
export const id = z.number().int().positive();
export const noInput = z.object({}).strict().optional();

/** A calendar date `YYYY-MM-DD` that exists: 2026-02-30 is refused, 2028-02-29 is not. */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const calendarDate = z.string().trim().refine(isCalendarDate, 'validation.date');
