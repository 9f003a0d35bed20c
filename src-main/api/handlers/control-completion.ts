import { completionForCaller } from '../../control/completion/service';
import type { HandlerMap } from './types';

export const controlCompletionHandlers: HandlerMap<'control.completion'> = {
  'control.completion': (ctx, input) => completionForCaller(ctx, input),
};
