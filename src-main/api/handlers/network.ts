import { configureNetwork, networkStatus } from '../../network/status';
import type { HandlerMap } from './types';

export const networkHandlers: HandlerMap<'network.status' | 'network.configure'> = {
  'network.status': (ctx) => networkStatus(ctx),
  'network.configure': (ctx, input) => configureNetwork(ctx, input),
};
