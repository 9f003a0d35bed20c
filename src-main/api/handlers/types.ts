import type { CallContext } from '../context';
import type { CallName, Contract } from '../contract';
import type { ParsedInputOf, ResultOf } from '../contract/define';

export type Handler<K extends CallName> = (
  ctx: CallContext,
  input: ParsedInputOf<Contract[K]>,
) => ResultOf<Contract[K]>;
export type HandlerMap<K extends CallName> = { [N in K]: Handler<N> };
