import { describe, expect, it } from 'vitest';
import { ky } from '../../src-renderer/i18n/ky';
import { controlTexts } from '../../src-renderer/i18n/texts/control';
import { controlForecastTexts } from '../../src-renderer/i18n/texts/control-forecast';
import { snapshot } from './support/browser';
import { browserSuite } from './support/suite';
import { setUpSchool, signIn } from './support/school';

const c = { ...controlTexts.ky, ...controlForecastTexts.ky };
const fill = (text: string, params: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));

/**
 * The forecast tab on the demo school, in Kyrgyz: the deputy forecasts the first quarter from its
 * first half, school by class, and opens a class by keyboard; the class teacher of 5-А gets her class
 * and nothing of the school's.
 */
describe('the forecast tab in Chromium', () => {
  const suite = browserSuite();
  const field = suite.field;
  const openTab = async () => {
    await suite.page.getByRole('button', { name: c['nav.control'], exact: true }).click();
    await suite.page.getByRole('tab', { name: c['control.tab.forecast'] }).click();
    await field(c['control.forecast.period']).waitFor();
  };

  it('makes the demo school and opens the forecast as the deputy', async () => {
    const page = suite.page;
    await page.goto(suite.server.url);
    await setUpSchool(page, { nameKy: '№ 7 орто мектеп', surname: 'Жумабаев', name: 'Эрмек', demo: true });
    await signIn(suite.page, 'deputy');
    await openTab();
  });

  it('forecasts the first quarter from its middle, by class and for the school', async () => {
    const page = suite.page;
    await field(c['control.forecast.period']).selectOption({ label: fill(c['control.forecast.quarter'], { n: 1 }) });
    await field(c['control.forecast.asOf']).fill('2026-10-01');
    await page
      .getByText(fill(c['control.forecast.asOfLine'], { day: '01.10.2026', from: '01.09.2026', to: '31.10.2026' }))
      .waitFor();
    const school = page.getByRole('table', { name: c['control.forecast.bySchool'] });
    await school.waitFor();
    const rows = school.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(10);
    await expect(rows.last().locator('th').textContent()).resolves.toBe(c['control.forecast.school']);
    await snapshot(page, 'forecast-01-school');

    // A class opens from its name, by keyboard.
    const open = school.getByRole('button', { name: fill(c['control.forecast.open'], { name: '5-А' }) });
    await open.focus();
    await open.press('Enter');
    await expect(field(c['control.forecast.class']).inputValue()).resolves.not.toBe('');
    const pupils = page.getByRole('table', { name: c['control.forecast.byPupil'] });
    await pupils.waitFor();
    // Only the lines at risk at first, each with its reason; then every line.
    const atRisk = await pupils.locator('tbody tr').count();
    const reasons = await pupils.locator('tbody tr td:last-child').allTextContents();
    expect(reasons.every((r) => r.trim() !== '')).toBe(true);
    await page.getByLabel(c['control.forecast.onlyAtRisk']).uncheck();
    await expect.poll(() => pupils.locator('tbody tr').count()).toBeGreaterThan(atRisk);
    await snapshot(page, 'forecast-02-class');
  });

  it("gives the class teacher her own class only, and none of the school's", async () => {
    const page = suite.page;
    await page.getByRole('button', { name: ky['signOut'] }).click();
    await signIn(suite.page, 'usonova.a');
    await openTab();
    // The list of classes arrives from the server after the tab opens.
    await expect
      .poll(() => field(c['control.forecast.class']).locator('option').allTextContents())
      .toEqual([c['control.forecast.chooseClass'], '5-А']);
    await expect(field(c['control.forecast.class']).inputValue()).resolves.not.toBe('');
    await page.getByRole('table', { name: '5-А' }).waitFor();
    expect(await page.getByRole('table', { name: c['control.forecast.bySchool'] }).count()).toBe(0);
    await snapshot(page, 'forecast-03-class-teacher');
  });
});
