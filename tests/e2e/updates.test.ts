import { describe, expect, it } from 'vitest';
import { ky } from '../../src-renderer/i18n/ky';
import { updateTexts } from '../../src-renderer/i18n/texts/updates';
import { snapshot } from './support/browser';
import { browserSuite } from './support/suite';
import { adminPassword, setUpSchool, signIn } from './support/school';

const u = updateTexts.ky;
const fill = (text: string, params: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));

/**
 * The Updates screen in browser mode (no updater runs there): the administrator sees the installed
 * version and that the program cannot update itself here, and turns the internet check off with the
 * keyboard; the switch stays off after leaving the screen.
 */
describe('the Updates screen in Chromium', () => {
  const suite = browserSuite();

  it('shows the version, says updates are not run in browser mode, and keeps the switch', async () => {
    const page = suite.page;
    await page.goto(suite.server.url);
    await setUpSchool(page, { nameKy: '№ 7 орто мектеп', surname: 'Бакиев', name: 'Нурлан' });
    await signIn(page, 'admin', adminPassword);
    await page.getByRole('button', { name: u['nav.updates'] }).click();
    await page.getByRole('heading', { name: u['updates.title'] }).waitFor();
    await page.getByText(fill(u['updates.current'], { version: '0.1.0' })).waitFor();
    await page.getByText(u['updates.unsupported']).waitFor();
    expect(await page.getByRole('button', { name: u['updates.checkNow'] }).count()).toBe(0);

    const checkbox = page.getByLabel(u['updates.checkOnline']);
    await expect(checkbox.isChecked()).resolves.toBe(true);
    await checkbox.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => checkbox.isChecked()).toBe(false);
    await snapshot(page, 'updates-01-switch-off');

    await page.getByRole('button', { name: ky['nav.home'] }).click();
    await page.getByRole('button', { name: u['nav.updates'] }).click();
    await page.getByRole('heading', { name: u['updates.title'] }).waitFor();
    await expect.poll(() => page.getByLabel(u['updates.checkOnline']).isChecked()).toBe(false);
  });
});
