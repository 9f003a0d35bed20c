import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { markerName } from './marker';
import { PollingWatcher, type Candidate } from './polling-watcher';

/*
 * Windows gives plugged drives letters. Without a native module we cannot call GetDriveType, so the
 * watcher goes by these rules (the heuristics):
 * 1. Only D: to Z: are looked at: A:/B: are floppies (touching them can stall) and C: is the system.
 * 2. A letter is present when its root answers `access` (a card reader with no card does not).
 * 3. When a letter appears, Windows is asked once what kind of drive it is and what its label is
 *    (PowerShell, `Win32_LogicalDisk.DriveType`: 2 removable, 3 fixed, 4 network, 5 CD/DVD, 6 RAM
 *    disk) — about a second, in the background, only when a letter appears, never on every look.
 * 4. A drive carrying our marker is always listed, whatever its kind (an external hard disk the
 *    administrator marked). Otherwise only removable drives (type 2) are listed: a second internal
 *    disk, a network drive or a DVD is never offered.
 * 5. When PowerShell cannot answer (blocked by policy, missing), a letter already present at the
 *    first look is taken for a fixed disk, and a letter that appears later for a plugged drive.
 * Limits: an unmarked USB hard disk reports itself as fixed (3) and is not offered; a flash drive
 * plugged before the program started is missed only when PowerShell cannot answer.
 */

export type WindowsDriveKind = 'removable' | 'fixed' | 'other' | 'unknown';

export interface WindowsInfo {
  kind: WindowsDriveKind;
  volumeName: string;
}

export interface WindowsOptions {
  letters?: string[];
  /** Where a letter's files are (default `E:\`); tests map letters to folders. */
  rootOf?: (letter: string) => string;
  /** What Windows says of a letter (default: PowerShell). */
  describe?: (letter: string) => Promise<WindowsInfo>;
}

export const windowsLetters = 'DEFGHIJKLMNOPQRSTUVWXYZ'.split('');

export function kindOfDriveType(type: number | null): WindowsDriveKind {
  if (type === 2) return 'removable';
  if (type === 3) return 'fixed';
  if (type === null || Number.isNaN(type)) return 'unknown';
  return 'other';
}

/** Asks Windows (PowerShell, CIM) for one letter's drive type and volume label. */
export function describeWithPowerShell(letter: string): Promise<WindowsInfo> {
  if (!/^[D-Z]$/.test(letter)) return Promise.resolve({ kind: 'unknown', volumeName: '' });
  const script =
    `$d = Get-CimInstance -ClassName Win32_LogicalDisk -Filter "DeviceID='${letter}:'"; ` +
    `if ($d) { "$($d.DriveType)|$($d.VolumeName)" }`;
  return new Promise((resolve) => {
    execFile(
      'powershell.exe',
      ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-Command', script],
      { timeout: 15_000, windowsHide: true },
      (error, stdout) => {
        const [type = '', volumeName = ''] = error ? [] : String(stdout).trim().split('|');
        resolve({ kind: kindOfDriveType(type ? Number(type) : null), volumeName: volumeName.trim() });
      },
    );
  });
}

const exists = async (p: string): Promise<boolean> => {
  try {
    await fs.promises.access(p);
    return true;
  } catch {
    return false;
  }
};

export class WindowsWatcher extends PollingWatcher {
  private readonly letters: string[];
  private readonly rootOf: (letter: string) => string;
  private readonly describe: (letter: string) => Promise<WindowsInfo>;
  /** What Windows said of each present letter; forgotten when the letter goes. */
  private readonly known = new Map<string, WindowsInfo>();
  private presentAtStart: Set<string> | null = null;

  constructor(options: WindowsOptions = {}) {
    super();
    this.letters = options.letters ?? windowsLetters;
    this.rootOf = options.rootOf ?? ((letter) => `${letter}:\\`);
    this.describe = options.describe ?? describeWithPowerShell;
  }

  protected async candidates(): Promise<Candidate[]> {
    const present: string[] = [];
    for (const letter of this.letters) if (await exists(this.rootOf(letter))) present.push(letter);
    const first = this.presentAtStart === null;
    this.presentAtStart ??= new Set(present);
    for (const letter of this.letters) {
      if (present.includes(letter)) continue;
      // A letter that went away may come back as another drive: ask again, and no longer presume it fixed.
      this.known.delete(letter);
      this.presentAtStart.delete(letter);
    }
    const asked = present.filter((letter) => !this.known.has(letter));
    const answers = await Promise.all(asked.map((letter) => this.describe(letter)));
    asked.forEach((letter, i) => this.known.set(letter, answers[i] ?? { kind: 'unknown', volumeName: '' }));

    const found: Candidate[] = [];
    for (const letter of present) {
      const info = this.known.get(letter) ?? { kind: 'unknown', volumeName: '' };
      const root = this.rootOf(letter);
      const listed =
        info.kind === 'removable' ||
        (info.kind === 'unknown' && !first && !this.presentAtStart.has(letter)) ||
        (await exists(path.join(root, markerName)));
      if (listed)
        found.push({ mountPath: root, label: info.volumeName ? `${info.volumeName} (${letter}:)` : `${letter}:` });
    }
    return found;
  }
}
