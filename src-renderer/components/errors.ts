import type { ApiErrorBody } from '../../src-main/api/contract';
import type { I18n } from '../i18n/i18n';
import { isMessageKey } from '../i18n/languages';

/** The sentence for an API error, with dates in its parameters shown in the reader's format. */
export function errorText(error: ApiErrorBody, { t, format }: Pick<I18n, 't' | 'format'>): string {
  const params = { ...error.params };
  if (typeof params.until === 'string') params.until = format.dateTime(params.until);
  const sentence = t(error.message, params);
  // A refusal by a rule (the journal's edit window, …) says which rule: "No right. The lesson day has passed."
  const rule = typeof params.rule === 'string' ? `rule.${params.rule}` : null;
  return rule && isMessageKey(rule) ? `${sentence} ${t(rule, params)}` : sentence;
}

/** The messages for one field of a form, from an INVALID_INPUT (or similar) error. */
export function fieldMessages(error: ApiErrorBody | null, path: string, { t }: Pick<I18n, 't'>): string[] {
  return (error?.fields ?? []).filter((f) => f.path === path).map((f) => t(f.message, f.params));
}
