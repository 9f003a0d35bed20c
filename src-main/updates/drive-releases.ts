import type { Drive, DriveWatcher } from '../backup/drives/watcher';
import { describeError } from '../backup/errors';
import { findRelease } from './release-folder';
import type { UpdateService } from './update-service';
import { compareVersions } from './version';

/*
 * Flash drives carrying a release: the same watcher that notices drives for backups tells this one
 * too. A drive with a valid, newer release becomes the offer (preferred over the internet's, being
 * at hand); a refused release (a tampered installer, a missing one) is told on the screen and never
 * offered; a drive with no release, or with an older or equal version, is ignored. Pulling the drive
 * out withdraws its offer (not a download already running, which then fails on its own).
 */

export class DriveReleases {
  private unsubscribe: (() => void)[] = [];
  private looking: Promise<void> = Promise.resolve();

  constructor(
    private readonly service: UpdateService,
    private readonly watcher: DriveWatcher,
    private readonly platform: NodeJS.Platform = process.platform,
  ) {}

  start(): this {
    this.unsubscribe = [
      this.watcher.on('plugged', (drive) => this.look(drive)),
      this.watcher.on('changed', (drive) => this.look(drive)),
      this.watcher.on('removed', (drive) => this.removed(drive)),
    ];
    for (const drive of this.watcher.list()) this.look(drive);
    return this;
  }

  close(): void {
    for (const off of this.unsubscribe) off();
    this.unsubscribe = [];
  }

  /** Resolves when every drive plugged so far has been looked at (tests). */
  whenIdle(): Promise<void> {
    return this.looking;
  }

  private look(drive: Drive): void {
    if (!this.service.supported) return;
    this.looking = this.looking
      .then(() => this.inspect(drive))
      .catch((error: unknown) => {
        console.error(`Looking for a release on ${drive.mountPath}: ${describeError(error)}`);
      });
  }

  private async inspect(drive: Drive): Promise<void> {
    const service = this.service;
    const found = await findRelease(drive.mountPath, {
      platform: this.platform,
      currentVersion: service.options.currentVersion,
    });
    if (service.committed) return;
    if (found.kind === 'refused') {
      service.refused = { driveLabel: drive.label, version: found.version, key: found.key };
      console.warn(`Refused the release on ${drive.mountPath}: ${found.key} ${found.detail}`);
      return;
    }
    if (found.kind !== 'valid') return;
    const current = service.offer;
    // An offer from the internet of a newer version stays; an equal or older one gives way to the drive.
    if (current?.source === 'internet' && compareVersions(current.version, found.release.version) > 0) return;
    if (service.refused?.driveLabel === drive.label) service.refused = null;
    service.offerFromDrive({
      source: 'drive',
      version: found.release.version,
      release: found.release,
      mountPath: drive.mountPath,
      driveLabel: drive.label,
    });
  }

  private removed(drive: Drive): void {
    if (this.service.refused?.driveLabel === drive.label) this.service.refused = null;
    if (this.service.offer?.mountPath === drive.mountPath && !this.service.committed) this.service.withdrawOffer();
  }
}
