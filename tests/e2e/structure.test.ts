import { describe, expect, it } from 'vitest';
import { ky } from '../../src-renderer/i18n/ky';
import { calendarTexts } from '../../src-renderer/i18n/texts/calendar';
import { structureTexts } from '../../src-renderer/i18n/texts/structure';
import { subjects as typicalSubjects } from '../../src-main/demo/subjects';
import { snapshot } from './support/browser';
import { browserSuite } from './support/suite';
import { adminPassword, setUpSchool, signIn } from './support/school';

const c = calendarTexts.ky;
const s = structureTexts.ky;

/**
 * The deputy's September in a real browser: classes typed as people type them, the typical subjects,
 * a line of the teaching load, and a quarter's dates corrected after a clear refusal.
 */
describe('the year’s structure and calendar in Chromium', () => {
  const suite = browserSuite();
  const field = suite.field;

  it('sets the school up and signs the administrator in (who may manage the year)', async () => {
    const page = suite.page;
    await page.goto(suite.server.url);
    await setUpSchool(page, {
      nameKy: '№ 12 орто мектеп',
      nameRu: 'Средняя школа № 12',
      surname: 'Бакиев',
      name: 'Нурлан',
    });
    await signIn(page, 'admin', adminPassword);
    await page.getByRole('button', { name: s['nav.structure'] }).waitFor();
  });

  it('adds a class typed "7B" with a Latin B and lists it as 7-В; the same class again is refused', async () => {
    const page = suite.page;
    await page.getByRole('button', { name: s['nav.structure'] }).click();
    const form = page.getByRole('form', { name: s['classes.add'] });
    await form.getByLabel(s['classes.name'], { exact: true }).fill('7B');
    await form.getByLabel(s['classes.name'], { exact: true }).press('Enter');
    await page.locator('tr[data-class="7-В"]').waitFor();
    await form.getByLabel(s['classes.name'], { exact: true }).fill('7 в');
    await form.getByRole('button', { name: s['classes.add'] }).click();
    await form.getByText(s['validation.class.exists'].replace('{name}', '7-В')).waitFor();
    expect(await page.locator('tr[data-class]').count()).toBe(1);
    await snapshot(page, 'structure-01-class-7B');
  });

  it('adds the typical subjects in one click', async () => {
    const page = suite.page;
    await page.getByRole('button', { name: s['structure.subjects'], exact: true }).click();
    await page.getByRole('button', { name: s['subjects.seed'] }).click();
    await page.getByText(s['subjects.seeded'].replace('{count}', String(typicalSubjects.length))).waitFor();
    await page.locator('tr[data-subject="Алгебра"]').waitFor();
    expect(await page.locator('tr[data-subject]').count()).toBe(typicalSubjects.length);
    await snapshot(page, 'structure-02-subjects');
  });

  it('adds a line to 7-В’s teaching load', async () => {
    const page = suite.page;
    await page.getByRole('button', { name: s['structure.load'], exact: true }).click();
    const form = page.getByRole('form', { name: s['load.add'] });
    await form.getByLabel(s['load.subject'], { exact: true }).selectOption({ label: 'Алгебра' });
    await form.getByLabel(s['load.teacher'], { exact: true }).selectOption({ label: 'Бакиев Нурлан' });
    await form.getByLabel(s['load.hours'], { exact: true }).fill('3');
    await form.getByRole('button', { name: s['load.add'] }).click();
    const row = page.locator('tbody tr[data-subject="Алгебра"]');
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('Бакиев Нурлан');
    await page.getByText(s['load.total'].replace('{hours}', '3')).waitFor();
    await snapshot(page, 'structure-03-load');
  });

  it('refuses a quarter that ends before it starts, at the field, then saves the corrected dates', async () => {
    const page = suite.page;
    await page.getByRole('button', { name: c['nav.calendar'] }).click();
    const quarter = c['years.quarter'].replace('{number}', '2');
    const start = field(`${quarter}: ${c['years.startsOn']}`);
    const end = field(`${quarter}: ${c['years.endsOn']}`);
    await start.waitFor();
    const startsOn = await start.inputValue();
    const year = startsOn.slice(0, 4);
    await end.fill(`${year}-11-01`);
    await page.getByRole('button', { name: ky['common.save'], exact: true }).click();
    await page.getByText(c['validation.period.endBeforeStart']).waitFor();
    await expect(end.getAttribute('aria-invalid')).resolves.toBe('true');
    await snapshot(page, 'structure-04-quarter-refused');

    await end.fill(`${year}-12-27`);
    await page.getByRole('button', { name: ky['common.save'], exact: true }).click();
    await page.getByText(c['years.saved']).waitFor();
    await expect(end.inputValue()).resolves.toBe(`${year}-12-27`);
    await expect(page.getByText(c['validation.period.endBeforeStart']).count()).resolves.toBe(0);
    await snapshot(page, 'structure-05-quarter-saved');
  });
});
