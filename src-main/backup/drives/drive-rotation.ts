/*
 * Which old copies leave a drive after a new one is verified there. Deliberately simpler than the
 * local folder's rotation (src-main/backup/rotation.ts, written separately): a flash drive keeps the
 * newest few verified copies, nothing else. Only files this database recorded as verified on this
 * drive are ever candidates, so a file someone else put in the folder is never touched.
 */

export const driveKeep = 5;

export interface DriveCopy {
  fileName: string;
  /** ISO time it was last verified on the drive. */
  verifiedAt: string;
}

/** The file names to delete: all but the newest `keep` (at least one is always kept). */
export function driveCopiesToDelete(copies: DriveCopy[], keep: number = driveKeep): string[] {
  const kept = Math.max(1, Math.floor(keep));
  if (copies.length <= kept) return [];
  const newestFirst = [...copies].sort(
    (a, b) => b.verifiedAt.localeCompare(a.verifiedAt) || b.fileName.localeCompare(a.fileName),
  );
  return newestFirst.slice(kept).map((c) => c.fileName);
}
