import { describe, expect, it } from 'vitest';
import { ky } from '../../src-renderer/i18n/ky';
import { journalTexts } from '../../src-renderer/i18n/texts/journal';
import { settingsTexts } from '../../src-renderer/i18n/texts/settings';
import { snapshot } from './support/browser';
import { browserSuite } from './support/suite';
import { adminPassword, setUpSchool, signIn } from './support/school';

const s = settingsTexts.ky;
const r = settingsTexts.ru;
const j = journalTexts.ky;
const fill = (text: string, params: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));

/**
 * The administrator sets the school's journal rules in Kyrgyz: a wrong hour refused at its field, the
 * rounding example following the threshold as it is typed, values that survive leaving the screen,
 * and the regulations' defaults brought back after a confirmation.
 */
describe('the journal settings in Chromium', () => {
  const suite = browserSuite();
  const form = (legend: string) => suite.page.getByRole('form', { name: legend });

  it('sets the school up and opens the settings with the regulations’ values', async () => {
    const page = suite.page;
    await page.goto(suite.server.url);
    await setUpSchool(page, { nameKy: '№ 7 орто мектеп', surname: 'Бакиев', name: 'Нурлан' });
    await signIn(page, 'admin', adminPassword);
    await page.getByRole('button', { name: s['nav.settings'] }).click();
    await page.getByRole('heading', { name: s['settings.title'] }).waitFor();
    const policy = form(s['settings.editPolicy']);
    await expect(policy.getByLabel(s['settings.dayEndsAt'], { exact: true }).inputValue()).resolves.toBe('23:59');
    await policy.getByText(s['settings.state.default']).waitFor();
    expect(await policy.getByRole('button', { name: s['settings.restore'] }).count()).toBe(0);
    await snapshot(page, 'settings-01-defaults');
  });

  it('refuses an hour that does not exist at its field, then saves 18:00', async () => {
    const policy = form(s['settings.editPolicy']);
    const dayEnds = policy.getByLabel(s['settings.dayEndsAt'], { exact: true });
    await dayEnds.fill('24:00');
    await policy.getByRole('button', { name: ky['common.save'] }).click();
    await policy.getByText(s['validation.settings.time']).waitFor();
    await expect(dayEnds.getAttribute('aria-invalid')).resolves.toBe('true');
    await policy.getByText(s['settings.state.default']).waitFor();
    await snapshot(suite.page, 'settings-02-refused-hour');

    await dayEnds.fill('18:00');
    await policy.getByRole('button', { name: ky['common.save'] }).click();
    await policy.getByText(fill(s['settings.saved'], { part: s['settings.editPolicy'] })).waitFor();
    await policy.getByText(s['settings.state.school']).waitFor();
  });

  it('shows what the rounding does as the threshold is typed, and saves the weights', async () => {
    const rules = form(s['settings.periodMarkRules']);
    const example = rules.getByTestId('rounding-example');
    await expect(example.textContent()).resolves.toBe(
      fill(s['settings.roundingExample'], { examples: '4,49 → 4 · 4,50 → 5' }),
    );
    await rules.getByRole('textbox', { name: j['markKind.control'], exact: true }).fill('2');
    await rules.getByLabel(s['settings.rounding.threshold']).check();
    const fraction = rules.getByLabel(s['settings.fraction'], { exact: true });
    await fraction.fill('0,7');
    await expect(example.textContent()).resolves.toContain('4,69 → 4 · 4,70 → 5');
    await fraction.fill('0,6');
    await expect(example.textContent()).resolves.toContain('4,59 → 4 · 4,60 → 5');
    await rules.getByRole('button', { name: ky['common.save'] }).click();
    await rules.getByText(fill(s['settings.saved'], { part: s['settings.periodMarkRules'] })).waitFor();
    await snapshot(suite.page, 'settings-03-period-marks');
  });

  it('refuses 41 weeks for a grade beside its field, then saves 35 weeks with grade 1 at 33', async () => {
    const weeks = form(s['settings.studyWeeks']);
    await weeks.getByLabel(s['settings.weeksDefault'], { exact: true }).fill('35');
    const grade5 = weeks.getByLabel(fill(s['settings.grade'], { grade: 5 }), { exact: true });
    await grade5.fill('41');
    await weeks.getByRole('button', { name: ky['common.save'] }).click();
    await weeks.getByText(s['validation.settings.weeks']).waitFor();
    await grade5.fill('');
    await weeks.getByRole('button', { name: ky['common.save'] }).click();
    await weeks.getByText(fill(s['settings.saved'], { part: s['settings.studyWeeks'] })).waitFor();
    expect(await weeks.getByText(s['validation.settings.weeks']).count()).toBe(0);
  });

  it('keeps the saved values after leaving the screen', async () => {
    const page = suite.page;
    await page.getByRole('button', { name: ky['nav.home'] }).click();
    await page.getByRole('button', { name: s['nav.settings'] }).click();
    const policy = form(s['settings.editPolicy']);
    await expect(policy.getByLabel(s['settings.dayEndsAt'], { exact: true }).inputValue()).resolves.toBe('18:00');
    const rules = form(s['settings.periodMarkRules']);
    await expect(rules.getByRole('textbox', { name: j['markKind.control'], exact: true }).inputValue()).resolves.toBe(
      '2',
    );
    await expect(rules.getByLabel(s['settings.fraction'], { exact: true }).inputValue()).resolves.toBe('0,6');
    const weeks = form(s['settings.studyWeeks']);
    await expect(weeks.getByLabel(s['settings.weeksDefault'], { exact: true }).inputValue()).resolves.toBe('35');
    await expect(weeks.getByLabel(fill(s['settings.grade'], { grade: 1 }), { exact: true }).inputValue()).resolves.toBe(
      '33',
    );
  });

  it('brings the regulations’ edit policy back after a confirmation', async () => {
    const policy = form(s['settings.editPolicy']);
    await policy.getByRole('button', { name: s['settings.restore'] }).click();
    await policy.getByText(fill(s['settings.confirmRestore'], { part: s['settings.editPolicy'] })).waitFor();
    await snapshot(suite.page, 'settings-04-confirm-restore');
    await policy.getByRole('button', { name: ky['common.yes'] }).click();
    await policy.getByText(fill(s['settings.restored'], { part: s['settings.editPolicy'] })).waitFor();
    await expect(policy.getByLabel(s['settings.dayEndsAt'], { exact: true }).inputValue()).resolves.toBe('23:59');
    await policy.getByText(s['settings.state.default']).waitFor();
    // The other parts keep the school's values.
    await form(s['settings.periodMarkRules']).getByText(s['settings.state.school']).waitFor();
  });

  it('reads in Russian, with the rounding example in the Russian words', async () => {
    const page = suite.page;
    await page.getByRole('button', { name: ky['lang.ru'] }).click();
    const rules = page.getByRole('form', { name: r['settings.periodMarkRules'] });
    await page.getByRole('form', { name: r['settings.editPolicy'] }).waitFor();
    await expect(rules.getByTestId('rounding-example').textContent()).resolves.toBe(
      fill(r['settings.roundingExample'], { examples: '4,59 → 4 · 4,60 → 5' }),
    );
    // The notice of the restore above follows the language too.
    await page.getByText(fill(r['settings.restored'], { part: r['settings.editPolicy'] })).waitFor();
    await snapshot(page, 'settings-05-russian');
  });
});
