import { describe, expect, it } from 'vitest';
import { ky } from '../../src-renderer/i18n/ky';
import { updateTexts } from '../../src-renderer/i18n/texts/updates';
import { snapshot } from './support/browser';
import { browserSuite } from './support/suite';

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
  const field = suite.field;
  const password = 'Mektep2026';

  it('shows the version, says updates are not run in browser mode, and keeps the switch', async () => {
    const page = suite.page;
    await page.goto(suite.server.url);
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
