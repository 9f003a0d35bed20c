import type { CallSpec } from './define';

/** Calls of this domain: filled in by issue 3. */
export const calendarCalls = {} satisfies Record<string, CallSpec>;
