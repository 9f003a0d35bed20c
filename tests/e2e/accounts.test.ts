import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { ky } from '../../src-renderer/i18n/ky';
import { ru } from '../../src-renderer/i18n/ru';
import { openBrowser, snapshot } from './support/browser';
import { startServer, type RunningServer } from './support/web-server';

/**
 * The first morning in the office, in a real browser against browser mode: set the program up, sign
 * in as the administrator, give a teacher an account, and see the teacher change the temporary
 * password and find no way into the user list.
 */
describe('first run, accounts and sign-in in Chromium', () => {
  let server: RunningServer;
  let browser: BrowserContext;
  let page: Page;
  const adminPassword = 'Mektep2026';
  let teacherLogin = '';
  let temporaryPassword = '';

  beforeAll(async () => {
    server = await startServer();
    browser = await openBrowser();
    page = browser.pages()[0] ?? (await browser.newPage());
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const field = (label: string) => page.getByLabel(label, { exact: true });

  it('serves the first-run set-up in Kyrgyz and refuses a weak password with a clear message', async () => {
    await page.goto(server.url);
    await page.getByRole('heading', { name: ky['setup.title'] }).waitFor();
    await field(ky['setup.schoolNameKy']).fill('№ 5 Токтогул атындагы орто мектеп');
    await field(ky['setup.schoolNameRu']).fill('Средняя школа № 5 имени Токтогула');
    await field(ky['person.surname']).fill('Өмүрбеков');
    await field(ky['person.name']).fill('Нурлан');
    await field(ky['auth.password']).fill('short');
    await field(ky['auth.passwordRepeat']).fill('short');
    await page.getByRole('button', { name: ky['setup.submit'] }).click();
    await page.getByText(ky['validation.password.tooShort']).waitFor();
    await snapshot(page, '01-setup-weak-password');
  });

  it('creates the school and the administrator, then asks to sign in', async () => {
    await field(ky['auth.password']).fill(adminPassword);
    await field(ky['auth.passwordRepeat']).fill(adminPassword);
    await page.getByRole('button', { name: ky['setup.submit'] }).click();
    await page.getByText(ky['setup.done']).waitFor();
    await snapshot(page, '02-sign-in-after-setup');
  });

  it('refuses a wrong password, then signs the administrator in', async () => {
    await field(ky['auth.login']).fill('admin');
    await field(ky['auth.password']).fill('wrong-password-1');
    await page.getByRole('button', { name: ky['signIn.submit'] }).click();
    await page.getByText(ky['errors.AUTH_INVALID']).waitFor();
    await field(ky['auth.password']).fill(adminPassword);
    await page.getByRole('button', { name: ky['signIn.submit'] }).click();
    await page.getByRole('heading', { name: 'Кош келиңиз, Нурлан!' }).waitFor();
    await snapshot(page, '03-administrator-home');
  });

  it('creates a teacher and shows the login and temporary password once, as a slip', async () => {
    await page.getByRole('button', { name: ky['nav.users'] }).click();
    await page.getByRole('button', { name: ky['users.add'], exact: true }).click();
    const form = page.getByRole('form', { name: ky['users.add'] });
    await form.getByLabel(ky['person.surname'], { exact: true }).fill('Үсөнова');
    await form.getByLabel(ky['person.name'], { exact: true }).fill('Айгүл');
    await form.getByLabel(ky['person.patronymic'], { exact: true }).fill('Бакыт кызы');
    await form.getByLabel(ky['users.position'], { exact: true }).fill('Математика мугалими');
    await form.getByRole('button', { name: ky['common.save'] }).click();
    const slip = page.locator('.slip').first();
    await slip.waitFor();
    teacherLogin = (await slip.locator('.slip-login').textContent()) ?? '';
    temporaryPassword = (await slip.locator('.slip-password').textContent()) ?? '';
    expect(teacherLogin).toBe('usonova.a');
    expect(temporaryPassword).toMatch(/^[a-z]{4}-\d{4}$/);
    await expect(page.locator(`tr[data-login="${teacherLogin}"]`).textContent()).resolves.toContain(
      ky['users.temporary'],
    );
    await snapshot(page, '04-teacher-created');
  });

  it('signs out', async () => {
    await page.getByRole('button', { name: ky['signOut'] }).click();
    await page.getByRole('heading', { name: ky['signIn.title'] }).waitFor();
  });

  it('makes the teacher replace the temporary password at first sign-in', async () => {
    await field(ky['auth.login']).fill(teacherLogin);
    await field(ky['auth.password']).fill(temporaryPassword);
    await page.getByRole('button', { name: ky['signIn.submit'] }).click();
    await page.getByText(ky['password.mustChange']).waitFor();
    await snapshot(page, '05-forced-password-change');

    // Before the change, the API refuses everything else.
    const before = await page.evaluate(async () =>
      (
        await fetch('api/school.info', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })
      ).json(),
    );
    expect(before).toMatchObject({ ok: false, error: { code: 'PASSWORD_CHANGE_REQUIRED' } });

    await field(ky['password.current']).fill(temporaryPassword);
    await field(ky['password.new']).fill('Aigul2026');
    await field(ky['password.repeat']).fill('Aigul2027');
    await page.getByText(ky['password.mismatch']).waitFor();
    await field(ky['password.repeat']).fill('Aigul2026');
    await page.getByRole('button', { name: ky['password.submit'] }).click();
    await page.getByRole('heading', { name: 'Кош келиңиз, Айгүл Бакыт кызы!' }).waitFor();
    await snapshot(page, '06-teacher-home');
  });

  it('gives the teacher no way into the user list, on screen or through the API', async () => {
    await expect(page.getByRole('button', { name: ky['nav.users'] }).count()).resolves.toBe(0);
    const listed = await page.evaluate(async () => {
      const response = await fetch('api/users.list', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{}',
      });
      return { status: response.status, body: await response.json() };
    });
    expect(listed.status).toBe(403);
    expect(listed.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('switches to Russian and remembers it after a reload', async () => {
    await page.getByRole('button', { name: ky['lang.ru'] }).click();
    await page.getByRole('heading', { name: 'Здравствуйте, Айгүл Бакыт кызы!' }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: ru['signOut'] }).waitFor();
    await page.getByRole('button', { name: ru['nav.home'] }).waitFor();
    await snapshot(page, '07-teacher-home-russian');
  });
});
