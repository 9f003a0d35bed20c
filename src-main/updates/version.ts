/*
 * Release versions as electron-builder writes them (`1.4.0`, `1.5.0-beta.2`): compared the semver
 * way, so that "1.10.0" is newer than "1.9.3" and a pre-release comes before its release.
 */

const pattern = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

interface Parsed {
  core: [number, number, number];
  pre: string[];
}

function parse(version: string): Parsed | null {
  const match = pattern.exec(version.trim());
  if (!match) return null;
  return {
    core: [Number(match[1]), Number(match[2]), Number(match[3])],
    pre: match[4] ? match[4].split('.') : [],
  };
}

export function isVersion(version: string): boolean {
  return parse(version) !== null;
}

function comparePre(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return b.length - a.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === undefined || y === undefined) return x === undefined ? -1 : 1;
    if (x === y) continue;
    const nx = /^\d+$/.test(x) ? Number(x) : null;
    const ny = /^\d+$/.test(y) ? Number(y) : null;
    if (nx !== null && ny !== null) return Math.sign(nx - ny);
    if (nx !== null || ny !== null) return nx !== null ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

/** Negative when `a` is older than `b`, positive when newer, 0 when equal; throws on a non-version. */
export function compareVersions(a: string, b: string): number {
  const x = parse(a);
  const y = parse(b);
  if (!x || !y) throw new Error(`Not a version: ${x ? b : a}`);
  const core = x.core.map((n, i) => Math.sign(n - (y.core[i] ?? 0))).find((d) => d !== 0);
  if (core !== undefined) return core;
  return comparePre(x.pre, y.pre);
}

/** True only for a well-formed version newer than the current one. */
export function isNewer(candidate: string, current: string): boolean {
  return isVersion(candidate) && isVersion(current) && compareVersions(candidate, current) > 0;
}
