/**
 * Updating from a flash drive: a folder stands in for the place drives appear (the backup drives'
 * FolderWatcher), a release folder is written as electron-builder writes one, and the updater is the
 * boundary fake — which reads the drive the way electron-updater's generic provider does, over the
 * loopback URL the program gives it. A valid newer release is offered, downloaded and installed; a
 * tampered installer is refused; a drive without a release, or with an older one, is ignored.
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FolderWatcher } from '../../src-main/backup/drives/folder-watcher';
import { DriveReleases } from '../../src-main/updates/drive-releases';
import { findRelease, inspectReleaseFolder } from '../../src-main/updates/release-folder';
import { serveRelease } from '../../src-main/updates/release-server';
import { UpdateService } from '../../src-main/updates/update-service';
import { compareVersions, isNewer } from '../../src-main/updates/version';
import { FakeUpdater, fakeUpdaters } from '../helpers/fake-updater';
import { makeTempDir, openTestApp, removeDir, type TestApp } from '../helpers/app';

let t: TestApp;
let root: string;
let watcher: FolderWatcher;

beforeEach(() => {
  t = openTestApp();
  root = makeTempDir('mektep-drives-');
  watcher = new FolderWatcher(root);
});
afterEach(() => {
  watcher.close();
  t.close();
  removeDir(root);
});

interface Written {
  folder: string;
  installer: Buffer;
  name: string;
}

/** A release folder as electron-builder writes it: the channel file and the installer it names. */
function writeRelease(folder: string, version: string, options: { channel?: string; name?: string } = {}): Written {
  fs.mkdirSync(folder, { recursive: true });
  const installer = randomBytes(300_000);
  const name = options.name ?? `Mektep-Journal-Setup-${version}.exe`;
  fs.writeFileSync(path.join(folder, name), installer);
  const sha512 = createHash('sha512').update(installer).digest('base64');
  const yml = [
    `version: ${version}`,
    'files:',
    `  - url: ${name}`,
    `    sha512: ${sha512}`,
    `    size: ${installer.length}`,
    `path: ${name}`,
    `sha512: ${sha512}`,
    "releaseDate: '2026-11-20T08:00:00.000Z'",
    '',
  ].join('\n');
  fs.writeFileSync(path.join(folder, options.channel ?? 'latest.yml'), yml);
  return { folder, installer, name };
}

function program() {
  const fakes = fakeUpdaters(null);
  const service = new UpdateService(t.app, {
    currentVersion: '1.2.0',
    updaterFor: fakes.factory,
    later: (work) => work(),
  });
  const releases = new DriveReleases(service, watcher, 'win32').start();
  /** Lets the watcher look and the releases be checked. */
  const settle = async () => {
    await watcher.poll();
    await releases.whenIdle();
  };
  return { service, fakes, releases, settle };
}

describe('a release on a flash drive', () => {
  it('is offered, read through the updater from the drive, checked, and installed on the word', async () => {
    const { service, fakes, settle } = program();
    const written = writeRelease(path.join(root, 'KINGSTON', 'Mektep Journal 1.3.0'), '1.3.0');
    await settle();
    expect(service.status()).toMatchObject({
      phase: 'available',
      source: 'drive',
      version: '1.3.0',
      driveLabel: 'KINGSTON',
      refused: null,
    });
    // Offered only: nothing is read through the updater before the specialist says yes.
    expect(fakes.made).toEqual([]);

    service.download('1.3.0');
    await service.whenIdle();
    expect(service.status()).toMatchObject({ phase: 'downloaded', version: '1.3.0', error: null });
    const updater = fakes.made[0];
    expect(updater?.feed).toMatchObject({ kind: 'drive', url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/$/) });
    expect(updater?.fetched?.equals(written.installer)).toBe(true);
    expect(updater?.calls.every((c) => !c.autoDownload && !c.autoInstallOnAppQuit)).toBe(true);

    // Once read, the drive may go: the installation does not need it.
    fs.rmSync(path.join(root, 'KINGSTON'), { recursive: true });
    await settle();
    service.install('1.3.0', { userId: null });
    expect(updater?.names()).toEqual(['checkForUpdates', 'downloadUpdate', 'quitAndInstall(false, true)']);
  });

  it('refuses a tampered installer with a clear message, and never offers it', async () => {
    const { service, fakes, settle } = program();
    const written = writeRelease(path.join(root, 'KINGSTON'), '1.3.0');
    const bytes = Buffer.from(written.installer);
    bytes[1000] = (bytes[1000] ?? 0) ^ 0xff; // same size, one byte changed
    fs.writeFileSync(path.join(written.folder, written.name), bytes);
    await settle();
    expect(service.status()).toMatchObject({
      phase: 'idle',
      version: null,
      refused: { driveLabel: 'KINGSTON', version: '1.3.0', key: 'validation.updates.tampered' },
    });
    expect(() => service.download('1.3.0')).toThrow('validation.updates.nothingOffered');
    expect(fakes.made).toEqual([]);

    // Pulled out: the warning goes with it.
    fs.rmSync(path.join(root, 'KINGSTON'), { recursive: true });
    await settle();
    expect(service.status().refused).toBeNull();
  });

  it('fails the download when the installer is changed after it was offered: the updater checks again', async () => {
    const { service, fakes, settle } = program();
    const written = writeRelease(path.join(root, 'KINGSTON'), '1.3.0');
    await settle();
    expect(service.status().phase).toBe('available');
    const bytes = Buffer.from(written.installer);
    bytes[5] = (bytes[5] ?? 0) ^ 0x01;
    fs.writeFileSync(path.join(written.folder, written.name), bytes);
    service.download('1.3.0');
    await service.whenIdle();
    expect(service.status()).toMatchObject({ phase: 'failed', error: { key: 'validation.updates.downloadFailed' } });
    expect(service.status().error?.detail).toContain('sha512 checksum mismatch');
    expect(() => service.install('1.3.0', { userId: null })).toThrow('validation.updates.notDownloaded');
    expect(fakes.made[0]?.names()).toEqual(['checkForUpdates', 'downloadUpdate']);
  });

  it('overtakes an internet check still running, whose late failure then changes nothing', async () => {
    let fail: (error: Error) => void = () => undefined;
    const internet = new FakeUpdater({ kind: 'internet' }, null);
    internet.checkForUpdates = () => new Promise((_resolve, reject) => (fail = reject));
    const service = new UpdateService(t.app, { currentVersion: '1.2.0', updaterFor: () => internet });
    const releases = new DriveReleases(service, watcher, 'win32').start();
    service.check();
    expect(service.status().phase).toBe('checking');
    writeRelease(path.join(root, 'KINGSTON'), '1.3.0');
    await watcher.poll();
    await releases.whenIdle();
    expect(service.status()).toMatchObject({ phase: 'available', source: 'drive', version: '1.3.0' });
    fail(new Error('getaddrinfo ENOTFOUND updates.example'));
    await service.whenIdle();
    expect(service.status()).toMatchObject({ phase: 'available', source: 'drive', error: null });
  });

  it('refuses a channel file whose installer is missing', async () => {
    const { service, settle } = program();
    const written = writeRelease(path.join(root, 'KINGSTON'), '1.3.0');
    fs.rmSync(path.join(written.folder, written.name));
    await settle();
    expect(service.status().refused?.key).toBe('validation.updates.installerMissing');
    expect(service.status().phase).toBe('idle');
  });

  it('ignores a drive without a release, and one with an older or the same version', async () => {
    const { service, fakes, settle } = program();
    fs.mkdirSync(path.join(root, 'PHOTOS', 'holiday'), { recursive: true });
    fs.writeFileSync(path.join(root, 'PHOTOS', 'holiday', 'a.jpg'), 'jpeg');
    writeRelease(path.join(root, 'OLD', 'release'), '1.1.9');
    writeRelease(path.join(root, 'SAME'), '1.2.0');
    await settle();
    expect(watcher.list().map((d) => d.label)).toEqual(['OLD', 'PHOTOS', 'SAME']);
    expect(service.status()).toMatchObject({ phase: 'idle', version: null, refused: null });
    expect(fakes.made).toEqual([]);
  });

  it('withdraws the offer when the drive is pulled out before the download', async () => {
    const { service, settle } = program();
    writeRelease(path.join(root, 'KINGSTON'), '1.3.0');
    await settle();
    expect(service.status().phase).toBe('available');
    fs.rmSync(path.join(root, 'KINGSTON'), { recursive: true });
    await settle();
    expect(service.status()).toMatchObject({ phase: 'idle', version: null });
  });

  it('takes the Linux channel file and an AppImage on Linux', async () => {
    const written = writeRelease(path.join(root, 'USB'), '2.0.0', {
      channel: 'latest-linux.yml',
      name: 'Mektep-Journal-2.0.0.AppImage',
    });
    const found = await findRelease(path.join(root, 'USB'), { platform: 'linux', currentVersion: '1.2.0' });
    expect(found).toMatchObject({ kind: 'valid', release: { version: '2.0.0', installer: written.name } });
    // The Windows program does not take it.
    const windows = await findRelease(path.join(root, 'USB'), { platform: 'win32', currentVersion: '1.2.0' });
    expect(windows).toEqual({ kind: 'none' });
  });
});

describe('reading a release folder', () => {
  it('refuses an installer named outside its folder', async () => {
    const folder = path.join(root, 'EVIL');
    writeRelease(folder, '1.3.0', { name: 'setup.exe' });
    const yml = fs.readFileSync(path.join(folder, 'latest.yml'), 'utf8').replaceAll('setup.exe', '../setup.exe');
    fs.writeFileSync(path.join(folder, 'latest.yml'), yml);
    const found = await inspectReleaseFolder(folder, { platform: 'win32', currentVersion: '1.2.0' });
    expect(found).toMatchObject({ kind: 'refused', key: 'validation.updates.releaseUnreadable' });
  });

  it('refuses a channel file that is not one', async () => {
    const folder = path.join(root, 'JUNK');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'latest.yml'), 'just: [some, yaml]\n');
    const found = await inspectReleaseFolder(folder, { platform: 'win32', currentVersion: '1.2.0' });
    expect(found).toMatchObject({ kind: 'refused', key: 'validation.updates.releaseUnreadable' });
  });

  it('compares versions the semver way', () => {
    expect(compareVersions('1.10.0', '1.9.3')).toBeGreaterThan(0);
    expect(compareVersions('1.3.0-beta.2', '1.3.0')).toBeLessThan(0);
    expect(compareVersions('1.3.0-beta.10', '1.3.0-beta.2')).toBeGreaterThan(0);
    expect(compareVersions('2.0.0', '2.0.0')).toBe(0);
    expect(isNewer('1.2.1', '1.2.0')).toBe(true);
    expect(isNewer('1.2.0', '1.2.0')).toBe(false);
    expect(isNewer('one', '1.2.0')).toBe(false);
  });
});

describe('the loopback server for the updater', () => {
  it('serves the named files of the folder and nothing else, to this computer only', async () => {
    const written = writeRelease(path.join(root, 'R'), '1.3.0');
    fs.writeFileSync(path.join(root, 'secret.txt'), 'secret');
    const server = await serveRelease(written.folder, ['latest.yml', written.name]);
    try {
      const ok = await fetch(new URL(written.name, server.url));
      expect(Buffer.from(await ok.arrayBuffer()).equals(written.installer)).toBe(true);
      for (const name of ['../secret.txt', '%2e%2e/secret.txt', 'other.exe', '']) {
        expect((await fetch(`${server.url}${name}`)).status, name).toBe(404);
      }
      expect((await fetch(new URL('latest.yml', server.url), { method: 'POST' })).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
