/*
 * What the program sees of removable drives, behind one small interface: the folder stand-in
 * (tests), Windows, Linux and macOS all poll and report the same way.
 */

/** A drive that is plugged in now. */
export interface Drive {
  /** The id in the drive's marker file (`.mektep-drive`); null for a drive never marked. */
  id: string | null;
  /** What a person calls it: the volume label (or the drive letter on Windows). */
  label: string;
  /** Where its files are: `E:\`, `/media/aigul/KINGSTON`, `/Volumes/KINGSTON`, or a test folder. */
  mountPath: string;
  freeBytes: number;
  /** Whether the system lets us write there (a write-protect switch or a read-only mount: false). */
  writable: boolean;
}

/** `changed`: the marker, the label or the write protection changed while the drive stayed in. */
export type DriveEvent = 'plugged' | 'removed' | 'changed';
export type DriveListener = (drive: Drive) => void;

export interface DriveWatcher {
  /** The drives plugged in at the last look. */
  list(): Drive[];
  /** Subscribes; returns the function that unsubscribes. */
  on(event: DriveEvent, listener: DriveListener): () => void;
  /** Looks now, without waiting for the timer (tests; the screen's "look again"). */
  poll(): Promise<void>;
  /** Starts looking every `intervalMs` (the first look at once). */
  start(intervalMs?: number): this;
  close(): void;
}
