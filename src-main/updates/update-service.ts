import fs from 'node:fs';
import type { AppContext } from '../api/context';
import type { UpdatePhase, UpdateSource, UpdateStatus } from '../api/contract/updates';
import { describeError } from '../backup/errors';
import { backupBeforeInstall, busyWith } from './before-install';
import type { Release } from './release-folder';
import { serveRelease } from './release-server';
import { checksOnline } from './settings';
import { UpdateError, updateErrorKeys, type UpdateErrorKey } from './errors';
import type { UpdateFeed, UpdaterFactory, UpdaterPort } from './updater-port';
import { isNewer } from './version';

/*
 * The program's updates, one service per program (made by Electron main). Nothing happens without
 * the specialist's word: a check only looks, `download` needs the offered version named, `install`
 * needs the downloaded one named, refuses while a print job or a backup runs, and makes a checked
 * backup first. A release on a flash drive (drive-releases.ts) becomes an offer like one from the
 * internet and goes through the same updater, pointed at the drive's folder.
 */

export interface Offer {
  source: UpdateSource;
  version: string;
  /** For a drive: the checked release folder, its drive's mount path and label. */
  release?: Release;
  mountPath?: string;
  driveLabel?: string;
}

export interface UpdateServiceOptions {
  currentVersion: string;
  /** Null where the program runs without the updater (an unpackaged run): nothing is offered. */
  updaterFor: UpdaterFactory | null;
  isOnline?: () => boolean;
  /** Runs the installer once the reply has gone (the program quits under it). */
  later?: (work: () => void) => void;
}

export interface Installer {
  userId: number | null;
}

export class UpdateService {
  private phase: UpdatePhase = 'idle';
  offer: Offer | null = null;
  private progress: number | null = null;
  private checkedAt: string | null = null;
  private error: { key: UpdateErrorKey; detail: string | null } | null = null;
  refused: UpdateStatus['refused'] = null;
  private internet: UpdaterPort | null = null;
  /** The updater that found (and then downloads and installs) the current offer. */
  private active: UpdaterPort | null = null;
  private work: Promise<void> = Promise.resolve();

  constructor(
    readonly app: AppContext,
    readonly options: UpdateServiceOptions,
  ) {}

  get supported(): boolean {
    return this.options.updaterFor !== null;
  }

  /** Whether a step of the updater runs now. */
  get working(): boolean {
    return ['checking', 'downloading', 'downloaded', 'installing'].includes(this.phase);
  }

  /** Whether the offer is taken (being read, downloaded or installed): a drive's release then waits. */
  get committed(): boolean {
    return this.working && !(this.phase === 'checking' && this.active === this.internet);
  }

  status(): UpdateStatus {
    return {
      supported: this.supported,
      currentVersion: this.options.currentVersion,
      checkOnline: checksOnline(this.app.db),
      phase: this.phase,
      source: this.offer?.source ?? null,
      version: this.offer?.version ?? null,
      driveLabel: this.offer?.driveLabel ?? null,
      progress: this.phase === 'downloading' ? (this.progress ?? 0) : null,
      checkedAt: this.checkedAt,
      error: this.error,
      refused: this.refused,
      busy: busyWith(this.app),
    };
  }

  /** Resolves when the step started last has ended (tests; closing). */
  whenIdle(): Promise<void> {
    return this.work;
  }

  private updater(feed: UpdateFeed): UpdaterPort {
    const factory = this.options.updaterFor;
    if (!factory) throw new UpdateError(updateErrorKeys.unsupported);
    const updater = factory(feed);
    updater.autoDownload = false;
    updater.autoInstallOnAppQuit = false;
    updater.onAvailable((info) => {
      if (updater !== this.active || this.phase !== 'checking') return;
      if (!isNewer(info.version, this.options.currentVersion)) this.phase = 'upToDate';
      else if (feed.kind === 'internet') {
        this.offer = { source: 'internet', version: info.version };
        this.phase = 'available';
      } else if (info.version === this.offer?.version) this.phase = 'available';
    });
    updater.onNotAvailable(() => {
      if (updater === this.active && this.phase === 'checking') this.phase = 'upToDate';
    });
    updater.onProgress((p) => {
      if (updater === this.active && this.phase === 'downloading') this.progress = Math.min(1, p.percent / 100);
    });
    updater.onDownloaded((info) => {
      if (updater === this.active && this.phase === 'downloading' && info.version === this.offer?.version) {
        this.phase = 'downloaded';
        this.progress = null;
      }
    });
    return updater;
  }

  private fail(key: UpdateErrorKey, error: unknown): void {
    this.phase = 'failed';
    this.error = { key, detail: error === null ? null : describeError(error) };
    console.error(`Update: ${key}: ${this.error.detail ?? ''}`);
  }

  /** At start: looks on the internet when the switch is on and the computer is online; never throws. */
  checkOnStart(): Promise<void> {
    if (!this.supported || !checksOnline(this.app.db) || !(this.options.isOnline?.() ?? true)) return this.work;
    try {
      this.check();
    } catch (error) {
      console.error(`Update check at start: ${describeError(error)}`);
    }
    return this.work;
  }

  /** Asks the internet now; the answer comes into the status. */
  check(): void {
    if (!this.supported) return;
    if (!checksOnline(this.app.db)) throw new UpdateError(updateErrorKeys.disabled);
    // A step under way, or a drive's release offered: nothing to ask the internet for now.
    if (this.working || this.offer?.source === 'drive') return;
    if (!(this.options.isOnline?.() ?? true)) throw new UpdateError(updateErrorKeys.offline);
    this.internet ??= this.updater({ kind: 'internet' });
    this.active = this.internet;
    this.offer = null;
    this.error = null;
    this.phase = 'checking';
    this.checkedAt = this.app.now().toISOString();
    const asked = this.internet.checkForUpdates();
    this.work = asked.then(
      () => {
        // An inactive updater (unpackaged) answers null and says nothing more.
        if (this.active === this.internet && this.phase === 'checking') this.phase = 'upToDate';
      },
      (error: unknown) => {
        if (this.active === this.internet) this.fail(updateErrorKeys.checkFailed, error);
      },
    );
  }

  /** A checked release on a flash drive becomes the offer (drive-releases.ts decides when). */
  offerFromDrive(offer: Offer): void {
    // An internet check still running is overtaken: its answer is then ignored.
    if (this.committed) return;
    this.offer = offer;
    this.active = null;
    this.error = null;
    this.phase = 'available';
  }

  /** The drive with the offered release was pulled out before anything was downloaded. */
  withdrawOffer(): void {
    if (this.committed) return;
    this.offer = null;
    this.active = null;
    this.phase = 'idle';
  }

  /** The specialist's yes to the offered version: download it (from the internet or the drive). */
  download(version: string): void {
    const offer = this.offer;
    if (!offer || offer.version !== version || !['available', 'failed'].includes(this.phase)) {
      throw new UpdateError(this.phase === 'downloading' ? updateErrorKeys.busy : updateErrorKeys.nothingOffered);
    }
    this.phase = 'downloading';
    this.progress = 0;
    this.error = null;
    if (offer.source === 'drive' && offer.release) {
      this.work = this.downloadFromDrive(offer, offer.release);
      return;
    }
    const updater = this.active;
    if (!updater) throw new UpdateError(updateErrorKeys.nothingOffered);
    this.work = updater.downloadUpdate().then(
      () => undefined,
      (error: unknown) => this.fail(updateErrorKeys.downloadFailed, error),
    );
  }

  /** The drive's folder is served on the loopback address and handed to a fresh updater. */
  private async downloadFromDrive(offer: Offer, release: Release): Promise<void> {
    let server: Awaited<ReturnType<typeof serveRelease>> | null = null;
    try {
      server = await serveRelease(release.folder, [release.channelFile, release.installer]);
      const updater = this.updater({ kind: 'drive', url: server.url });
      this.active = updater;
      // The updater reads the channel file itself and must find the same version there.
      this.phase = 'checking';
      await updater.checkForUpdates();
      if ((this.phase as UpdatePhase) !== 'available') throw new Error(`no version ${offer.version} found there`);
      this.phase = 'downloading';
      await updater.downloadUpdate();
    } catch (error) {
      const gone = !fs.existsSync(release.folder);
      this.fail(gone ? updateErrorKeys.driveRemoved : updateErrorKeys.downloadFailed, error);
    } finally {
      await server?.close();
    }
  }

  /**
   * The specialist's yes to installing the downloaded version: refused while printing or backing up;
   * a checked backup first (refused when it cannot be made); then the program closes and the
   * installer runs. Returns the backup's file name.
   */
  install(version: string, by: Installer): string {
    const updater = this.active;
    if (this.phase !== 'downloaded' || !updater || this.offer?.version !== version) {
      throw new UpdateError(updateErrorKeys.notDownloaded);
    }
    const backup = backupBeforeInstall(this.app, by.userId);
    this.phase = 'installing';
    const later = this.options.later ?? ((work) => setTimeout(work, 500));
    // Not silent: the installer shows itself; and the program starts again after it.
    later(() => updater.quitAndInstall(false, true));
    return backup;
  }
}
