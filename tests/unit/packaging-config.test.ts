/**
 * electron-builder.yml, checked offline: electron-builder loads it and validates it with its own
 * validator against its own schema (app-builder-lib/scheme.json), exactly as `npm run dist` would;
 * what the installers promise (per-user NSIS with a folder choice and a desktop shortcut, Russian
 * first, AppImage and deb, migrations and fonts as resources, a generic update feed) is read back
 * from the loaded configuration; and `npm install` never rebuilds the native module for Electron.
 */
import fs from 'node:fs';
import path from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import type { Configuration } from 'app-builder-lib';
import { describe, expect, it } from 'vitest';
import { fontTable } from '../../src-main/print/fonts';

const root = path.resolve(__dirname, '..', '..');
/** electron-builder's debug log, switched off (validateConfiguration asks whether it is on). */
const quietLog = { isEnabled: false, add: () => undefined } as unknown as Parameters<typeof validateConfiguration>[1];

async function loadConfig(): Promise<Configuration> {
  return getConfig(root, path.join(root, 'electron-builder.yml'), null);
}

/** An object (a nested part of the configuration), or a failed expectation. */
function part(value: unknown): Record<string, unknown> {
  expect(typeof value).toBe('object');
  return value as Record<string, unknown>;
}

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own schema validation', async () => {
    await expect(validateConfiguration(await loadConfig(), quietLog)).resolves.toBeUndefined();
  });

  it('is refused by that validator when an option is misspelt (the check is live)', async () => {
    const config = await loadConfig();
    const broken = { ...config, nsis: { ...part(config.nsis), oneclick: false } } as Configuration;
    await expect(validateConfiguration(broken, quietLog)).rejects.toThrow(
      /Invalid configuration object[\s\S]*configuration\.nsis/,
    );
  });

  it('builds a per-user Windows installer that lets the specialist choose the folder and makes a desktop shortcut', async () => {
    const config = await loadConfig();
    const nsis = part(config.nsis);
    expect(nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowToChangeInstallationDirectory: true,
      createDesktopShortcut: true,
      deleteAppDataOnUninstall: false,
    });
    // Russian first: NSIS falls back to the first language on a Windows whose language is not listed
    // (a Kyrgyz one included — NSIS has no Kyrgyz language file).
    expect((nsis.installerLanguages as string[])[0]).toBe('ru_RU');
    expect(JSON.stringify(part(config.win).target)).toContain('"nsis"');
  });

  it('builds an AppImage and a deb for Linux', async () => {
    const targets = part((await loadConfig()).linux).target as string[];
    expect([...targets].sort()).toEqual(['AppImage', 'deb']);
  });

  it('uses the icons from assets/: a Windows .ico with a 256-pixel image and a PNG of at least 256 pixels', async () => {
    const config = await loadConfig();
    const ico = fs.readFileSync(path.join(root, String(part(config.win).icon)));
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + 16 * i] || 256);
    expect(sizes).toContain(256);
    const png = fs.readFileSync(path.join(root, String(part(config.linux).icon)));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(256);
  });

  it('ships the migrations and a complete set of print fonts as resources, where main.ts looks for them', async () => {
    const resources = (await loadConfig()).extraResources as { from: string; to: string }[];
    const target = (to: string) => resources.find((it) => it.to === to);
    expect(target('drizzle')?.from).toBe('drizzle');
    expect(fs.existsSync(path.join(root, 'drizzle', 'meta', '_journal.json'))).toBe(true);
    const fonts = target('fonts');
    expect(fonts).toBeDefined();
    // The same check the print worker makes before the first document.
    expect(() => fontTable(path.join(root, fonts?.from ?? ''))).not.toThrow();
  });

  it('keeps better-sqlite3’s native file outside the asar and fails the build on a missing dependency', async () => {
    const config = await loadConfig();
    expect(config.asarUnpack).toContain('**/*.node');
    expect(config.allowMissingDependencies).toBe(false);
    expect(config.npmRebuild).not.toBe(false); // the real package is rebuilt for Electron
  });

  it('publishes to a generic update feed over https, never uploading from npm run dist', async () => {
    const publish = part((await loadConfig()).publish);
    expect(publish.provider).toBe('generic');
    expect(String(publish.url)).toMatch(/^https:\/\//);
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.dist).toBe('node scripts/dist.mjs');
    expect(fs.readFileSync(path.join(root, 'scripts', 'dist.mjs'), 'utf8')).toMatch(/'--publish',\s*'never'/);
  });
});

describe('package.json install hooks', () => {
  it('never rebuild the native module for Electron during npm install (the tests need the Node build)', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    const hooks = ['preinstall', 'install', 'postinstall', 'prepare'].map((name) => pkg.scripts[name] ?? '');
    for (const hook of hooks) expect(hook).not.toMatch(/install-app-deps|electron-rebuild|@electron\/rebuild/);
  });
});
