import { afterAll, beforeAll } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openBrowser } from './browser';
import { startServer, type RunningServer } from './web-server';

export interface BrowserSuite {
  readonly server: RunningServer;
  readonly page: Page;
  /** The input with this visible label, exactly. */
  field(label: string): ReturnType<Page['getByLabel']>;
}

/**
 * For one describe block: browser mode on a fresh database, and one Chromium page on it, started
 * before the first test and stopped after the last.
 */
export function browserSuite(options: { env?: () => Record<string, string>; args?: string[] } = {}): BrowserSuite {
  let server: RunningServer | undefined;
  let browser: BrowserContext | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    server = await startServer(options.args ?? [], options.env?.() ?? {});
    browser = await openBrowser();
    page = browser.pages()[0] ?? (await browser.newPage());
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('The browser suite has not started');
    return value;
  };
  return {
    get server() {
      return started(server);
    },
    get page() {
      return started(page);
    },
    field: (label) => started(page).getByLabel(label, { exact: true }),
  };
}
