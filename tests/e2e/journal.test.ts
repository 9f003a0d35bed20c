import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ky } from '../../src-renderer/i18n/ky';
import { journalTexts } from '../../src-renderer/i18n/texts/journal';
import { periodMarkTexts } from '../../src-renderer/i18n/texts/period-marks';
import { snapshot } from './support/browser';
import { browserSuite } from './support/suite';
import { setUpSchool, signIn } from './support/school';

const j = journalTexts.ky;
const pm = periodMarkTexts.ky;

/**
 * Scenario 3 and the edit rule in Chromium, on the demo school: a teacher fills today's lesson by
 * keyboard only, finds it after a reload, is refused the next day; the deputy corrects with a reason
 * and the cell's history shows both.
 */
describe('the journal page in Chromium', () => {
  const clockFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mektep-clock-')), 'now');
  // Monday 6 October 2025, 11:00 in Bishkek: a school day of the demo year's first quarter.
  fs.writeFileSync(clockFile, '2025-10-06T05:00:00.000Z');
  const suite = browserSuite({ env: () => ({ MEKTEP_TEST_CLOCK_FILE: clockFile }) });
  const field = suite.field;
  let journalLabel = '';
  let column = 0;

  const openJournal = async () => {
    await suite.page.getByRole('button', { name: j['nav.journal'], exact: true }).click();
    const picker = field(j['journal.pick']);
    if (journalLabel) await picker.selectOption({ label: journalLabel });
    else {
      // Her Kyrgyz lessons in 5-А, her own class: grade 1 would take no marks at all.
      journalLabel =
        (await picker
          .locator('option', { hasText: /^5-А — / })
          .first()
          .textContent()) ?? '';
      await picker.selectOption({ label: journalLabel });
    }
    await suite.page.getByRole('grid').waitFor();
  };
  const cell = (row: number) => suite.page.locator(`.journal-grid [data-row="${row}"][data-col="${column}"]`);

  it('makes the demo school and signs the teacher in', async () => {
    await suite.page.goto(suite.server.url);
    await setUpSchool(suite.page, { nameKy: '№ 1 орто мектеп', surname: 'Жумабаев', name: 'Эрмек', demo: true });
    await signIn(suite.page, 'usonova.a');
  });

  it('lets the teacher add today’s lesson and fill it by keyboard only', async () => {
    await openJournal();
    await suite.page.getByRole('button', { name: j['journal.lessonAdd'] }).click();
    await field(j['journal.topic']).fill('Зат атооч');
    await suite.page.getByRole('button', { name: j['journal.save'] }).click();
    await suite.page.locator('.lesson-head', { hasText: '06.10' }).waitFor();
    // Today's lesson, entered: the timetable's coming days stand after it as planned columns.
    column = Number(
      await suite.page.locator('th.lesson-head:not(.planned)[data-date="2025-10-06"]').getAttribute('data-col'),
    );
    for (const row of [0, 1, 2]) await expect(cell(row).getAttribute('aria-disabled')).resolves.toBeNull();

    await cell(0).focus();
    await suite.page.keyboard.press('5');
    await suite.page.keyboard.press('ArrowDown');
    await suite.page.keyboard.press('4');
    await suite.page.keyboard.press('ArrowDown');
    // The key of "н" on the Kyrgyz and Russian layouts (Y on a Latin one): the grid reads either.
    await suite.page.keyboard.press('y');
    await expect.poll(() => cell(2).textContent()).toBe(j['attendance.short.absent']);
    await expect.poll(() => cell(0).textContent()).toBe('5');
    await expect.poll(() => cell(1).textContent()).toBe('4');
    await snapshot(suite.page, '31-journal-teacher-keyboard');
  });

  it('keeps the entries after a reload', async () => {
    await suite.page.reload();
    await suite.page.getByRole('button', { name: ky['signOut'] }).waitFor();
    await openJournal();
    await expect.poll(() => cell(0).textContent()).toBe('5');
    expect(await cell(1).textContent()).toBe('4');
    expect(await cell(2).textContent()).toBe(j['attendance.short.absent']);
  });

  it('refuses the same teacher the next day, and changes nothing', async () => {
    fs.writeFileSync(clockFile, '2025-10-07T05:00:00.000Z');
    await suite.page.reload();
    // A day later the session has long expired: she signs in again.
    await signIn(suite.page, 'usonova.a');
    await openJournal();
    await cell(0).focus();
    await suite.page.keyboard.press('3');
    await suite.page.getByRole('alert').filter({ hasText: j['rule.journal.dayPassed'] }).waitFor();
    expect(await cell(0).textContent()).toBe('5');
  });

  it('lets the deputy correct with a reason, and the history shows it', async () => {
    await suite.page.getByRole('button', { name: ky['signOut'] }).click();
    await signIn(suite.page, 'deputy');
    await openJournal();
    await cell(0).focus();
    await suite.page.keyboard.press('3');
    await suite.page.getByRole('alert').filter({ hasText: j['validation.journal.reasonRequired'] }).waitFor();
    expect(await cell(0).textContent()).toBe('5');

    await field(j['journal.correctionReason']).fill('Ата-эненин арызы боюнча текшерилди');
    await cell(0).focus();
    await suite.page.keyboard.press('3');
    await expect.poll(() => cell(0).textContent()).toBe('3');
    await suite.page.keyboard.press('Enter');
    const dialog = suite.page.getByRole('dialog');
    await dialog.getByText('Ата-эненин арызы боюнча текшерилди').waitFor();
    const rows = dialog.locator('.history-table tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(0).textContent()).toContain('usonova.a');
    expect(await rows.nth(1).textContent()).toContain('deputy');
    await snapshot(suite.page, '32-journal-deputy-history');
    await suite.page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('lets the deputy set a quarter mark in the column after the last lesson', async () => {
    const quarterCell = suite.page.locator('.journal-grid td.period-mark').first();
    await quarterCell.focus();
    await expect.poll(() => quarterCell.evaluate((el) => el === document.activeElement)).toBe(true);
    await suite.page.keyboard.press('4');
    await expect.poll(() => quarterCell.locator('.period-value').textContent()).toBe('4');
  });

  it('shows the year with its year, exam and final mark columns', async () => {
    await field(j['journal.period']).selectOption({ label: j['journal.year'] });
    await suite.page.locator('th.period-head', { hasText: pm['periodMarks.column.final'] }).waitFor();
    const heads = await suite.page.locator('th.period-head').allTextContents();
    expect(heads).toEqual([
      pm['periodMarks.column.year'],
      pm['periodMarks.column.exam'],
      pm['periodMarks.column.final'],
    ]);
  });
});
