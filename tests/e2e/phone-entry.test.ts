import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import Database from 'better-sqlite3';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { ky } from '../../src-renderer/i18n/ky';
import { journalTexts } from '../../src-renderer/i18n/texts/journal';
import { networkTexts } from '../../src-renderer/i18n/texts/network';
import { todayTexts } from '../../src-renderer/i18n/texts/today';
import { openBrowser, phone, snapshot } from './support/browser';
import { browserSuite } from './support/suite';
import { setUpSchool, signIn } from './support/school';

const j = journalTexts.ky;
const d = todayTexts.ky;
const n = networkTexts.ky;

/** The fingerprint of the certificate a TLS server presents, as a phone sees it before trusting it. */
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
 * Issue 10's scenario: the administrator switches network access on at the office PC; a teacher opens
 * the address over HTTPS on a phone, compares the certificate's fingerprint with the one the office
 * shows and accepts it, signs in and fills one lesson, while the deputy has the same journal page open
 * in the office: the office screen shows her entries without anyone reloading it. On the demo school,
 * Monday 6 October 2025, when Үсөнова has 5-А's Kyrgyz as the second lesson.
 */
describe('the day’s lesson on a phone, seen in the office', () => {
  const clockFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mektep-clock-')), 'now');
  fs.writeFileSync(clockFile, '2025-10-06T05:00:00.000Z');
  const suite = browserSuite({
    env: () => ({ MEKTEP_TEST_CLOCK_FILE: clockFile }),
    args: ['--network-port', '0', '--network-host', '127.0.0.1'],
  });
  let phoneBrowser: BrowserContext | undefined;
  let mobile: Page;
  let networkUrl = '';
  let fingerprint = '';
  afterAll(async () => {
    await phoneBrowser?.close();
  });

  it('switches network access on at the office PC, then opens the journal page of 5-А’s Kyrgyz', async () => {
    const page = suite.page;
    await page.goto(suite.server.url);
    await setUpSchool(page, { nameKy: '№ 1 орто мектеп', surname: 'Жумабаев', name: 'Эрмек', demo: true });

    await signIn(page, 'admin', 'Mektep2026');
    await page.getByRole('button', { name: n['nav.network'] }).click();
    await page.getByLabel(n['network.enabled']).check();
    await page.getByRole('button', { name: n['network.save'] }).click();
    await page.getByText(n['network.saved']).waitFor();
    await page
      .locator('.network-state')
      .filter({ hasText: /\d{2,5}/ })
      .waitFor();
    const port = Number(/(\d{2,5})/.exec((await page.locator('.network-state').textContent()) ?? '')?.[1]);
    networkUrl = `https://127.0.0.1:${port}`;
    fingerprint = (await page.getByTestId('network-fingerprint').textContent()) ?? '';
    await page.getByRole('button', { name: ky['signOut'] }).click();

    await signIn(page, 'deputy');
    await page.getByRole('button', { name: j['nav.journal'], exact: true }).click();
    const picker = suite.field(j['journal.pick']);
    const label =
      (await picker
        .locator('option', { hasText: /^5-А — Кыргыз тили/ })
        .first()
        .textContent()) ?? '';
    await picker.selectOption({ label });
    await page.getByRole('grid').waitFor();
    expect(await page.locator('th.lesson-head:not(.planned)[data-date="2025-10-06"]').count()).toBe(0);
  });

  it('lets the teacher fill the lesson on a phone over HTTPS, with nothing wider than the screen', async () => {
    // The teacher compares the certificate's fingerprint with the office's, then accepts it.
    expect(await servedFingerprint(Number(new URL(networkUrl).port))).toBe(fingerprint);
    phoneBrowser = await openBrowser({ ...phone, ignoreHTTPSErrors: true });
    mobile = phoneBrowser.pages()[0] ?? (await phoneBrowser.newPage());
    await mobile.goto(networkUrl);
    expect(mobile.url()).toMatch(/^https:/);
    await signIn(mobile, 'usonova.a');
    await mobile.getByRole('button', { name: d['nav.today'], exact: true }).click();
    await mobile.getByRole('button', { name: /2-сабак\s*5-А Кыргыз тили/ }).click();
    await mobile.getByLabel(j['journal.topic'], { exact: true }).fill('Зат атооч');
    await mobile.getByLabel(j['journal.homework'], { exact: true }).fill('12-көнүгүү');
    await mobile.getByRole('button', { name: d['today.save'] }).click();
    await mobile.getByRole('status').filter({ hasText: d['today.saved'] }).waitFor();

    const rows = mobile.locator('.today-pupil');
    const first = (await rows.nth(0).locator('.today-name span').first().textContent()) ?? '';
    const second = (await rows.nth(1).locator('.today-name span').first().textContent()) ?? '';
    await mobile.getByRole('button', { name: d['today.absentLabel'].replace('{name}', first) }).click();
    const five = mobile.getByRole('button', {
      name: d['today.markLabel'].replace('{name}', second).replace('{value}', '5'),
    });
    await five.click();
    await expect.poll(() => five.getAttribute('aria-pressed')).toBe('true');
    const width = await mobile.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(width).toBeLessThanOrEqual(0);
    await snapshot(mobile, '60-phone-lesson');
  });

  it('shows the office what the phone entered, without a reload', async () => {
    const page = suite.page;
    const head = page.locator('th.lesson-head:not(.planned)[data-date="2025-10-06"]');
    await head.waitFor({ timeout: 30_000 });
    const column = await head.getAttribute('data-col');
    const cell = (row: number) => page.locator(`.journal-grid [data-row="${row}"][data-col="${column}"]`);
    await expect.poll(() => cell(0).textContent(), { timeout: 30_000 }).toBe(j['attendance.short.absent']);
    await expect.poll(() => cell(1).textContent(), { timeout: 30_000 }).toBe('5');
    await snapshot(page, '61-office-sees-phone');
  });

  it('tells the phone when the office closes the program, and keeps what she saved', async () => {
    await suite.server.stop();
    await mobile.getByRole('alert').filter({ hasText: ky['connection.lost'] }).waitFor({ timeout: 30_000 });
    await snapshot(mobile, '62-phone-office-closed');
    const db = new Database(suite.server.dbFile, { readonly: true });
    const entered = db
      .prepare(
        `select (select count(*) from mark m join lesson l on l.id = m.lesson_id where l.date = '2025-10-06' and m.value = '5') as fives,
                (select count(*) from attendance a join lesson l on l.id = a.lesson_id where l.date = '2025-10-06') as absences,
                (select count(*) from lesson where date = '2025-10-06' and topic = 'Зат атооч') as lessons`,
      )
      .get();
    db.close();
    expect(entered).toEqual({ fives: 1, absences: 1, lessons: 1 });
  });
});
