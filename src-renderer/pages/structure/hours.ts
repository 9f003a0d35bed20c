/** Hours as typed: "1,5" (the decimal comma people use) or "1.5"; NaN for nothing sensible. */
export function parseHours(text: string): number {
  const trimmed = text.trim().replace(',', '.');
  return trimmed === '' ? Number.NaN : Number(trimmed);
}
