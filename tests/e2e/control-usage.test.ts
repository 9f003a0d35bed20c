import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ky } from '../../src-renderer/i18n/ky';
import { controlTexts } from '../../src-renderer/i18n/texts/control';
import { controlCompletionTexts } from '../../src-renderer/i18n/texts/control-completion';
import { controlUsageTexts } from '../../src-renderer/i18n/texts/control-usage';
import { snapshot } from './support/browser';
import { browserSuite } from './support/suite';
import { setUpSchool } from './support/school';

const c = { ...controlTexts.ky, ...controlCompletionTexts.ky, ...controlUsageTexts.ky };

/**
 * The deputy on the demo school, in Kyrgyz: programme completion by teacher and by class subject, a
 * class chosen by keyboard; then the usage tab with her own sign-in, and the monthly report printed.
 */
describe('programme completion and usage in Chromium', () => {
  const clockFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mektep-clock-')), 'now');
  // Monday 6 October 2025, 11:00 in Bishkek: the demo year's first quarter.
  fs.writeFileSync(clockFile, '2025-10-06T05:00:00.000Z');
  const suite = browserSuite({ env: () => ({ MEKTEP_TEST_CLOCK_FILE: clockFile }) });
  const field = suite.field;

  it('makes the demo school and signs the deputy in', async () => {
    const page = suite.page;
    await page.goto(suite.server.url);
    await setUpSchool(page, { nameKy: '№ 7 орто мектеп', surname: 'Жумабаев', name: 'Эрмек', demo: true });
    await field(ky['auth.login']).fill('deputy');
    await field(ky['auth.password']).fill('demo1234');
    await page.getByRole('button', { name: ky['signIn.submit'] }).click();
    await page.getByRole('button', { name: c['nav.control'] }).click();
  });

  it('shows completion by teacher and by class subject, and narrows it to one class', async () => {
    const page = suite.page;
    await page.getByRole('tab', { name: c['control.tab.completion'] }).click();
    const lines = page.getByRole('table', { name: c['control.completion.byLine'] });
    await lines.locator('tbody tr').first().waitFor();
    await expect(
      page.getByRole('table', { name: c['control.completion.byTeacher'] }).locator('tbody tr').count(),
    ).resolves.toBeGreaterThan(1);
    const classField = field(c['control.completion.class']);
    await classField.focus();
    await classField.selectOption({ label: '5-А' });
    const classes = await lines.locator('tbody tr td:first-child').allTextContents();
    expect(classes.length).toBeGreaterThan(0);
    expect(new Set(classes)).toEqual(new Set(['5-А']));
    // One class: the teachers' totals give way to its lines.
    await expect(page.getByRole('table', { name: c['control.completion.byTeacher'] }).count()).resolves.toBe(0);
    await snapshot(page, 'control-completion');
  });

  it('shows the deputy’s own sign-in in the usage tab and prints the monthly report', async () => {
    const page = suite.page;
    await page.getByRole('tab', { name: c['control.tab.usage'] }).click();
    const deputyRow = page.locator('tbody tr', { hasText: 'deputy ·' });
    await deputyRow.waitFor();
    // Sign-ins: one, today.
    await expect(deputyRow.locator('td').first().textContent()).resolves.toBe('1');
    await page.getByText(c['control.usage.signInList'].replace('{count}', '1')).click();
    await page.locator('details tbody tr').first().waitFor();

    const month = field(c['control.work.month']);
    const report = page.locator('section', { has: page.getByRole('heading', { name: c['control.work.title'] }) });
    // The current month first, as the server counts it; then September.
    await expect.poll(() => month.inputValue()).toBe('2025-10');
    await month.fill('2025-09');
    await report.getByText(c['control.work.explain'].replace('{day}', '30.09.2025')).waitFor();
    await expect(report.locator('tbody tr').count()).resolves.toBeGreaterThan(1);
    await report.getByRole('button', { name: c['control.printPdf'] }).click();
    await report.locator('.print-file a').first().waitFor({ timeout: 60_000 });
    await expect(report.locator('.print-file a').first().textContent()).resolves.toContain('2025-09');
    await snapshot(page, 'control-usage');
  }, 90_000);
});
