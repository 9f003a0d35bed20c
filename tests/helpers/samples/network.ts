import type { Samples } from './types';

/*
 * Network access: switching the school's settings (here, off with other values than the defaults)
 * stores a row, so a call let through by mistake would be seen. No listener runs in these tests.
 */
export const networkSamples: Samples = () => ({
  'network.configure': { enabled: false, port: 4320, allowDeputy: true, allowDirector: false, idleMinutes: 20 },
});
