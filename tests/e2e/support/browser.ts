import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromiumPath } from './chromium';

/** A phone with a 6-inch screen, as Chromium emulates it: CSS pixels, touch, a mobile viewport. */
export const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 };

/**
 * Headless Chromium with a fresh profile and none of its calls home (the build machines are offline):
 * an office monitor unless told otherwise (`phone`).
 */
export async function openBrowser(
  device: {
    viewport: { width: number; height: number };
    isMobile?: boolean;
    hasTouch?: boolean;
    /** The school's own certificate, accepted as a teacher accepts it after comparing its fingerprint. */
    ignoreHTTPSErrors?: boolean;
  } = { viewport: { width: 1280, height: 860 } },
): Promise<BrowserContext> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'mektep-chromium-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    ...device,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const artifactsDir = path.resolve('test-artifacts', 'e2e');

/** Keeps a screenshot of the page as a test artefact. */
export async function snapshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(artifactsDir, { recursive: true });
  await page.screenshot({ path: path.join(artifactsDir, `${name}.png`), fullPage: true });
}
