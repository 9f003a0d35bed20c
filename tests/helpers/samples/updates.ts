import { UpdateService } from '../../../src-main/updates/update-service';
import { fakeUpdaters } from '../fake-updater';
import type { TestApp } from '../app';
import type { Samples } from './types';

/*
 * Updates: the test app gets the program's update service with electron-updater's boundary faked
 * (it offers 9.0.0 at once). The download's sample finds that version offered; the install's finds it
 * downloaded. Made when the input is read, so that a refused call finds nothing made.
 */

const offered = '9.0.0';

function service(t: TestApp): UpdateService {
  t.app.updates ??= new UpdateService(t.app, {
    currentVersion: '1.0.0',
    updaterFor: fakeUpdaters(offered).factory,
    later: (work) => work(),
  });
  return t.app.updates;
}

export const updateSamples: Samples = ({ t }) => ({
  'updates.setCheckOnline': { enabled: false },
  'updates.download': {
    get version() {
      const updates = service(t);
      if (updates.status().phase !== 'available') updates.check();
      return offered;
    },
  },
  'updates.install': {
    get version() {
      const updates = service(t);
      if (updates.status().phase !== 'downloaded') {
        updates.check();
        updates.download(offered);
      }
      return offered;
    },
  },
});
