import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { calendarTexts } from '../../src-renderer/i18n/texts/calendar';
import { yearEndTexts } from '../../src-renderer/i18n/texts/year-end';
import { snapshot } from './support/browser';
import { browserSuite } from './support/suite';
import { setUpSchool, signIn } from './support/school';

const y = yearEndTexts.ky;
const c = calendarTexts.ky;
const fill = (text: string, params: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));

/**
 * The year end in Chromium, on the demo school: in June 2027 the deputy sees what is missing, closes
 * the year with a reason, and rolls over to 2027–2028 after looking at what would happen (one pupil
 * of 9-А leaving, one of 5-А repeating by the council's decision).
 */
describe('the year-end screen in Chromium', () => {
  const clockFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mektep-clock-')), 'now');
  // The demo is made in November 2026, a quarter into its year.
  fs.writeFileSync(clockFile, '2026-11-23T09:00:00.000Z');
  const suite = browserSuite({ env: () => ({ MEKTEP_TEST_CLOCK_FILE: clockFile }) });
  const field = suite.field;

  it('makes the demo school, and in June the deputy opens the year end', async () => {
    const page = suite.page;
    await page.goto(suite.server.url);
    await setUpSchool(page, { nameKy: '№ 1 орто мектеп', surname: 'Жумабаев', name: 'Эрмек', demo: true });
    // Ten days after the year's last day (31 May 2027), 10:00 in Bishkek.
    fs.writeFileSync(clockFile, '2027-06-10T04:00:00.000Z');
    await signIn(suite.page, 'deputy');
    await page.getByRole('button', { name: y['nav.yearEnd'], exact: true }).click();
    await page.getByRole('heading', { name: y['yearEnd.title'] }).waitFor();
    // The current year is the one offered first.
    await field(y['yearEnd.year']).locator('option', { hasText: '2026–2027' }).waitFor({ state: 'attached' });
    await expect(field(y['yearEnd.year']).locator('option:checked').textContent()).resolves.toBe('2026–2027');
  });

  it('shows what is missing, class by class, down to the pupil', async () => {
    const page = suite.page;
    // The demo has the first quarter only: every year mark is missing, and the finals of 9 and 11.
    const status = page.locator('[data-missing]');
    await status.waitFor();
    const missing = Number(await status.getAttribute('data-missing'));
    expect(missing).toBeGreaterThan(5000);
    const fifth = page.locator('li[data-class="5-А"]');
    const perClass = (await fifth.textContent()) ?? '';
    await fifth.getByRole('button', { name: y['yearEnd.check.show'] }).click();
    const table = fifth.getByRole('table', { name: '5-А' });
    await table.waitFor();
    // As many pupils' lines in the class's table as its count (grade 5 has no final marks).
    const count = Number(/5-А: (\d+)/.exec(perClass)?.[1]);
    expect(count).toBeGreaterThan(0);
    const lines = await table.locator('td > span').allTextContents();
    expect(lines).toHaveLength(count);
    for (const line of lines) expect(line).toMatch(new RegExp(` \\(${y['yearEnd.kind.year']}\\)$`));
    await snapshot(page, 'year-end-01-missing');
  });

  it('closes the year only with the number confirmed and a reason, and says it is closed', async () => {
    const page = suite.page;
    const form = page.getByRole('form', { name: y['yearEnd.close.title'] });
    const button = form.getByRole('button', { name: y['yearEnd.close.submit'] });
    await expect(button.isDisabled()).resolves.toBe(true);
    const missing = Number(await page.locator('[data-missing]').getAttribute('data-missing'));
    await form.getByLabel(fill(y['yearEnd.close.confirm'], { count: missing })).check();
    await button.click();
    await form.getByText(fill(y['validation.yearEnd.reasonRequired'], { minimum: 5 })).waitFor();
    await form.getByLabel(y['yearEnd.close.reason'], { exact: true }).fill('Жылдык баалар кагаз журналда коюлган');
    await button.click();
    await page.getByText(fill(y['yearEnd.close.done'], { title: '2026–2027' })).waitFor();
    await page.getByRole('form', { name: y['yearEnd.close.title'] }).waitFor({ state: 'detached' });
    await page.getByText(/«2026–2027» окуу жылы .* жабылган: аны окууга жана басып чыгарууга гана болот/).waitFor();
    await snapshot(page, 'year-end-02-closed');
  });

  it('rolls over after showing what will happen: a leaver of 9-А, a repeater of 5-А', async () => {
    const page = suite.page;
    const form = page.getByRole('form', { name: y['yearEnd.roll.title'] });
    await form.waitFor();
    await expect(form.getByLabel(c['years.name'], { exact: true }).inputValue()).resolves.toBe('2027–2028');
    await expect(
      form.getByLabel(`${c['years.yearDates']}: ${c['years.startsOn']}`, { exact: true }).inputValue(),
    ).resolves.toBe('2027-09-01');
    const submit = form.getByRole('button', { name: y['yearEnd.roll.submit'] });
    await expect(submit.isDisabled()).resolves.toBe(true);

    const ninth = form.locator('li[data-class="9-А"]');
    await ninth.getByRole('button').first().click();
    const leaver = ninth.locator('tr[data-pupil]').first();
    const leaverName = (await leaver.getAttribute('data-pupil')) ?? '';
    await leaver.getByLabel(y['yearEnd.roll.leaves']).check();
    const fifth = form.locator('li[data-class="5-А"]');
    await fifth.getByRole('button').first().click();
    await fifth.locator('tr[data-pupil]').first().getByLabel(y['yearEnd.roll.repeats']).check();
    await form.getByLabel(y['yearEnd.roll.decisionDate'], { exact: true }).fill('2027-05-28');
    await form.getByLabel(y['yearEnd.roll.decisionNo'], { exact: true }).fill('7');
    await form.getByRole('button', { name: y['yearEnd.roll.showPlan'] }).click();

    const counts = form.locator('.year-end-counts');
    await counts.waitFor();
    expect(await counts.textContent()).toMatch(/мектептен кетет: 1 · кайталап окуйт: 1$/);
    await form.locator('tr[data-class="6-А"]').filter({ hasText: '5-А' }).waitFor();
    await form.locator('tr[data-class="5-А"]').filter({ hasText: '4-А' }).waitFor();
    expect(await form.locator('tr[data-class^="1-"]').count()).toBe(0);
    await snapshot(page, 'year-end-03-plan');
    expect(leaverName).not.toBe('');

    await submit.click();
    await page.getByText(/«2027–2028» окуу жылы түзүлдү/).waitFor({ timeout: 60_000 });
    await page.getByText(fill(y['yearEnd.rolledOver'], { title: '2027–2028' })).waitFor();
    await page.getByRole('form', { name: y['yearEnd.roll.title'] }).waitFor({ state: 'detached' });
    // The new year is the current one now: the year chooser offers it beside the closed one.
    await expect(field(y['yearEnd.year']).locator('option').allTextContents()).resolves.toEqual([
      '2027–2028',
      '2026–2027',
    ]);
    await snapshot(page, 'year-end-04-rolled-over');
  });
});
