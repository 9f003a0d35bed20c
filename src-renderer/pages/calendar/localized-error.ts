import type { ApiErrorBody } from '../../../src-main/api/contract';

/**
 * The API names dates in its field messages as `YYYY-MM-DD`; the reader sees them as 31.10.2025,
 * the way every other date on the screen is written.
 */
export function withLocalDates(error: ApiErrorBody | null, date: (iso: string) => string): ApiErrorBody | null {
  if (!error?.fields) return error;
  const local = (params?: Record<string, string | number>) =>
    params &&
    Object.fromEntries(
      Object.entries(params).map(([k, v]) => [k, typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? date(v) : v]),
    );
  return {
    ...error,
    fields: error.fields.map((f) => {
      const params = local(f.params);
      return params ? { ...f, params } : f;
    }),
  };
}
