import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
// The updater's own reader of `latest.yml`: the drive is read exactly as the updater will read it.
import { getFileList, parseUpdateInfo } from 'electron-updater/out/providers/Provider';
import { updateErrorKeys, type UpdateErrorKey } from './errors';
import { compareVersions, isVersion } from './version';

/*
 * A release folder as electron-builder writes it and the specialist copies it to a flash drive: the
 * channel file (`latest.yml` for Windows, `latest-linux.yml` for Linux) naming the version and the
 * installer with its sha512, and the installer beside it. Checked here before anything is offered:
 * the installer must be there, whole, with the hash the channel file gives.
 */

export type ReleaseCheck =
  | { kind: 'none' }
  | { kind: 'notNewer'; version: string }
  | { kind: 'refused'; key: UpdateErrorKey; version: string | null; detail: string }
  | { kind: 'valid'; release: Release };

export interface Release {
  folder: string;
  version: string;
  releaseDate: string | null;
  channelFile: string;
  /** The installer's file name, in `folder`. */
  installer: string;
  sha512: string;
  size: number | null;
}

/** The channel file electron-updater asks for on this platform. */
export function channelFileFor(platform: NodeJS.Platform): string {
  if (platform === 'win32') return 'latest.yml';
  if (platform === 'darwin') return 'latest-mac.yml';
  return 'latest-linux.yml';
}

/** The installer kinds this platform's updater takes. */
function installerKinds(platform: NodeJS.Platform): string[] {
  if (platform === 'win32') return ['.exe'];
  if (platform === 'darwin') return ['.zip'];
  return ['.appimage', '.deb'];
}

/** The file's sha512 in base64, as electron-builder writes it; read as a stream (installers are big). */
export async function sha512Of(file: string): Promise<string> {
  const hash = createHash('sha512');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('base64');
}

/** A plain file name of this folder: no path, no URL, nothing that climbs out. */
function localName(url: string): string | null {
  const name = decodeURIComponent(url);
  if (name !== path.basename(name) || name.includes('/') || name.includes('\\') || name.includes(':')) return null;
  return name === '.' || name === '..' || name === '' ? null : name;
}

export interface InspectOptions {
  platform: NodeJS.Platform;
  currentVersion: string;
}

/** What a folder holds: no release, a release not newer than ours, a refused one, or a valid one. */
export async function inspectReleaseFolder(folder: string, options: InspectOptions): Promise<ReleaseCheck> {
  const channelFile = channelFileFor(options.platform);
  const channelPath = path.join(folder, channelFile);
  let text: string;
  try {
    text = await fs.promises.readFile(channelPath, 'utf8');
  } catch {
    return { kind: 'none' };
  }
  let version: string;
  let files: { url: string; sha512: string; size?: number }[];
  let releaseDate: string | null;
  try {
    const info = parseUpdateInfo(text, channelFile, pathToFileURL(channelPath));
    version = String(info.version);
    releaseDate = info.releaseDate ? String(info.releaseDate) : null;
    files = getFileList(info);
  } catch (error) {
    return { kind: 'refused', key: updateErrorKeys.releaseUnreadable, version: null, detail: String(error) };
  }
  if (!isVersion(version)) {
    return { kind: 'refused', key: updateErrorKeys.releaseUnreadable, version: null, detail: `version ${version}` };
  }
  if (compareVersions(version, options.currentVersion) <= 0) return { kind: 'notNewer', version };

  const kinds = installerKinds(options.platform);
  const entry = files.find((f) => kinds.some((k) => f.url.toLowerCase().endsWith(k)));
  const installer = entry ? localName(entry.url) : null;
  if (!entry || !installer || !entry.sha512) {
    return { kind: 'refused', key: updateErrorKeys.releaseUnreadable, version, detail: 'no installer entry' };
  }
  const file = path.join(folder, installer);
  let actual: string;
  try {
    const stat = await fs.promises.stat(file);
    if (entry.size !== undefined && stat.size !== entry.size) {
      return { kind: 'refused', key: updateErrorKeys.tampered, version, detail: `${installer}: size ${stat.size}` };
    }
    actual = await sha512Of(file);
  } catch {
    return { kind: 'refused', key: updateErrorKeys.installerMissing, version, detail: installer };
  }
  if (actual !== entry.sha512) {
    return { kind: 'refused', key: updateErrorKeys.tampered, version, detail: `${installer}: sha512 ${actual}` };
  }
  const release = { folder, version, releaseDate, channelFile, installer, sha512: actual, size: entry.size ?? null };
  return { kind: 'valid', release };
}

/** How far into a drive a release folder is looked for: its root and the folders right under it. */
const maxSubfolders = 40;

/**
 * The release on a drive: in its root or in a folder right under it (the specialist copies the whole
 * release folder). The newest valid one wins; else a refusal is worth telling; else nothing.
 */
export async function findRelease(mountPath: string, options: InspectOptions): Promise<ReleaseCheck> {
  let subfolders: string[] = [];
  try {
    const entries = await fs.promises.readdir(mountPath, { withFileTypes: true });
    subfolders = entries
      .filter((e) => e.isDirectory() && !e.name.startsWith('.') && !e.name.startsWith('$'))
      .map((e) => path.join(mountPath, e.name))
      .sort()
      .slice(0, maxSubfolders);
  } catch {
    return { kind: 'none' };
  }
  const checks: ReleaseCheck[] = [];
  for (const folder of [mountPath, ...subfolders]) checks.push(await inspectReleaseFolder(folder, options));
  const valid = checks
    .flatMap((c) => (c.kind === 'valid' ? [c.release] : []))
    .sort((a, b) => compareVersions(b.version, a.version));
  if (valid[0]) return { kind: 'valid', release: valid[0] };
  return checks.find((c) => c.kind === 'refused') ?? checks.find((c) => c.kind === 'notNewer') ?? { kind: 'none' };
}
