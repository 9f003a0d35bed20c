import type { CallName, Contract, Role } from '../../../src-main/api/contract';
import type { InputOf } from '../../../src-main/api/contract/define';
import type { Staffed, TestApp } from '../app';

/** What a sample may use: the test's app (to add the rows its input refers to), its staff, the caller. */
export interface SampleContext {
  t: TestApp;
  f: Staffed;
  caller: Role;
}

export type SampleMap = { [K in CallName]?: InputOf<Contract[K]> };

/**
 * A domain's valid inputs for the router tests, chosen so that each call would change something if
 * the router let it through. Calls not listed get no input (the router checks access before input).
 */
export type Samples = (ctx: SampleContext) => SampleMap;
