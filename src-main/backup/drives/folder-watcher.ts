import fs from 'node:fs';
import path from 'node:path';
import { PollingWatcher, type Candidate } from './polling-watcher';

/**
 * A folder standing in for the place drives appear: each subfolder is a plugged drive, named by the
 * subfolder. Tests plug a drive by making (or moving in) a folder and remove it by deleting it.
 */
export class FolderWatcher extends PollingWatcher {
  constructor(readonly root: string) {
    super();
  }

  protected async candidates(): Promise<Candidate[]> {
    const entries = await fs.promises.readdir(this.root, { withFileTypes: true });
    return entries
      .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
      .map((e) => ({ mountPath: path.join(this.root, e.name), label: e.name }))
      .sort((a, b) => a.label.localeCompare(b.label));
  }
}
