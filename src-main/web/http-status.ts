import type { ErrorCode } from '../api/contract/errors';

/** HTTP status for an API error; the body carries the code either way. */
export function statusFor(code: ErrorCode): number {
  switch (code) {
    case 'UNKNOWN_CALL':
    case 'NOT_FOUND':
      return 404;
    case 'UNAUTHENTICATED':
    case 'AUTH_INVALID':
      return 401;
    case 'FORBIDDEN':
    case 'PASSWORD_CHANGE_REQUIRED':
    case 'ACCOUNT_DEACTIVATED':
    case 'TEMPORARY_PASSWORD_EXPIRED':
      return 403;
    case 'ACCOUNT_LOCKED':
      return 423;
    case 'CONFLICT':
    case 'SETUP_ALREADY_DONE':
    case 'LAST_ADMINISTRATOR':
    case 'YEAR_CLOSED':
      return 409;
    case 'REQUEST_TOO_LARGE':
      return 413;
    case 'IMPORT_HAS_ERRORS':
      return 422;
    case 'INTERNAL':
      return 500;
    default:
      return 400;
  }
}
