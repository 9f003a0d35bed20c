/** Stable error codes of the API. The renderer shows `errors.<code>` from its translations. */
export const errorCodes = [
  'UNKNOWN_CALL',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'PASSWORD_CHANGE_REQUIRED',
  'INVALID_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'STALE_WRITE',
  'STALE_LESSON',
  'AUTH_INVALID',
  'ACCOUNT_LOCKED',
  'ACCOUNT_DEACTIVATED',
  'TEMPORARY_PASSWORD_EXPIRED',
  'WEAK_PASSWORD',
  'PASSWORD_REUSED',
  'SETUP_ALREADY_DONE',
  'SETUP_REQUIRED',
  'LAST_ADMINISTRATOR',
  'YEAR_CLOSED',
  'REQUEST_TOO_LARGE',
  'IMPORT_HAS_ERRORS',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** One invalid field: its path in the input and the translation key of what is wrong with it. */
export interface FieldIssue {
  path: string;
  message: string;
  params?: Record<string, string | number>;
}

export interface ApiErrorBody {
  code: ErrorCode;
  /** Translation key, `errors.<code>`. */
  message: string;
  params?: Record<string, string | number>;
  fields?: FieldIssue[];
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };
