import { z } from 'zod';
import { call } from './define';
import { noInput } from './fields';

/*
 * Updating the program, for the administrator (the school's computer specialist): the current
 * version, a new one found on the internet or on a flash drive, its download and its installation,
 * each only on the specialist's word. Installing restarts the program, so it is refused while a print
 * job or a backup runs, and a checked backup is made first. The screen polls `updates.status`.
 */

export type UpdatePhase =
  'idle' | 'checking' | 'upToDate' | 'available' | 'downloading' | 'downloaded' | 'installing' | 'failed';

export type UpdateSource = 'internet' | 'drive';

export interface UpdateStatus {
  /** False where the program runs without the updater (the browser mode, a development run). */
  supported: boolean;
  currentVersion: string;
  /** The switch: whether the program looks for new versions on the internet. */
  checkOnline: boolean;
  phase: UpdatePhase;
  /** Where the offered version comes from; null when nothing is offered. */
  source: UpdateSource | null;
  /** The offered (or downloaded) version. */
  version: string | null;
  /** The flash drive's label, when the version comes from one. */
  driveLabel: string | null;
  /** 0–1 of the download, while it runs. */
  progress: number | null;
  /** When the internet was last asked. */
  checkedAt: string | null;
  /** Why the last step failed: a `validation.updates.*` key and what the updater said. */
  error: { key: string; detail: string | null } | null;
  /** A release found on a flash drive and refused (a tampered installer, say). */
  refused: { driveLabel: string; version: string | null; key: string } | null;
  /** What would make an installation wait now. */
  busy: { printing: boolean; backup: boolean };
}

/** The version the specialist said yes to: refused if the offer changed in the meantime. */
const consent = z.object({ version: z.string().min(1).max(50) }).strict();

export const updateCalls = {
  'updates.status': call<UpdateStatus>()({ input: noInput, access: 'backup.manage', mutates: false }),
  /** The switch for looking on the internet; a flash drive is looked at either way. */
  'updates.setCheckOnline': call<UpdateStatus>()({
    input: z.object({ enabled: z.boolean() }).strict(),
    access: 'backup.manage',
    mutates: true,
  }),
  /** Asks the internet now (the switch must be on); the answer comes in `updates.status`. */
  'updates.check': call<UpdateStatus>()({ input: noInput, access: 'backup.manage', mutates: false }),
  /** The specialist's yes to the offered version: it is downloaded (or read from the drive) and checked. */
  'updates.download': call<UpdateStatus>()({ input: consent, access: 'backup.manage', mutates: true }),
  /** The specialist's yes to installing: a checked backup, then the program closes and the installer runs. */
  'updates.install': call<UpdateStatus>()({
    input: consent,
    access: 'backup.manage',
    mutates: true,
    ownTransaction: true,
  }),
};
