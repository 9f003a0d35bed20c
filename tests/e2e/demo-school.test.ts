import { describe, expect, it } from 'vitest';
import { ru } from '../../src-renderer/i18n/ru';
import { snapshot } from './support/browser';
import { browserSuite } from './support/suite';

/** A newcomer in Russian: the demo school from the first-run screen, then a look around as the deputy. */
describe('the demo school from the first-run screen', () => {
  const suite = browserSuite();

  const field = suite.field;

  it('refuses an administrator login that the demo school uses', async () => {
    await suite.page.goto(suite.server.url);
    await suite.page.getByRole('button', { name: ru['lang.ru'] }).click();
    await suite.page.getByRole('heading', { name: ru['setup.title'] }).waitFor();
    await field(ru['setup.schoolNameKy']).fill('№ 1 орто мектеп');
    await field(ru['person.surname']).fill('Жумабаев');
    await field(ru['person.name']).fill('Эрмек');
    await field(ru['auth.login']).fill('deputy');
    await field(ru['auth.password']).fill('Mektep2026');
    await field(ru['auth.passwordRepeat']).fill('Mektep2026');
    await suite.page.getByRole('checkbox').check();
    await suite.page.getByRole('button', { name: ru['setup.submit'] }).click();
    await suite.page.getByText('Логин «deputy» уже занят').waitFor();
  });

  it('fills the school and names the demo sign-ins', async () => {
    await field(ru['auth.login']).fill('admin');
    await suite.page.getByRole('button', { name: ru['setup.submit'] }).click();
    await suite.page.getByText('director, deputy, usonova.a').waitFor({ timeout: 60_000 });
    await snapshot(suite.page, '11-demo-created-russian');
  });

  it('shows the deputy a school of hundreds of pupils and tens of thousands of marks', async () => {
    await field(ru['auth.login']).fill('deputy');
    await field(ru['auth.password']).fill('demo1234');
    await suite.page.getByRole('button', { name: ru['signIn.submit'] }).click();
    await suite.page.getByRole('heading', { name: /^Здравствуйте, Нурбүбү/ }).waitFor();
    const count = async (key: string) =>
      Number(((await suite.page.locator(`[data-count="${key}"] dd`).textContent()) ?? '').replace(/\D/g, ''));
    await suite.page.locator('[data-count="students"] dd').waitFor();
    expect(await count('students')).toBeGreaterThan(600);
    expect(await count('marks')).toBeGreaterThan(1000);
    await expect(suite.page.getByRole('button', { name: ru['nav.users'] }).count()).resolves.toBe(0);
    await suite.page.getByRole('button', { name: ru['nav.audit'] }).waitFor();
    await snapshot(suite.page, '12-deputy-home-russian');
  });
});
