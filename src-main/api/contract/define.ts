import type { z } from 'zod';
import type { Permission } from './permissions';

/**
 * `public`: anyone; `signedIn`: any valid session; a permission: the caller's role must have it; a
 * list: any one of them will do (the service then decides how far each reaches, e.g. a class teacher
 * only in their own class where the deputy may act in every class).
 */
export type Access = 'public' | 'signedIn' | Permission | readonly [Permission, ...Permission[]];

export interface CallSpec<I extends z.ZodType = z.ZodType, O = unknown> {
  input: I;
  access: Access;
  /** Writes to the database. The router runs it in one transaction and writes its audit entry… */
  mutates: boolean;
  /**
   * …unless the call keeps its own transactions and audit, because a refusal must still be recorded
   * (a wrong password counts towards the lock even though the call fails).
   */
  ownTransaction?: boolean;
  /** Still allowed while the caller must change a temporary password. */
  duringPasswordChange?: boolean;
  /** Phantom field carrying the result type; never set at run time. */
  readonly result?: O;
}

/** Declares one call: `call<Result>()({ input, access, mutates })`. */
export function call<O>() {
  return <I extends z.ZodType>(spec: Omit<CallSpec<I, O>, 'result'>): CallSpec<I, O> => spec;
}

export type InputOf<S> = S extends CallSpec<infer I, unknown> ? z.input<I> : never;
export type ParsedInputOf<S> = S extends CallSpec<infer I, unknown> ? z.output<I> : never;
export type ResultOf<S> = S extends CallSpec<z.ZodType, infer O> ? O : never;
