import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { networkTexts } from '../../src-renderer/i18n/texts/network';
import { openBrowser, snapshot } from './support/browser';
import { adminPassword, setUpSchool, signIn } from './support/school';
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

  beforeAll(async () => {
    server = await startServer(['--network-port', '0', '--network-host', '127.0.0.1']);
    browser = await openBrowser();
    page = browser.pages()[0] ?? (await browser.newPage());
  });
  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  it('is off until switched on, then serves HTTPS and shows the certificate it serves', async () => {
    await page.goto(server.url);
    await setUpSchool(page, { nameKy: '№ 7 орто мектеп', surname: 'Бакиев', name: 'Нурлан' });
    await signIn(page, 'admin', adminPassword);

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
