/*
 * Which local backups to delete, as a pure function of the files and the time. Kept:
 * - the newest `keepLast` files;
 * - the newest file of each of the last `weeks` weeks (Monday to Sunday, UTC; this week counts);
 * - the newest file of each of the last `months` calendar months (UTC; this month counts);
 * - always the newest file, and, if none of the kept files was checked when written, the newest
 *   checked one (never delete the only verified copy);
 * - any file whose time cannot be read or lies in the future (a wrong clock): it cannot be judged.
 * Everything else is deleted, oldest first.
 */

export interface RotationFile {
  name: string;
  /** ISO instant from the file's header. */
  createdAt: string;
  /** Checked when written (a `backup_record` with status ok). */
  verified: boolean;
}

export interface RotationRule {
  keepLast: number;
  weeks: number;
  months: number;
}

export const defaultRotation: RotationRule = { keepLast: 10, weeks: 8, months: 12 };

const dayMs = 24 * 60 * 60 * 1000;

/** Midnight UTC of the Monday that starts the week of `t`. */
function weekStart(t: number): number {
  const day = Math.floor(t / dayMs);
  // 1970-01-01 was a Thursday: (day + 3) % 7 is 0 on Mondays.
  return (day - ((day + 3) % 7)) * dayMs;
}

function monthNumber(t: number): number {
  const d = new Date(t);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

export function filesToDelete(files: RotationFile[], now: Date, rule: RotationRule = defaultRotation): string[] {
  const at = now.getTime();
  const dated = files.map((f) => ({ ...f, t: Date.parse(f.createdAt) }));
  const judged = dated.filter((f) => Number.isFinite(f.t) && f.t <= at);
  // Newest first; equal times by name, which carries the order of writing (`-2`, `-3`).
  judged.sort((a, b) => b.t - a.t || b.name.localeCompare(a.name));

  const keep = new Set<string>();
  judged.slice(0, Math.max(rule.keepLast, 1)).forEach((f) => keep.add(f.name));

  const newestPerBucket = (bucketOf: (t: number) => number, buckets: number) => {
    const taken = new Set<number>();
    for (const f of judged) {
      const bucket = bucketOf(f.t);
      if (bucket < 0 || bucket >= buckets || taken.has(bucket)) continue;
      taken.add(bucket);
      keep.add(f.name);
    }
  };
  newestPerBucket((t) => Math.round((weekStart(at) - weekStart(t)) / (7 * dayMs)), rule.weeks);
  newestPerBucket((t) => monthNumber(at) - monthNumber(t), rule.months);

  const keptVerified = judged.some((f) => f.verified && keep.has(f.name));
  const newestVerified = judged.find((f) => f.verified);
  if (!keptVerified && newestVerified) keep.add(newestVerified.name);

  return judged
    .filter((f) => !keep.has(f.name))
    .reverse()
    .map((f) => f.name);
}
