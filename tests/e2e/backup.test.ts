import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupTexts } from '../../src-renderer/i18n/texts/backup';
import { driveTexts } from '../../src-renderer/i18n/texts/drives';
import { snapshot } from './support/browser';
import { browserSuite } from './support/suite';
import { adminPassword, setUpSchool, signIn } from './support/school';

const b = backupTexts.ky;
const d = driveTexts.ky;
const fill = (text: string, params: Record<string, string>) =>
  text.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? '');

/**
 * The administrator's Backup screen in Chromium: the warning in the window before any backup, the
 * passphrase, "back up now" with its outcome, a flash drive plugged in (a folder standing in for
 * where drives appear), offered, marked and written to, and a restore up to its confirmation (check
 * the file with a wrong and then the right passphrase, see what it holds, be asked to confirm, step
 * back).
 */
describe('the Backup screen in Chromium', () => {
  const media = fs.mkdtempSync(path.join(os.tmpdir(), 'mektep-e2e-media-'));
  const suite = browserSuite({ env: () => ({ MEKTEP_TEST_DRIVES_FOLDER: media }) });
  const schoolPassphrase = 'Биздин мектептин камдык сыры';
  let fileName = '';

  it('sets the school up, and warns the administrator that there has never been a backup', async () => {
    const page = suite.page;
    await page.goto(suite.server.url);
    await setUpSchool(page, {
      nameKy: '№ 7 орто мектеп',
      nameRu: 'Средняя школа № 7',
      surname: 'Асанов',
      name: 'Бакыт',
    });
    await signIn(page, 'admin', adminPassword);
    const warning = page.getByTestId('backup-warning');
    await warning.waitFor();
    await expect(warning.textContent()).resolves.toContain(b['backup.warning.never']);
    await snapshot(page, 'backup-01-warning');
  });

  it('opens the Backup screen from the warning: nothing yet, no passphrase yet', async () => {
    const page = suite.page;
    await page.getByRole('button', { name: b['backup.warning.open'] }).click();
    await page.getByRole('heading', { name: b['backup.title'], exact: true }).waitFor();
    await page.getByText(b['backup.last.none']).waitFor();
    await page.getByText(b['backup.noPassphrase']).waitFor();
    await page.getByText(b['backup.restore.empty']).waitFor();
  });

  it('sets the backup passphrase, confirmed with the administrator’s password', async () => {
    const page = suite.page;
    const form = page.getByRole('form', { name: b['backup.passphrase.title'] });
    await form.getByLabel(b['backup.passphrase.new'], { exact: true }).fill(schoolPassphrase);
    await form.getByLabel(b['backup.passphrase.repeat'], { exact: true }).fill(`${schoolPassphrase}!`);
    await page.getByText(b['backup.passphrase.mismatch']).waitFor();
    await expect(form.getByRole('button', { name: b['backup.passphrase.submit'] }).isDisabled()).resolves.toBe(true);
    await form.getByLabel(b['backup.passphrase.repeat'], { exact: true }).fill(schoolPassphrase);
    await form.getByLabel(b['backup.passphrase.password'], { exact: true }).fill('not my password');
    await form.getByRole('button', { name: b['backup.passphrase.submit'] }).click();
    await page.getByText(b['validation.backup.passwordWrong']).waitFor();
    await form.getByLabel(b['backup.passphrase.password'], { exact: true }).fill(adminPassword);
    await form.getByRole('button', { name: b['backup.passphrase.submit'] }).click();
    await page.getByText(b['backup.passphrase.saved']).waitFor();
    await expect(form.getByLabel(b['backup.passphrase.new'], { exact: true }).inputValue()).resolves.toBe('');
    // The status is read again once the passphrase is saved: the warning goes with it.
    await expect.poll(() => page.getByText(b['backup.noPassphrase']).count()).toBe(0);
  });

  it('backs up now: the file is written and checked, the status shows it and the warning goes', async () => {
    const page = suite.page;
    await page.getByRole('button', { name: b['backup.now'] }).click();
    const done = page.locator('.backup-job .notice-success');
    await done.waitFor({ timeout: 60_000 });
    fileName = /mektep-\d{8}-\d{6}(-\d+)?\.mjb/.exec((await done.textContent()) ?? '')?.[0] ?? '';
    expect(fileName).not.toBe('');
    const last = page.getByTestId('backup-last');
    await last.getByText(fileName).waitFor();
    await expect(last.textContent()).resolves.toContain(b['backup.protection.passphrase']);
    await page.getByTestId('backup-warning').waitFor({ state: 'detached' });
    await expect(page.getByRole('button', { name: b['backup.now'] }).isEnabled()).resolves.toBe(true);
    await snapshot(page, 'backup-02-done');
  });

  it('offers a plugged flash drive, and once it is marked writes the backup to it: safe to remove', async () => {
    const page = suite.page;
    fs.mkdirSync(path.join(media, 'KINGSTON'));
    await page.getByText(fill(d['drives.offer'], { label: 'KINGSTON' })).waitFor({ timeout: 30_000 });
    await snapshot(page, 'backup-03-drive-offered');
    await page.getByRole('button', { name: d['drives.mark'] }).click();
    await page.getByText(fill(d['drives.safeToRemove'], { label: 'KINGSTON' })).waitFor({ timeout: 60_000 });
    expect(fs.readdirSync(path.join(media, 'KINGSTON', 'MektepJournal'))).toContain(fileName);
    await page.getByText(d['drives.marked']).waitFor();
    await snapshot(page, 'backup-04-drive-safe');
  });

  it('checks a chosen file: a wrong passphrase is refused, the right one shows what it holds', async () => {
    const page = suite.page;
    await page.getByRole('button', { name: `${b['backup.list.choose']} ${fileName}` }).click();
    const form = page.getByRole('form', { name: b['backup.restore.form'] });
    await form.getByLabel(b['backup.restore.passphrase'], { exact: true }).fill('not the passphrase');
    await form.getByRole('button', { name: b['backup.restore.check'] }).click();
    await page.getByText(b['validation.backup.wrongPassphrase']).waitFor();
    await form.getByLabel(b['backup.restore.passphrase'], { exact: true }).fill(schoolPassphrase);
    await form.getByRole('button', { name: b['backup.restore.check'] }).click();
    const contents = page.getByTestId('backup-contents');
    await contents.waitFor();
    await contents
      .getByRole('heading', { name: b['backup.contents.title'].replace('{school}', '№ 7 орто мектеп') })
      .waitFor();
    await expect(contents.locator('[data-count="user"] dd').textContent()).resolves.toBe('1');
    await expect(contents.locator('[data-count="staff"] dd').textContent()).resolves.toBe('1');
    await snapshot(page, 'backup-05-contents');
  });

  it('asks to confirm a restore, saying what will be lost, and steps back on "no"', async () => {
    const page = suite.page;
    await page.getByRole('button', { name: b['backup.restore.start'] }).click();
    const confirm = page.getByRole('alertdialog', { name: b['backup.restore.start'] });
    await confirm.waitFor();
    // "The database will be replaced by its state of <when the backup was made>…"
    const [before, after] = b['backup.restore.confirm'].split('{at}');
    await expect(confirm.textContent()).resolves.toMatch(
      new RegExp(`^${before}\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}${after?.slice(0, 10)}`),
    );
    await confirm.getByRole('button', { name: b['backup.restore.yes'] }).waitFor();
    await snapshot(page, 'backup-06-confirm');
    await confirm.getByRole('button', { name: b['backup.restore.no'] }).click();
    await confirm.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: b['backup.restore.start'] }).waitFor();
  });
});
