/**
 * electron-updater stubbed at its boundary (src-main/updates/updater-port.ts): a fake AppUpdater that
 * records what it was asked and when, and answers as the real one does through its events.
 *
 * For the internet feed it offers `internetVersion` (none when null), synchronously like an updater
 * with a cached answer. For a drive feed it does what electron-updater's generic provider does over
 * the loopback URL it was given: it fetches the channel file, reads it with the updater's own parser,
 * then fetches the installer and checks its sha512 — so a test proves the drive really is served.
 */
import { createHash } from 'node:crypto';
import { getFileList, parseUpdateInfo } from 'electron-updater/out/providers/Provider';
import type { DownloadProgress, UpdateFeed, UpdateInfo, UpdaterPort } from '../../src-main/updates/updater-port';

type Listener<T> = (value: T) => void;

export class FakeUpdater implements UpdaterPort {
  autoDownload = true;
  autoInstallOnAppQuit = true;
  /** What was asked, in order, with the consent switches as they stood at that moment. */
  readonly calls: { name: string; autoDownload: boolean; autoInstallOnAppQuit: boolean }[] = [];
  /** For a drive feed: the installer bytes fetched and checked. */
  fetched: Buffer | null = null;
  private found: UpdateInfo | null = null;
  private installerUrl: URL | null = null;
  private sha512: string | null = null;
  private readonly listeners = {
    available: [] as Listener<UpdateInfo>[],
    notAvailable: [] as Listener<UpdateInfo>[],
    progress: [] as Listener<DownloadProgress>[],
    downloaded: [] as Listener<UpdateInfo>[],
  };

  constructor(
    readonly feed: UpdateFeed,
    private readonly internetVersion: string | null,
    private readonly channelFile = 'latest.yml',
  ) {}

  private record(name: string): void {
    this.calls.push({ name, autoDownload: this.autoDownload, autoInstallOnAppQuit: this.autoInstallOnAppQuit });
  }

  names(): string[] {
    return this.calls.map((c) => c.name);
  }

  async checkForUpdates(): Promise<unknown> {
    this.record('checkForUpdates');
    if (this.feed.kind === 'internet') {
      this.found = this.internetVersion ? { version: this.internetVersion } : null;
    } else {
      const url = new URL(this.channelFile, this.feed.url);
      const response = await fetch(url);
      if (!response.ok) throw new Error(`HTTP ${response.status} for ${url.href}`);
      const info = parseUpdateInfo(await response.text(), this.channelFile, url);
      const file = getFileList(info)[0];
      if (!file) throw new Error('no file in the channel file');
      this.found = { version: info.version };
      this.installerUrl = new URL(file.url, this.feed.url);
      this.sha512 = file.sha512;
    }
    const found = this.found;
    if (found) for (const l of this.listeners.available) l(found);
    else for (const l of this.listeners.notAvailable) l({ version: '0.0.0' });
    return found ? { isUpdateAvailable: true, updateInfo: found } : null;
  }

  async downloadUpdate(): Promise<unknown> {
    this.record('downloadUpdate');
    const found = this.found;
    if (!found) throw new Error('Please check update first');
    if (this.installerUrl) {
      const response = await fetch(this.installerUrl);
      if (!response.ok) throw new Error(`HTTP ${response.status} for ${this.installerUrl.href}`);
      const bytes = Buffer.from(await response.arrayBuffer());
      const actual = createHash('sha512').update(bytes).digest('base64');
      if (actual !== this.sha512) throw new Error(`sha512 checksum mismatch, expected ${this.sha512}, got: ${actual}`);
      this.fetched = bytes;
    }
    for (const l of this.listeners.progress) l({ percent: 50, transferred: 1, total: 2 });
    for (const l of this.listeners.downloaded) l(found);
    return ['/tmp/pending/installer'];
  }

  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void {
    this.record(`quitAndInstall(${String(isSilent)}, ${String(isForceRunAfter)})`);
  }

  onAvailable(listener: Listener<UpdateInfo>): void {
    this.listeners.available.push(listener);
  }
  onNotAvailable(listener: Listener<UpdateInfo>): void {
    this.listeners.notAvailable.push(listener);
  }
  onProgress(listener: Listener<DownloadProgress>): void {
    this.listeners.progress.push(listener);
  }
  onDownloaded(listener: Listener<UpdateInfo>): void {
    this.listeners.downloaded.push(listener);
  }
}

/** A factory handing out fakes and keeping them, newest last. */
export function fakeUpdaters(internetVersion: string | null, channelFile = 'latest.yml') {
  const made: FakeUpdater[] = [];
  const factory = (feed: UpdateFeed) => {
    const updater = new FakeUpdater(feed, internetVersion, channelFile);
    made.push(updater);
    return updater;
  };
  return { factory, made };
}
