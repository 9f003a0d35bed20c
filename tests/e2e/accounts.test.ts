import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir, removeDir } from '../helpers/app';
import { pdfText } from '../helpers/print';
import { ky } from '../../src-renderer/i18n/ky';
import { ru } from '../../src-renderer/i18n/ru';
import { snapshot } from './support/browser';
import { browserSuite } from './support/suite';

/**
 * The first morning in the office, in a real browser against browser mode: set the program up, sign
 * in as the administrator, give a teacher an account, and see the teacher change the temporary
 * password and find no way into the user list.
 */
describe('first run, accounts and sign-in in Chromium', () => {
  const suite = browserSuite();
  const adminPassword = 'Mektep2026';
  let teacherLogin = '';
  let temporaryPassword = '';

  const field = suite.field;

  it('serves the first-run set-up in Kyrgyz and refuses a weak password with a clear message', async () => {
    await suite.page.goto(suite.server.url);
    await suite.page.getByRole('heading', { name: ky['setup.title'] }).waitFor();
    await field(ky['setup.schoolNameKy']).fill('№ 5 Токтогул атындагы орто мектеп');
    await field(ky['setup.schoolNameRu']).fill('Средняя школа № 5 имени Токтогула');
    await field(ky['person.surname']).fill('Өмүрбеков');
    await field(ky['person.name']).fill('Нурлан');
    await field(ky['auth.password']).fill('short');
    await field(ky['auth.passwordRepeat']).fill('short');
    await suite.page.getByRole('button', { name: ky['setup.submit'] }).click();
    await suite.page.getByText(ky['validation.password.tooShort']).waitFor();
    await snapshot(suite.page, '01-setup-weak-password');
  });

  it('creates the school and the administrator, then asks to sign in', async () => {
    await field(ky['auth.password']).fill(adminPassword);
    await field(ky['auth.passwordRepeat']).fill(adminPassword);
    await suite.page.getByRole('button', { name: ky['setup.submit'] }).click();
    await suite.page.getByText(ky['setup.done']).waitFor();
    await snapshot(suite.page, '02-sign-in-after-setup');
  });

  it('refuses a wrong password, then signs the administrator in', async () => {
    await field(ky['auth.login']).fill('admin');
    await field(ky['auth.password']).fill('wrong-password-1');
    await suite.page.getByRole('button', { name: ky['signIn.submit'] }).click();
    await suite.page.getByText(ky['errors.AUTH_INVALID']).waitFor();
    await field(ky['auth.password']).fill(adminPassword);
    await suite.page.getByRole('button', { name: ky['signIn.submit'] }).click();
    await suite.page.getByRole('heading', { name: 'Кош келиңиз, Нурлан!' }).waitFor();
    await snapshot(suite.page, '03-administrator-home');
  });

  it('creates a teacher and shows the login and temporary password once, as a slip', async () => {
    await suite.page.getByRole('button', { name: ky['nav.users'] }).click();
    await suite.page.getByRole('button', { name: ky['users.add'], exact: true }).click();
    const form = suite.page.getByRole('form', { name: ky['users.add'] });
    await form.getByLabel(ky['person.surname'], { exact: true }).fill('Үсөнова');
    await form.getByLabel(ky['person.name'], { exact: true }).fill('Айгүл');
    await form.getByLabel(ky['person.patronymic'], { exact: true }).fill('Бакыт кызы');
    await form.getByLabel(ky['users.position'], { exact: true }).fill('Математика мугалими');
    await form.getByRole('button', { name: ky['common.save'] }).click();
    const slip = suite.page.locator('.slip').first();
    await slip.waitFor();
    teacherLogin = (await slip.locator('.slip-login').textContent()) ?? '';
    temporaryPassword = (await slip.locator('.slip-password').textContent()) ?? '';
    expect(teacherLogin).toBe('usonova.a');
    expect(temporaryPassword).toMatch(/^[a-z]{4}-\d{4}$/);
    await expect(suite.page.locator(`tr[data-login="${teacherLogin}"]`).textContent()).resolves.toContain(
      ky['users.temporary'],
    );
    await snapshot(suite.page, '04-teacher-created');
  });

  it('creates accounts for a pasted staff list, after showing which line is wrong', async () => {
    await suite.page.getByRole('button', { name: ky['common.close'] }).click();
    await suite.page.getByRole('button', { name: ky['users.addMany'] }).click();
    const form = suite.page.getByRole('form', { name: ky['users.addMany'] });
    const list = form.getByLabel(ky['person.fullName'], { exact: true });
    await list.fill('Төлөгөнов Бекболот Асанович; физика мугалими\nЖумабаева\nКеримова Чолпон Бакыт кызы');
    await form.getByText('2-сап: фамилиясы жана аты керек').waitFor();
    await expect(form.getByRole('button', { name: ky['users.manyCreate'] }).isDisabled()).resolves.toBe(true);
    await list.fill('Төлөгөнов Бекболот Асанович; физика мугалими\nЖумабаева Айпери\nКеримова Чолпон Бакыт кызы');
    await form.getByText(ky['users.manyRows'].replace('{count}', '3')).waitFor();
    await form.getByRole('button', { name: ky['users.manyCreate'] }).click();
    await suite.page.locator('.slip').nth(2).waitFor();
    const logins = await suite.page.locator('.slip-login').allTextContents();
    expect(logins).toEqual(['tologonov.b', 'zhumabaeva.a', 'kerimova.ch']);
    await snapshot(suite.page, '05-staff-list-slips');
  });

  it('prints the same slips as a PDF with the passwords that work, and nothing else', async () => {
    const passwords = await suite.page.locator('.slip-password').allTextContents();
    await suite.page.getByRole('button', { name: ky['users.slipsPdf'] }).click();
    const link = suite.page.locator('.print-files a').first();
    await link.waitFor();
    const response = await suite.page.request.get(
      new URL((await link.getAttribute('href')) ?? '', suite.page.url()).toString(),
    );
    expect(response.headers()['content-type']).toBe('application/pdf');
    const file = path.join(makeTempDir('mektep-slips-e2e-'), 'slips.pdf');
    fs.writeFileSync(file, await response.body());
    const { text } = pdfText(file);
    for (const login of ['tologonov.b', 'zhumabaeva.a', 'kerimova.ch']) expect(text).toContain(login);
    for (const password of passwords) expect(text).toContain(password);
    expect(text).toContain('Төлөгөнов Бекболот Асанович');
    removeDir(path.dirname(file));
  });

  it('signs out', async () => {
    await suite.page.getByRole('button', { name: ky['signOut'] }).click();
    await suite.page.getByRole('heading', { name: ky['signIn.title'] }).waitFor();
  });

  it('makes the teacher replace the temporary password at first sign-in', async () => {
    await field(ky['auth.login']).fill(teacherLogin);
    await field(ky['auth.password']).fill(temporaryPassword);
    await suite.page.getByRole('button', { name: ky['signIn.submit'] }).click();
    await suite.page.getByText(ky['password.mustChange']).waitFor();
    await snapshot(suite.page, '06-forced-password-change');

    // Before the change, the API refuses everything else.
    const before = await suite.page.evaluate(async () =>
      (
        await fetch('api/school.info', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })
      ).json(),
    );
    expect(before).toMatchObject({ ok: false, error: { code: 'PASSWORD_CHANGE_REQUIRED' } });

    await field(ky['password.current']).fill(temporaryPassword);
    await field(ky['password.new']).fill('Aigul2026');
    await field(ky['password.repeat']).fill('Aigul2027');
    await suite.page.getByText(ky['password.mismatch']).waitFor();
    await field(ky['password.repeat']).fill('Aigul2026');
    await suite.page.getByRole('button', { name: ky['password.submit'] }).click();
    await suite.page.getByRole('heading', { name: 'Кош келиңиз, Айгүл Бакыт кызы!' }).waitFor();
    await snapshot(suite.page, '07-teacher-home');
  });

  it('gives the teacher no way into the user list, on screen or through the API', async () => {
    await expect(suite.page.getByRole('button', { name: ky['nav.users'] }).count()).resolves.toBe(0);
    const listed = await suite.page.evaluate(async () => {
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
    await suite.page.getByRole('button', { name: ky['lang.ru'] }).click();
    await suite.page.getByRole('heading', { name: 'Здравствуйте, Айгүл Бакыт кызы!' }).waitFor();
    await suite.page.reload();
    await suite.page.getByRole('button', { name: ru['signOut'] }).waitFor();
    await suite.page.getByRole('button', { name: ru['nav.home'] }).waitFor();
    await snapshot(suite.page, '08-teacher-home-russian');
  });
});
