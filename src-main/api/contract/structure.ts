import type { CallSpec } from './define';

/** Calls of this domain: filled in by issue 3. */
export const structureCalls = {} satisfies Record<string, CallSpec>;
