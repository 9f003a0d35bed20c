import type { Page } from 'playwright-core';
import { ky } from '../../../src-renderer/i18n/ky';

/** The administrator's password the tests set up, and the demo school's accounts' password. */
export const adminPassword = 'Mektep2026';
export const demoPassword = 'demo1234';

export interface SchoolForm {
  nameKy: string;
  nameRu?: string;
  surname: string;
  name: string;
  /** With the demo school (its staff, classes and a year of journal), as a new office may ask. */
  demo?: boolean;
}

/**
 * The first-run screen filled in by keyboard and sent, in Kyrgyz: the school and its administrator
 * (`admin`, `adminPassword`). Waits until the school is made — with the demo, until its accounts are listed.
 */
export async function setUpSchool(page: Page, form: SchoolForm): Promise<void> {
  const field = (label: string) => page.getByLabel(label, { exact: true });
  await page.getByRole('heading', { name: ky['setup.title'] }).waitFor();
  await field(ky['setup.schoolNameKy']).fill(form.nameKy);
  if (form.nameRu) await field(ky['setup.schoolNameRu']).fill(form.nameRu);
  await field(ky['person.surname']).fill(form.surname);
  await field(ky['person.name']).fill(form.name);
  await field(ky['auth.password']).fill(adminPassword);
  await field(ky['auth.passwordRepeat']).fill(adminPassword);
  if (form.demo) await page.getByRole('checkbox').check();
  await page.getByRole('button', { name: ky['setup.submit'] }).click();
  if (form.demo) await page.getByText('director, deputy, usonova.a').waitFor({ timeout: 90_000 });
  else await page.getByText(ky['setup.done']).waitFor();
}

/** Signs in through the form (in Kyrgyz) and waits for the signed-in shell. */
export async function signIn(page: Page, login: string, password = demoPassword): Promise<void> {
  await page.getByLabel(ky['auth.login'], { exact: true }).fill(login);
  await page.getByLabel(ky['auth.password'], { exact: true }).fill(password);
  await page.getByRole('button', { name: ky['signIn.submit'] }).click();
  await page.getByRole('button', { name: ky['signOut'] }).waitFor();
}
