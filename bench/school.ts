/**
 * The school the bench measures, generated once and kept in a cache folder (gitignored) under a name
 * that holds everything it depends on: the size, the seed, the schema (the last migration) and the
 * generator's version. A run works on a copy, so what a figure writes never reaches the cache.
 */
import fs from 'node:fs';
import path from 'node:path';
import { closeDatabase, openDatabase, transaction } from '../src-main/db/connection';
import { migrationsFolder } from '../src-main/db/paths';
import { fillLargeSchool, largeSchoolYear } from '../src-main/demo/large-school';
import { createSchool } from '../src-main/school/setup-service';

/** Raise when the large school's generator changes what it makes: the cached file is then made anew. */
export const generatorVersion = 1;

/** The bench's clock: three weeks after the 2025–2026 year, so the whole year is in the journal. */
export const benchNow = new Date('2026-06-20T06:00:00.000Z');

/** Classes per size: the large school of the issue, and a small one for the harness's own test. */
export const classesOf = { large: 110, small: 3 } as const;

export const defaultCacheFolder = path.join(__dirname, '.cache');

function schemaTag(): string {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder(), 'meta', '_journal.json'), 'utf8')) as {
    entries: { tag: string }[];
  };
  return journal.entries.at(-1)?.tag ?? 'none';
}

export function cachedName(size: keyof typeof classesOf, seed: number): string {
  return `${size}-seed${seed}-${schemaTag()}-gen${generatorVersion}.sqlite`;
}

/** The cached school's file, generating it first when missing (under a temporary name, then renamed). */
export function cachedSchool(
  size: keyof typeof classesOf,
  seed: number,
  folder: string,
  say: (line: string) => void,
): string {
  const file = path.join(folder, cachedName(size, seed));
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(folder, { recursive: true });
  const partial = `${file}.partial`;
  for (const f of [partial, `${partial}-wal`, `${partial}-shm`]) fs.rmSync(f, { force: true });
  say(`Generating the ${size} school (seed ${seed}) into ${file} …`);
  const started = performance.now();
  const db = openDatabase(partial, { migrationsFolder: migrationsFolder() });
  try {
    transaction(db, () => {
      createSchool(db, { nameKy: 'Чоң мектеп', nameRu: 'Большая школа', year: largeSchoolYear(benchNow) }, benchNow);
      fillLargeSchool(db, { now: benchNow, seed, classes: classesOf[size] });
    });
    db.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    closeDatabase(db);
  }
  fs.renameSync(partial, file);
  say(`  done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return file;
}
