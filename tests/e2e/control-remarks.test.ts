import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ky } from '../../src-renderer/i18n/ky';
import { controlTexts } from '../../src-renderer/i18n/texts/control';
import { controlFillingTexts } from '../../src-renderer/i18n/texts/control-filling';
import { controlRemarkTexts } from '../../src-renderer/i18n/texts/control-remarks';
import { journalTexts } from '../../src-renderer/i18n/texts/journal';
import { snapshot } from './support/browser';
import { browserSuite } from './support/suite';
import { setUpSchool, signIn } from './support/school';

const c = controlTexts.ky;
const f = controlFillingTexts.ky;
const r = controlRemarkTexts.ky;
const j = journalTexts.ky;

/**
 * Issue 7's scenario in Chromium, on the demo school: the deputy opens filling control, follows a line
 * to the journal page and records a remark there; the teacher signs in, sees it on her home screen and
 * marks it fixed; the deputy sees it fixed.
 */
describe('filling control and remarks in Chromium', () => {
  const clockFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mektep-clock-')), 'now');
  // Monday 6 October 2025, 11:00 in Bishkek: the demo school's journal is filled up to the day before.
  fs.writeFileSync(clockFile, '2025-10-06T05:00:00.000Z');
  const suite = browserSuite({ env: () => ({ MEKTEP_TEST_CLOCK_FILE: clockFile }) });
  const field = suite.field;
  const remarkText = 'Дүйшөмбүдөгү сабак журналга жазылган эмес';
  let line = '';

  const signOut = async () => {
    await suite.page.getByRole('button', { name: ky['signOut'] }).click();
    await field(ky['auth.login']).waitFor();
  };

  it('makes the demo school, and a day passes with Monday’s lessons not entered', async () => {
    await suite.page.goto(suite.server.url);
    await setUpSchool(suite.page, { nameKy: '№ 1 орто мектеп', surname: 'Жумабаев', name: 'Эрмек', demo: true });
    fs.writeFileSync(clockFile, '2025-10-07T05:00:00.000Z');
    await suite.page.reload();
    await signIn(suite.page, 'deputy');
  });

  it('lets the deputy find the teacher’s missing lesson and open its journal page', async () => {
    const page = suite.page;
    await page.getByRole('button', { name: c['nav.control'], exact: true }).click();
    await page.getByRole('tab', { name: f['control.tab.filling'] }).waitFor();
    // The whole school's report first (the default range: the quarter up to today), then hers.
    await page.locator('tr[data-line]').first().waitFor({ timeout: 60_000 });
    const teacher = field(f['filling.teacher']);
    const option = await teacher.locator('option', { hasText: 'Үсөнова' }).first().getAttribute('value');
    await teacher.selectOption(option ?? '');
    await page.getByRole('button', { name: f['filling.show'] }).click();
    await page.getByText(f['filling.loading']).waitFor({ state: 'hidden' });
    // Her Monday lessons of 6 October are missing: the first line that counts a missing lesson.
    line =
      (await page
        .locator('tr[data-line]')
        .evaluateAll(
          (rows) =>
            rows
              .find((tr) => tr.querySelector('[data-count="missing"]')?.textContent !== '0')
              ?.getAttribute('data-line') ?? '',
        )) ?? '';
    expect(line).toMatch(/^\d+:\d*$/);
    const row = page.locator(`tr[data-line="${line}"]`);
    const openOn = (await row.getAttribute('data-open-on')) ?? '';
    expect(openOn).toMatch(/^2025-(09|10)-\d\d$/);
    await snapshot(page, '71-filling-control');

    await row.locator('button', { hasText: f['filling.open'] }).click();
    await page.getByRole('grid').waitFor();
    const classSubjectId = line.split(':')[0] ?? '';
    await expect.poll(() => field(j['journal.pick']).inputValue()).toBe(classSubjectId);
    await page.locator(`th.lesson-head[data-date="${openOn}"]`).first().waitFor();
  });

  it('lets the deputy record a remark from the journal page', async () => {
    const page = suite.page;
    await page.getByRole('button', { name: r['remarks.add'] }).click();
    await field(r['remarks.text']).fill(remarkText);
    await page.getByRole('button', { name: r['remarks.save'] }).click();
    await page.getByRole('status').filter({ hasText: r['remarks.saved'] }).waitFor();
    await snapshot(page, '72-remark-recorded');
  });

  it('shows the teacher the remark on signing in, and lets her mark it fixed', async () => {
    const page = suite.page;
    await signOut();
    await signIn(suite.page, 'usonova.a');
    const panel = page.locator('section.my-remarks');
    await panel.getByRole('heading', { name: r['remarks.mine.title'] }).waitFor();
    await panel.getByText(remarkText).waitFor();
    await snapshot(page, '73-remark-on-home');
    const item = panel.locator('li.my-remark', { hasText: remarkText });
    await item.getByLabel(r['remarks.note']).fill('Сабак толтурулду');
    await item.getByRole('button', { name: r['remarks.fix'] }).click();
    await panel.getByRole('status').filter({ hasText: r['remarks.fixed'] }).waitFor();
    await expect.poll(() => panel.getByText(remarkText).count()).toBe(0);
  });

  it('shows the deputy the remark fixed', async () => {
    const page = suite.page;
    await signOut();
    await signIn(suite.page, 'deputy');
    await page.getByRole('button', { name: c['nav.control'], exact: true }).click();
    await page.getByRole('tab', { name: r['control.tab.remarks'] }).click();
    await field(r['remarks.state']).selectOption('fixed');
    const row = page.locator('tr[data-state="fixed"]', { hasText: remarkText });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('Сабак толтурулду');
    await expect(row.textContent()).resolves.toContain(r['remarks.state.fixed']);
    await snapshot(page, '74-remark-fixed');
  });
});
