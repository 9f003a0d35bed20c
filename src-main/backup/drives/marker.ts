import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/*
 * A drive is known by a random id in a small file at its root, written when the administrator marks
 * it: a relabelled or re-lettered drive is still the same drive, and the file says nothing about the
 * school or its pupils (a lost drive must not tell whose it is beyond the encrypted backups).
 */

export const markerName = '.mektep-drive';
const idPattern = /^[0-9a-f]{32}$/;

export const newDriveId = (): string => randomBytes(16).toString('hex');

/** The id a marker file holds; null for a missing, unreadable or foreign file. */
export function parseMarker(text: string): string | null {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return null;
    const id = (value as { id?: unknown }).id;
    return typeof id === 'string' && idPattern.test(id) ? id : null;
  } catch {
    return null;
  }
}

export const markerText = (id: string): string => `${JSON.stringify({ program: 'Mektep Journal', format: 1, id })}\n`;

export async function readMarker(mountPath: string): Promise<string | null> {
  try {
    return parseMarker(await fs.promises.readFile(path.join(mountPath, markerName), 'utf8'));
  } catch {
    return null;
  }
}

/** The sync file calls marking uses (the API router is synchronous); a test replaces one to fail it. */
export type MarkerFs = Pick<
  typeof fs,
  'openSync' | 'writeSync' | 'fsyncSync' | 'closeSync' | 'renameSync' | 'rmSync' | 'readFileSync'
>;

export function readMarkerSync(mountPath: string, io: MarkerFs = fs): string | null {
  try {
    return parseMarker(io.readFileSync(path.join(mountPath, markerName), 'utf8'));
  } catch {
    return null;
  }
}

/**
 * Writes the marker atomically: a temp file, flushed, then renamed over the final name, so a drive
 * pulled out meanwhile holds either no marker or a whole one.
 */
export function writeMarkerSync(mountPath: string, id: string, io: MarkerFs = fs): void {
  const temp = path.join(mountPath, `${markerName}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const fd = io.openSync(temp, 'wx');
    try {
      io.writeSync(fd, markerText(id));
      io.fsyncSync(fd);
    } finally {
      io.closeSync(fd);
    }
    io.renameSync(temp, path.join(mountPath, markerName));
  } catch (error) {
    try {
      io.rmSync(temp, { force: true });
    } catch {
      // The drive may be gone or read-only: nothing more can be cleaned.
    }
    throw error;
  }
}
