import { linuxWatcher, macWatcher } from './unix-watchers';
import type { DriveWatcher } from './watcher';
import { WindowsWatcher } from './windows-watcher';

/** The watcher for the system the program runs on (not started: call `start()`). */
export function platformWatcher(platform: NodeJS.Platform = process.platform): DriveWatcher {
  if (platform === 'win32') return new WindowsWatcher();
  if (platform === 'darwin') return macWatcher();
  return linuxWatcher();
}
