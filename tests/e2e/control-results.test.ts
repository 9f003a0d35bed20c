import { describe, expect, it } from 'vitest';
import { ky } from '../../src-renderer/i18n/ky';
import { controlTexts } from '../../src-renderer/i18n/texts/control';
import { controlResultsTexts } from '../../src-renderer/i18n/texts/control-results';
import { controlWeeklyTexts } from '../../src-renderer/i18n/texts/control-weekly';
import { printTexts } from '../../src-renderer/i18n/texts/print';
import { snapshot } from './support/browser';
import { browserSuite } from './support/suite';
import { setUpSchool, signIn } from './support/school';

const c = { ...controlTexts.ky, ...controlResultsTexts.ky, ...controlWeeklyTexts.ky };
const fill = (text: string, params: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));

/**
 * The deputy's results on the demo school: the first quarter's numbers by class with the school's
 * row, the quality chart, the pupils behind 5-А's numbers, the weekly analysis; then the class
 * teacher of 5-А sees her class only.
 */
describe('the results and weekly tabs in Chromium', () => {
  const suite = browserSuite();

  const openResults = async () => {
    const page = suite.page;
    await page.getByRole('button', { name: c['nav.control'], exact: true }).click();
    await page.getByRole('tab', { name: c['control.tab.results'] }).click();
    await page
      .getByLabel(c['results.period'], { exact: true })
      .selectOption({ label: printTexts.ky['print.period.q1'] });
  };

  it('shows the deputy the first quarter by class, with a chart and the lists behind a row', async () => {
    const page = suite.page;
    await page.goto(suite.server.url);
    await setUpSchool(page, { nameKy: '№ 1 орто мектеп', surname: 'Жумабаев', name: 'Эрмек', demo: true });
    await signIn(suite.page, 'deputy');
    await openResults();

    const byClass = page.getByRole('table', { name: c['results.byClass'] });
    await byClass.getByRole('button', { name: c['results.school'] }).waitFor();
    await byClass.getByRole('button', { name: fill(c['results.parallel'], { grade: 5 }) }).waitFor();
    await page.getByRole('table', { name: c['results.bySubject'] }).waitFor();
    await page.getByRole('table', { name: c['results.byTeacher'] }).waitFor();
    await page.getByRole('img', { name: c['results.chart.quality'] }).waitFor();
    // The first quarter has none before it.
    await page.getByText(c['results.noPrevious']).waitFor();

    await byClass.getByRole('button', { name: '5-А', exact: true }).click();
    const lists = page.getByRole('region', { name: fill(c['results.lists'], { name: '5-А' }) });
    await lists.waitFor();
    // The lists take the focus: they come into view below the tables, and are read out.
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('H3');
    await expect(lists.getByRole('heading', { level: 4 }).count()).resolves.toBe(4);
    await page.getByRole('img', { name: `${c['results.chart.marks']}: 5-А` }).waitFor();
    await snapshot(page, 'control-results-01-deputy');
  });

  it('shows the weekly analysis with a row per class and the school', async () => {
    const page = suite.page;
    await page.getByRole('tab', { name: c['control.tab.weekly'] }).click();
    await page.getByLabel(c['weekly.weekOf'], { exact: true }).fill('2026-10-14');
    await page.getByRole('heading', { name: '12.10.2026 – 18.10.2026' }).waitFor();
    const table = page.locator('table.results-table');
    await table.getByRole('rowheader', { name: c['weekly.total'] }).waitFor();
    expect(await table.getByRole('rowheader').count()).toBeGreaterThan(10);
    await page.getByRole('button', { name: c['weekly.previous'] }).click();
    await page.getByRole('heading', { name: '05.10.2026 – 11.10.2026' }).waitFor();
    await snapshot(page, 'control-results-02-weekly');
  });

  it('gives the class teacher of 5-А her class only', async () => {
    const page = suite.page;
    await page.getByRole('button', { name: ky['signOut'] }).click();
    await signIn(suite.page, 'usonova.a');
    await openResults();
    await page.getByText(c['results.ownClasses']).waitFor();
    const byClass = page.getByRole('table', { name: c['results.byClass'] });
    await byClass.getByRole('button', { name: '5-А', exact: true }).waitFor();
    await expect(byClass.getByRole('rowheader').count()).resolves.toBe(1);
    // No weekly tab for a teacher: that is the administration's notice board.
    expect(await page.getByRole('tab', { name: c['control.tab.weekly'] }).count()).toBe(0);
    await snapshot(page, 'control-results-03-class-teacher');
  });
});
