import type { ApiErrorBody, ErrorCode, FieldIssue } from './contract/errors';

/** A refusal the user should read: thrown by services, turned into `{ ok: false, error }` by the router. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params?: Record<string, string | number>,
    readonly fields?: FieldIssue[],
  ) {
    super(code);
    this.name = 'ApiError';
  }

  toBody(): ApiErrorBody {
    return {
      code: this.code,
      message: `errors.${this.code}`,
      ...(this.params ? { params: this.params } : {}),
      ...(this.fields ? { fields: this.fields } : {}),
    };
  }
}
