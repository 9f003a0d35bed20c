import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ky } from '../../src-renderer/i18n/ky';
import { planTexts } from '../../src-renderer/i18n/texts/plan';
import { snapshot } from './support/browser';
import { browserSuite } from './support/suite';
import { setUpSchool } from './support/school';

const p = planTexts.ky;
const fill = (text: string, params: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));

/** A small .xlsx plan with Kyrgyz headings; `hours` of the second topic as typed. */
async function planFile(hours: string | number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('КТП');
  ws.addRow(['№', 'Темасы', 'Саат', 'Датасы']);
  ws.addRow([1, 'Тамгалар жана тыбыштар', 2, '02.09']);
  ws.addRow([2, 'Сөз түркүмдөрү', hours, null]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * A teacher of the demo school opens her plan in Kyrgyz: the hours check, a topic added by keyboard, a
 * refusal shown at its field, an import read before it is applied; then the deputy's list of plans.
 */
describe('the calendar-thematic plan in Chromium', () => {
  const suite = browserSuite();
  const field = suite.field;

  it('makes the demo school and signs its Kyrgyz teacher in', async () => {
    const page = suite.page;
    await page.goto(suite.server.url);
    await setUpSchool(page, { nameKy: '№ 3 орто мектеп', surname: 'Жумабаев', name: 'Эрмек', demo: true });
    await field(ky['auth.login']).fill('usonova.a');
    await field(ky['auth.password']).fill('demo1234');
    await page.getByRole('button', { name: ky['signIn.submit'] }).click();
    await page.getByRole('button', { name: p['nav.plan'] }).click();
    await page.locator('table.plan-table tbody tr').first().waitFor();
  });

  it('shows the hours check and adds a topic by keyboard, refusing wrong hours at the row', async () => {
    const page = suite.page;
    const rows = page.locator('table.plan-table tbody tr');
    const before = await rows.count();
    await expect(page.locator('.plan-hours-check').textContent()).resolves.toMatch(/окуу планы боюнча \d+ саат/);
    await snapshot(page, 'plan-01-teacher');

    await page.getByLabel(fill(p['plan.row.title'], { n: before }), { exact: true }).press('Enter');
    const title = page.getByLabel(fill(p['plan.row.title'], { n: before + 1 }), { exact: true });
    await expect(title.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await title.fill('Кайталоо сабагы');
    await page.getByLabel(fill(p['plan.row.hours'], { n: before + 1 }), { exact: true }).fill('бир');
    await page.getByRole('button', { name: p['plan.save'] }).click();
    await page.getByText(p['validation.plan.hours']).waitFor();
    await snapshot(page, 'plan-02-hours-refused');

    await page.getByLabel(fill(p['plan.row.hours'], { n: before + 1 }), { exact: true }).fill('1,5');
    await page.getByRole('button', { name: p['plan.save'] }).click();
    await page.getByText(p['plan.saved']).waitFor();
    expect(await rows.count()).toBe(before + 1);
    await expect(page.locator('.plan-hours-check').textContent()).resolves.toContain('саат');
  });

  it('reads an Excel plan before applying it: wrong rows are listed, and topics in use are kept', async () => {
    const page = suite.page;
    await page.getByText(p['plan.import.title']).click();
    const input = page.getByLabel(p['plan.import.file'], { exact: true });
    await input.setInputFiles({
      name: 'ктп.xlsx',
      mimeType: 'application/octet-stream',
      buffer: await planFile('эки'),
    });
    await page.getByText(p['plan.import.errorsTitle']).waitFor();
    await page.getByText(/3-сап: саат туура эмес: «эки»/).waitFor();
    await expect(page.getByRole('button', { name: p['plan.import.apply'] }).count()).resolves.toBe(0);
    await snapshot(page, 'plan-03-import-errors');

    await input.setInputFiles({ name: 'ктп.xlsx', mimeType: 'application/octet-stream', buffer: await planFile(2) });
    await page.getByRole('button', { name: p['plan.import.apply'] }).click();
    // The demo's lessons name the plan's topics: a file without them is refused, naming one.
    await page
      .getByText(/темасын сабактар колдонот/)
      .first()
      .waitFor();
    await snapshot(page, 'plan-04-import-refused');
  });

  it("gives the deputy the year's list of missing and mismatched plans", async () => {
    const page = suite.page;
    await page.getByRole('button', { name: ky['signOut'] }).click();
    await field(ky['auth.login']).fill('deputy');
    await field(ky['auth.password']).fill('demo1234');
    await page.getByRole('button', { name: ky['signIn.submit'] }).click();
    await page.getByRole('button', { name: p['nav.plan'] }).click();
    await page.getByRole('button', { name: p['plan.tab.overview'] }).click();
    await page.getByText(/^Пландар: \d+; план жок: \d+; сааттары туура келбейт: \d+\.$/).waitFor();
    await page.locator('tr[data-status="mismatch"]').first().waitFor();
    await snapshot(page, 'plan-05-overview');
    await page.getByRole('button', { name: p['plan.overview.open'] }).first().click();
    await page.locator('table.plan-table tbody tr').first().waitFor();
  });
});
