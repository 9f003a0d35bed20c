import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FolderWatcher } from '../../src-main/backup/drives/folder-watcher';
import { markerName, markerText } from '../../src-main/backup/drives/marker';
import { platformWatcher } from '../../src-main/backup/drives/platform-watcher';
import { isMountPoint, MountFolderWatcher } from '../../src-main/backup/drives/unix-watchers';
import type { DriveWatcher } from '../../src-main/backup/drives/watcher';
import { kindOfDriveType, WindowsWatcher, type WindowsInfo } from '../../src-main/backup/drives/windows-watcher';
import { makeTempDir, removeDir } from '../helpers/app';

let root: string;
beforeEach(() => {
  root = makeTempDir('mektep-drives-');
});
afterEach(() => removeDir(root));

const id = 'a1'.repeat(16);

/** What a watcher tells, in order, as `event label id`. */
function journal(watcher: DriveWatcher): string[] {
  const said: string[] = [];
  for (const event of ['plugged', 'removed', 'changed'] as const) {
    watcher.on(event, (d) => said.push(`${event} ${d.label} ${d.id ?? '-'}`));
  }
  return said;
}

describe('the folder standing in for drives', () => {
  it('reports subfolders plugged, marked, relabelled and removed', async () => {
    const watcher = new FolderWatcher(root);
    const said = journal(watcher);
    await watcher.poll();
    expect(watcher.list()).toEqual([]);

    fs.mkdirSync(path.join(root, 'KINGSTON'));
    fs.mkdirSync(path.join(root, '.hidden'));
    fs.writeFileSync(path.join(root, 'a-file'), '');
    await watcher.poll();
    const [drive] = watcher.list();
    expect(drive).toMatchObject({
      id: null,
      label: 'KINGSTON',
      mountPath: path.join(root, 'KINGSTON'),
      writable: true,
    });
    expect(drive?.freeBytes).toBeGreaterThan(0);

    fs.writeFileSync(path.join(root, 'KINGSTON', markerName), markerText(id));
    await watcher.poll();
    await watcher.poll();
    fs.renameSync(path.join(root, 'KINGSTON'), path.join(root, 'SCHOOL'));
    await watcher.poll();
    fs.rmSync(path.join(root, 'SCHOOL'), { recursive: true });
    await watcher.poll();
    expect(said).toEqual([
      'plugged KINGSTON -',
      `changed KINGSTON ${id}`,
      `plugged SCHOOL ${id}`,
      `removed KINGSTON ${id}`,
      `removed SCHOOL ${id}`,
    ]);
    watcher.close();
  });

  it('sees no drives, and does not fail, while its folder does not exist', async () => {
    const watcher = new FolderWatcher(path.join(root, 'missing'));
    await watcher.poll();
    expect(watcher.list()).toEqual([]);
  });

  it('stops telling after close, and one unsubscribed listener hears nothing', async () => {
    const watcher = new FolderWatcher(root);
    const heard: string[] = [];
    const off = watcher.on('plugged', (d) => heard.push(d.label));
    off();
    fs.mkdirSync(path.join(root, 'A'));
    await watcher.poll();
    expect(heard).toEqual([]);
    watcher.close();
    watcher.on('plugged', (d) => heard.push(d.label));
    fs.mkdirSync(path.join(root, 'B'));
    await watcher.poll();
    expect(heard).toEqual([]);
  });
});

describe('Linux and macOS: mount points under known folders', () => {
  it('takes only the children that are drives, skips hidden ones, tolerates missing roots', async () => {
    for (const name of ['KINGSTON', 'leftover', '.Trashes']) fs.mkdirSync(path.join(root, name));
    const drives = new Set([path.join(root, 'KINGSTON'), path.join(root, '.Trashes')]);
    const watcher = new MountFolderWatcher([path.join(root, 'nowhere'), root], async (dir) => drives.has(dir));
    await watcher.poll();
    expect(watcher.list().map((d) => d.label)).toEqual(['KINGSTON']);
  });

  it('tells a mount point from a plain folder or a link', async () => {
    fs.mkdirSync(path.join(root, 'plain'));
    fs.symlinkSync('/proc', path.join(root, 'link'));
    expect(await isMountPoint(path.join(root, 'plain'))).toBe(false);
    expect(await isMountPoint(path.join(root, 'link'))).toBe(false);
    expect(await isMountPoint(path.join(root, 'missing'))).toBe(false);
    expect(await isMountPoint('/proc')).toBe(true);
  });
});

describe('Windows: drive letters and what Windows says of them', () => {
  const info = (kind: WindowsInfo['kind'], volumeName = ''): WindowsInfo => ({ kind, volumeName });

  function windows(kinds: Record<string, WindowsInfo>) {
    const asked: string[] = [];
    const watcher = new WindowsWatcher({
      letters: ['D', 'E', 'F', 'G', 'H', 'I'],
      rootOf: (letter) => path.join(root, letter),
      describe: async (letter) => {
        asked.push(letter);
        return kinds[letter] ?? info('unknown');
      },
    });
    return { watcher, asked, plug: (letter: string) => fs.mkdirSync(path.join(root, letter)) };
  }

  it('lists removable and marked drives, never a fixed disk, a DVD or a network drive', async () => {
    const { watcher, asked, plug } = windows({
      D: info('other', 'DVD'),
      E: info('removable', 'KINGSTON'),
      F: info('fixed', 'DATA'),
      G: info('fixed', 'BACKUP-HDD'),
    });
    for (const letter of ['D', 'E', 'F', 'G']) plug(letter);
    fs.writeFileSync(path.join(root, 'G', markerName), markerText(id));
    await watcher.poll();
    expect(watcher.list().map((d) => [d.label, d.id])).toEqual([
      ['KINGSTON (E:)', null],
      ['BACKUP-HDD (G:)', id],
    ]);
    await watcher.poll();
    expect(asked).toEqual(['D', 'E', 'F', 'G']);
  });

  it('when Windows cannot say: a letter there from the start is a disk, one that appears later a drive', async () => {
    const { watcher, asked, plug } = windows({});
    plug('D');
    await watcher.poll();
    expect(watcher.list()).toEqual([]);
    plug('E');
    await watcher.poll();
    expect(watcher.list().map((d) => d.label)).toEqual(['E:']);
    fs.rmSync(path.join(root, 'D'), { recursive: true });
    await watcher.poll();
    plug('D');
    await watcher.poll();
    expect(watcher.list().map((d) => d.label)).toEqual(['D:', 'E:']);
    expect(asked).toEqual(['D', 'E', 'D']);
  });

  it('reads the drive types of Win32_LogicalDisk', () => {
    expect([2, 3, 4, 5, 6, null, NaN].map(kindOfDriveType)).toEqual([
      'removable',
      'fixed',
      'other',
      'other',
      'other',
      'unknown',
      'unknown',
    ]);
  });
});

describe('the watcher for each system', () => {
  it('is the Windows one on Windows and the mount-folder one elsewhere', () => {
    expect(platformWatcher('win32')).toBeInstanceOf(WindowsWatcher);
    expect(platformWatcher('linux')).toBeInstanceOf(MountFolderWatcher);
    expect(platformWatcher('darwin')).toBeInstanceOf(MountFolderWatcher);
  });
});
