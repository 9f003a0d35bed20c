import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogs } from '../../src-renderer/i18n/catalogs';

/** Every TypeScript file under a folder. */
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return e.name.endsWith('.ts') ? [full] : [];
  });
}

/**
 * A refusal the screen cannot put into words is shown as its key ("validation.plan.topicInUse"): every
 * message key the services and the contract can send must have a text in both languages.
 */
describe('message keys', () => {
  const used = new Map<string, string>();
  for (const file of sources(path.resolve('src-main'))) {
    for (const match of fs.readFileSync(file, 'utf8').matchAll(/['"`](validation\.[A-Za-z0-9_.]+[A-Za-z0-9_])['"`]/g)) {
      used.set(match[1] as string, path.relative(process.cwd(), file));
    }
  }

  // The printing refusals are keyed without the prefix (`PrintError('print.noPupils')`) and sent as
  // `validation.print.noPupils`.
  for (const file of sources(path.resolve('src-main/print'))) {
    for (const match of fs.readFileSync(file, 'utf8').matchAll(/['"`](print\.[a-z][A-Za-z]+)['"`]/g)) {
      used.set(`validation.${match[1] as string}`, path.relative(process.cwd(), file));
    }
  }

  it('finds the keys it checks', () => {
    expect(used.size).toBeGreaterThan(50);
  });

  it('has a Kyrgyz and a Russian text for every validation key the services use', () => {
    const missing = [...used]
      .filter(([key]) => !Object.hasOwn(catalogs.ky, key) || !Object.hasOwn(catalogs.ru, key))
      .map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });

  it('words every refusal of the journal’s edit rule', () => {
    for (const rule of ['notAllowed', 'notOwn', 'notYet', 'dayPassed']) {
      expect(Object.hasOwn(catalogs.ky, `rule.journal.${rule}`), rule).toBe(true);
      expect(Object.hasOwn(catalogs.ru, `rule.journal.${rule}`), rule).toBe(true);
    }
  });
});
