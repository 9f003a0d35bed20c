import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { ky } from '../../src-renderer/i18n/ky';
import { controlWeeklyTexts } from '../../src-renderer/i18n/texts/control-weekly';
import { printTexts } from '../../src-renderer/i18n/texts/print';
import { pdfText } from '../helpers/print';
import { snapshot } from './support/browser';
import { browserSuite } from './support/suite';
import { setUpSchool, signIn } from './support/school';

const p = printTexts.ky;
const r = printTexts.ru;
const fill = (text: string, params: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));

/**
 * Printing from the screen, on the demo school: the deputy prints the year's summary ledger for every
 * class with a progress bar, opens a file through its link, and checks the paper's code (unchanged).
 * A class teacher prints her own class's ledger, in Russian, and is offered no other class.
 */
describe('the print screen in Chromium', () => {
  const suite = browserSuite();
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mektep-print-e2e-'));
  let code = '';

  const form = () => suite.page.getByRole('form', { name: p['print.form'] });
  const select = (label: string) => form().getByLabel(label, { exact: true });
  const fileLinks = () => suite.page.locator('.print-files a');
  /** Downloads a file by its link, with the page's session cookie, to read it back. */
  const download = async (link: Locator, name: string) => {
    const href = (await link.getAttribute('href')) ?? '';
    expect(await link.getAttribute('target')).toBe('_blank');
    const response = await suite.page.request.get(new URL(href, suite.page.url()).toString());
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    const bytes = await response.body();
    const file = path.join(outDir, `${name}.pdf`);
    fs.writeFileSync(file, bytes);
    return { bytes, file };
  };

  it('makes the demo school and opens the print screen as the deputy', async () => {
    const page = suite.page;
    await page.goto(suite.server.url);
    await setUpSchool(page, { nameKy: '№ 1 орто мектеп', surname: 'Жумабаев', name: 'Эрмек', demo: true });
    await signIn(suite.page, 'deputy');
    await page.getByRole('button', { name: p['nav.print'], exact: true }).click();
    await page.getByRole('heading', { name: p['print.title'] }).waitFor();
    await select(p['print.kind']).waitFor();
    // The document's language follows the screen's at first.
    await expect(select(p['print.language']).inputValue()).resolves.toBe('ky');
    await page.getByRole('heading', { name: p['print.verify'] }).waitFor();
    await page.getByRole('heading', { name: p['print.history'] }).waitFor();
  });

  it('prints the summary ledger of every class with a progress bar, one file per class and the set', async () => {
    const page = suite.page;
    await select(p['print.kind']).selectOption({ label: p['print.kind.summary-ledger'] });
    await form().getByLabel(p['print.all'], { exact: true }).check();
    await select(p['print.period']).selectOption({ label: p['print.period.year'] });
    const classes = await select(p['print.class']).locator('option').count();
    expect(classes).toBeGreaterThan(10);
    await expect(select(p['print.class']).isDisabled()).resolves.toBe(true);

    await form().getByRole('button', { name: p['print.start'] }).click();
    const bar = page.getByRole('progressbar', { name: p['print.progress'] });
    await bar.waitFor();
    await expect(bar.getAttribute('max')).resolves.toBe(String(classes + 1));
    await expect(page.getByTestId('print-progress').textContent()).resolves.toMatch(
      new RegExp(`^\\d+ / ${classes + 1}( — .+)?$`),
    );
    await page.getByRole('button', { name: p['print.cancel'] }).waitFor();
    await snapshot(page, 'print-01-progress');

    await page.getByText(fill(p['print.done'], { count: classes + 1 })).waitFor({ timeout: 220_000 });
    expect(await bar.count()).toBe(0);
    await expect(fileLinks().count()).resolves.toBe(classes + 1);
    // The combined file of the set comes first; every class has its own file with its code.
    const first = page.locator('.print-file').first();
    await expect(first.getAttribute('class')).resolves.toContain('print-file-combined');
    await expect(fileLinks().first().getAttribute('href')).resolves.toMatch(/^files\/print\/[0-9a-f]{24}\/-1$/);
    const oneClass = page.locator('.print-file:not(.print-file-combined)').filter({ hasText: '5-А' }).first();
    const codeText = (await oneClass.locator('.print-code').textContent()) ?? '';
    code = /([0-9A-Z]{4}-[0-9A-Z]{4})/.exec(codeText)?.[1] ?? '';
    expect(code).not.toBe('');
    await snapshot(page, 'print-02-files');

    const { bytes, file } = await download(oneClass.locator('a'), 'deputy-5A');
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
    // Kyrgyz, as the screen: the title and the class in the document's own words.
    const { text } = pdfText(file);
    expect(text).toContain('Жетишүүнүн жыйынтык ведомосту');
    expect(text).toContain('5-А');
    expect(text).toContain(code);

    // The history lists the class's document under its code.
    await page.locator('.print-history tr', { hasText: code }).waitFor();
  }, 240_000);

  it('verifies a paper copy by its code: unchanged, and says so in Russian too', async () => {
    const page = suite.page;
    const verify = page.getByRole('form', { name: p['print.verify'] });
    await verify.getByLabel(p['print.verify.code'], { exact: true }).fill(code.toLowerCase());
    await verify.getByLabel(p['print.verify.code'], { exact: true }).press('Enter');
    await page.locator('.print-verdict').getByText(p['print.verify.unchanged']).waitFor();
    await expect(page.locator('.print-verdict').getAttribute('data-unchanged')).resolves.toBe('true');
    await expect(page.locator('.print-verdict').textContent()).resolves.toContain(code);
    expect(await page.locator('.print-changes').count()).toBe(0);
    await snapshot(page, 'print-03-unchanged');

    // A code that is not a code is refused beside its field, in the reader's language.
    await verify.getByLabel(p['print.verify.code'], { exact: true }).fill('12');
    await verify.getByRole('button', { name: p['print.verify.submit'] }).click();
    await verify.getByText(p['validation.print.codeInvalid']).waitFor();

    await page.getByRole('button', { name: ky['lang.ru'] }).click();
    await page.getByRole('heading', { name: r['print.title'] }).waitFor();
    await page.getByRole('heading', { name: r['print.verify'] }).waitFor();
    await page.getByRole('form', { name: r['print.verify'] }).getByText(r['validation.print.codeInvalid']).waitFor();
    await page.getByRole('form', { name: r['print.form'] }).getByLabel(r['print.all'], { exact: true }).waitFor();
    await page.getByRole('form', { name: r['print.verify'] }).getByLabel(r['print.verify.code']).fill(code);
    await page.getByRole('button', { name: r['print.verify.submit'] }).click();
    await page.locator('.print-verdict').getByText(r['print.verify.unchanged']).waitFor();
    await snapshot(page, 'print-04-russian');
    await page.getByRole('button', { name: ky['lang.ky'] }).click();
    await page.getByRole('heading', { name: p['print.title'] }).waitFor();
  });

  it('prints the year-end archive set with one button: every class, the school report, the movement book', async () => {
    const page = suite.page;
    const archive = page.getByRole('form', { name: p['print.archive.title'] });
    await archive.getByLabel(p['print.archive.year'], { exact: true }).waitFor();
    await archive.getByRole('button', { name: p['print.archive.start'] }).click();
    const section = page
      .locator('section')
      .filter({ has: page.getByRole('heading', { name: p['print.archive.title'] }) });
    await section.locator('.notice-success').waitFor({ timeout: 120_000 });
    const names = await section.locator('.print-files a').allTextContents();
    // The demo's 30 classes, the school report, the movement book, and the combined file first.
    expect(names).toHaveLength(30 + 2 + 1);
    expect(names[0]).toBe('Жылдык архивдик топтом 2026–2027.pdf');
    expect(names).toContain('5-А.pdf');
    expect(names.some((n) => n.startsWith('Мектептин окуу жетишкендиги'))).toBe(true);
    expect(names.some((n) => n.startsWith('Окуучулардын кыймылы'))).toBe(true);
  }, 180_000);

  it('stops a set with Cancel from the keyboard and gives the form back', async () => {
    const page = suite.page;
    await form().getByRole('button', { name: p['print.start'] }).click();
    const cancel = page.getByRole('button', { name: p['print.cancel'] });
    await cancel.focus();
    await cancel.press('Enter');
    await page.getByText(p['print.cancelled']).waitFor();
    expect(await page.getByRole('progressbar').count()).toBe(0);
    expect(await page.locator('main > .print-job .print-file-combined').count()).toBe(0);
    // The form is back for the next print, and the focus stands at the outcome.
    await expect(form().getByRole('button', { name: p['print.start'] }).isEnabled()).resolves.toBe(true);
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('H2');
  });

  it('prints the weekly analysis of the week chosen, with no period to choose', async () => {
    const page = suite.page;
    // The demo year's first week, which has its lessons whatever the day the test runs.
    const firstDay = await page.evaluate(async () => {
      const r = await fetch('api/years.list', { method: 'POST', headers: { 'Content-Type': 'application/json' } });
      const body = (await r.json()) as { value: { isCurrent: boolean; startsOn: string }[] };
      return body.value.find((y) => y.isCurrent)?.startsOn ?? '';
    });
    await select(p['print.kind']).selectOption({ label: controlWeeklyTexts.ky['print.kind.weekly-analysis'] });
    expect(await form().getByLabel(p['print.period'], { exact: true }).count()).toBe(0);
    await form().getByLabel(p['print.week'], { exact: true }).fill(firstDay);
    await form().getByRole('button', { name: p['print.start'] }).click();
    await page.getByText(fill(p['print.done'], { count: 1 })).waitFor({ timeout: 60_000 });
    const { text } = pdfText((await download(fileLinks().first(), 'weekly')).file);
    // The week of the year's first day, from its Monday to its Sunday, as the office writes dates.
    const day = new Date(`${firstDay}T00:00:00.000Z`);
    const monday = new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * 86_400_000);
    const sunday = new Date(monday.getTime() + 6 * 86_400_000);
    const printed = (x: Date) => x.toISOString().slice(0, 10).split('-').reverse().join('.');
    expect(text).toContain(`${printed(monday)} – ${printed(sunday)}`);
  });

  it('lets the class teacher print her own class only, one document at a time, in Russian', async () => {
    const page = suite.page;
    await page.getByRole('button', { name: ky['signOut'] }).click();
    await signIn(suite.page, 'usonova.a');
    await page.getByRole('button', { name: p['nav.print'], exact: true }).click();
    await select(p['print.kind']).waitFor();
    await select(p['print.kind']).selectOption({ label: p['print.kind.summary-ledger'] });
    // No set for a teacher, and of the classes only her own.
    expect(await form().getByLabel(p['print.all'], { exact: true }).count()).toBe(0);
    await expect(select(p['print.class']).locator('option').allTextContents()).resolves.toEqual(['5-А']);
    // Checking paper copies and the school's history are the administration's.
    expect(await page.getByRole('heading', { name: p['print.verify'] }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: p['print.history'] }).count()).toBe(0);

    await select(p['print.period']).selectOption({ label: p['print.period.year'] });
    await select(p['print.language']).selectOption('ru');
    await select(p['print.language']).press('Enter');
    await page.getByText(fill(p['print.done'], { count: 1 })).waitFor({ timeout: 60_000 });
    await expect(fileLinks().count()).resolves.toBe(1);
    expect(await page.locator('main > .print-job .print-file-combined').count()).toBe(0);
    const { bytes, file } = await download(fileLinks().first(), 'teacher-5A');
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
    const { text } = pdfText(file);
    expect(text).toContain('Сводная ведомость');
    expect(text).toContain('5-А');
    await snapshot(page, 'print-05-teacher');

    // Asked directly for another class or for the whole set, the server refuses her.
    const refused = await page.evaluate(async () => {
      const post = async (name: string, input: unknown) =>
        (await (
          await fetch(`api/${name}`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify(input),
          })
        ).json()) as { ok: boolean; value?: { classes: { id: number; title: string }[] }; error?: { code: string } };
      const choices = await post('print.choices', {});
      const other = choices.value?.classes.find((c) => c.title !== '5-А');
      const one = await post('print.start', {
        kind: 'summary-ledger',
        period: 'year',
        language: 'ky',
        classId: other?.id,
      });
      const set = await post('print.start', { kind: 'summary-ledger', period: 'year', language: 'ky', all: true });
      return [one.error?.code, set.error?.code];
    });
    expect(refused).toEqual(['FORBIDDEN', 'FORBIDDEN']);
  });
});
