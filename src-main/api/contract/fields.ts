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
