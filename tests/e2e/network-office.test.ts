import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { ky } from '../../src-renderer/i18n/ky';
import { networkTexts } from '../../src-renderer/i18n/texts/network';
import { openBrowser, snapshot } from './support/browser';
import { startServer, type RunningServer } from './support/web-server';

const n = networkTexts.ky;

/** The fingerprint of the certificate a TLS server presents, read without trusting it. */
function servedFingerprint(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = tls.connect({ host: '127.0.0.1', port, rejectUnauthorized: false }, () => {
      resolve(socket.getPeerCertificate().fingerprint256);
      socket.end();
    });
    socket.on('error', reject);
  });
}

/**
 * The administrator at the office PC switches network access on in browser mode: the listener
 * starts, and the screen shows the fingerprint of the very certificate it serves, with a QR code
 * for each address of the PC. (Teachers on phones are the network's own end-to-end test.)
 */
describe('the Network screen in Chromium', () => {
  let server: RunningServer;
  let browser: BrowserContext;
  let page: Page;
  const password = 'Mektep2026';

  beforeAll(async () => {
    server = await startServer(['--network-port', '0', '--network-host', '127.0.0.1']);
    browser = await openBrowser();
    page = browser.pages()[0] ?? (await browser.newPage());
  });
  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  const field = (label: string) => page.getByLabel(label, { exact: true });

  it('is off until switched on, then serves HTTPS and shows the certificate it serves', async () => {
    await page.goto(server.url);
    await page.getByRole('heading', { name: ky['setup.title'] }).waitFor();
    await field(ky['setup.schoolNameKy']).fill('№ 7 орто мектеп');
    await field(ky['person.surname']).fill('Бакиев');
    await field(ky['person.name']).fill('Нурлан');
    await field(ky['auth.password']).fill(password);
    await field(ky['auth.passwordRepeat']).fill(password);
    await page.getByRole('button', { name: ky['setup.submit'] }).click();
    await page.getByText(ky['setup.done']).waitFor();
    await field(ky['auth.login']).fill('admin');
    await field(ky['auth.password']).fill(password);
    await page.getByRole('button', { name: ky['signIn.submit'] }).click();

    await page.getByRole('button', { name: n['nav.network'] }).click();
    await page.getByRole('heading', { name: n['network.title'] }).waitFor();
    await page.getByText(n['network.state.off']).waitFor();
    await page.getByText(n['network.connected.none']).waitFor();

    const port = page.getByLabel(n['network.port'], { exact: true });
    await port.fill('80');
    await page.getByLabel(n['network.enabled']).check();
    await page.getByRole('button', { name: n['network.save'] }).click();
    await page.getByText(n['validation.network.port']).waitFor();
    await port.fill('4311');
    await page.getByRole('button', { name: n['network.save'] }).click();
    await page.getByText(n['network.saved']).waitFor();

    const state = page.getByRole('status').filter({ hasText: /4311|\d{4,5}/ });
    await state.first().waitFor();
    const text = (await page.locator('.network-state').textContent()) ?? '';
    const listening = Number(/(\d{2,5})/.exec(text)?.[1]);
    expect(text).toBe(n['network.state.on'].replace('{port}', String(listening)));
    const fingerprint = (await page.getByTestId('network-fingerprint').textContent()) ?? '';
    expect(fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(await servedFingerprint(listening)).toBe(fingerprint);
    const addresses = await page.locator('.network-url').count();
    expect(await page.locator('svg.network-qr').count()).toBe(addresses);
    await snapshot(page, 'network-01-on');
  });
});
