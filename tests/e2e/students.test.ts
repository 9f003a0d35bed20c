import { describe, expect, it } from 'vitest';
import { ky } from '../../src-renderer/i18n/ky';
import { studentsTexts } from '../../src-renderer/i18n/texts/students';
import { closeDatabase, openDatabase } from '../../src-main/db/connection';
import { migrationsFolder } from '../../src-main/db/paths';
import { insertClass } from '../../src-main/roster/classes';
import { currentYear } from '../../src-main/school/academic-year';
import { snapshot } from './support/browser';
import { browserSuite } from './support/suite';
import { adminPassword, setUpSchool, signIn } from './support/school';

const s = studentsTexts.ky;

/**
 * Scenario 7 in Chromium: the administrator enters a class's pupils through the screen, sees them in
 * Kyrgyz order, records that one left for Russia, and finds her on the list up to that day only.
 */
describe('pupils and their movement in Chromium', () => {
  const suite = browserSuite();
  const field = suite.field;
  let yearStart = '';
  const day = (monthDay: string) => `${yearStart.slice(0, 4)}-${monthDay}`;
  const listedNames = () => suite.page.locator('td.pupil-name').allTextContents();

  it('sets the school up and signs the administrator in', async () => {
    await suite.page.goto(suite.server.url);
    await setUpSchool(suite.page, {
      nameKy: '№ 12 орто мектеп',
      nameRu: 'Средняя школа № 12',
      surname: 'Өмүрбеков',
      name: 'Нурлан',
    });
    await signIn(suite.page, 'admin', adminPassword);
    await suite.page.getByRole('button', { name: ky['signOut'] }).waitFor();

    // The structure screens are another engineer's: the class is made beside the running server,
    // in the same file (WAL lets both open it), as the CLI or an import would.
    const db = openDatabase(suite.server.dbFile, { migrationsFolder: migrationsFolder() });
    try {
      const year = currentYear(db);
      if (!year) throw new Error('set-up made no school year');
      yearStart = year.startsOn;
      insertClass(db, year.id, { grade: 5, letter: 'А', language: 'ky' });
    } finally {
      closeDatabase(db);
    }
  });

  it('picks the class with the keyboard-friendly select and adds three pupils, refusing a short PIN', async () => {
    const page = suite.page;
    await page.getByRole('button', { name: s['nav.students'] }).click();
    await page.getByRole('heading', { name: s['students.title'] }).waitFor();
    await field(s['students.class']).selectOption({
      label: s['students.classOption'].replace('{name}', '5-А').replace('{count}', '0'),
    });
    await page.getByText(s['students.empty']).waitFor();

    const pupils = [
      {
        surname: 'Үмөталиев',
        name: 'Эрлан',
        patronymic: 'Бакыт уулу',
        birth: '2014-03-08',
        sex: 'm',
        pin: '21403201450011',
        phone: '+996 555 12-34-56',
      },
      {
        surname: 'Өмүрова',
        name: 'Жаңыл',
        patronymic: 'Сапар кызы',
        birth: '2014-07-21',
        sex: 'f',
        pin: '12107201450022',
        phone: '0700 11 22 33',
      },
      { surname: 'Оморов', name: 'Тилек', patronymic: '', birth: '2013-12-30', sex: 'm', pin: '', phone: '' },
    ];
    for (const [i, p] of pupils.entries()) {
      await page.getByRole('button', { name: s['students.add'], exact: true }).click();
      const form = page.getByRole('form', { name: s['students.add'] });
      const inForm = (label: string) => form.getByLabel(label, { exact: true });
      await inForm(ky['person.surname']).fill(p.surname);
      await inForm(ky['person.name']).fill(p.name);
      await inForm(ky['person.patronymic']).fill(p.patronymic);
      await inForm(s['students.birthDate']).fill(p.birth);
      await inForm(s['students.sex']).selectOption(p.sex);
      if (i === 0) {
        await inForm(s['students.pin']).fill('2140320145');
        await form.getByRole('button', { name: ky['common.save'] }).click();
        await form.getByText(s['validation.pin']).waitFor();
        await snapshot(page, 'students-01-short-pin-refused');
      }
      await inForm(s['students.pin']).fill(p.pin);
      const guardian = form.getByRole('group', { name: `${s['students.guardians']} 1` });
      await guardian
        .getByLabel(s['students.guardianName'], { exact: true })
        .fill(p.phone ? `${p.surname} ата-энеси` : '');
      await guardian.getByLabel(s['students.phone'], { exact: true }).fill(p.phone);
      await form.getByRole('button', { name: ky['common.save'] }).click();
      await page.getByText(s['students.created'].replace('{name}', `${p.surname} ${p.name}`)).waitFor();
    }
    await page.getByRole('button', { name: ky['common.cancel'] }).click();
    await expect.poll(listedNames).toEqual(['Оморов Тилек', 'Өмүрова Жаңыл Сапар кызы', 'Үмөталиев Эрлан Бакыт уулу']);
    await expect(page.locator('tr', { hasText: 'Үмөталиев' }).textContent()).resolves.toContain('+996 555 12-34-56');
    await snapshot(page, 'students-02-class-list-kyrgyz-order');
  });

  it('records that a pupil left for Russia, after a confirmation, and keeps her in the book', async () => {
    const page = suite.page;
    await page.getByRole('button', { name: `${s['students.open']}: Өмүрова Жаңыл Сапар кызы` }).click();
    const card = page.getByRole('region', { name: s['students.card'] });
    await card.getByRole('button', { name: s['movement.depart'] }).click();
    const form = page.getByRole('form', { name: s['movement.depart'] });
    await form.getByLabel(s['movement.departDate'], { exact: true }).fill(day('11-10'));
    await form.getByLabel(s['movement.destination'], { exact: true }).selectOption('country');
    await form.getByLabel(s['movement.departedTo'], { exact: true }).fill('Россия');
    await form.getByLabel(s['students.orderNo'], { exact: true }).fill('17-к');
    await form.getByLabel(s['students.reason'], { exact: true }).fill('Ата-энеси менен көчтү');
    await form.getByRole('button', { name: s['movement.depart'] }).click();
    await form.getByRole('status').waitFor();
    await expect(form.getByRole('status').textContent()).resolves.toContain('Өмүрова Жаңыл');
    await snapshot(page, 'students-03-departure-confirmation');
    await form.getByRole('button', { name: s['movement.confirm'] }).click();
    await page.getByText(s['movement.done']).waitFor();
    await expect(card.getByRole('table', { name: s['movement.history'] }).textContent()).resolves.toContain('Россия');
    await snapshot(page, 'students-04-departure-recorded');
  });

  it('shows her on the list up to the day she left, and not after', async () => {
    const page = suite.page;
    await page.getByRole('button', { name: ky['common.close'] }).click();
    await field(s['students.onDate']).fill(day('11-11'));
    await expect.poll(listedNames).toEqual(['Оморов Тилек', 'Үмөталиев Эрлан Бакыт уулу']);
    await snapshot(page, 'students-05-list-after-departure');
    await field(s['students.onDate']).fill(day('11-10'));
    await expect
      .poll(listedNames)
      .toEqual([
        'Оморов Тилек',
        `Өмүрова Жаңыл Сапар кызы${s['students.leaves'].replace('{date}', `10.11.${yearStart.slice(0, 4)}`)}`,
        'Үмөталиев Эрлан Бакыт уулу',
      ]);
    await snapshot(page, 'students-06-list-on-the-last-day');
  });

  it('counts the departure in the movement report, by sex', async () => {
    const page = suite.page;
    await page.getByRole('tab', { name: s['students.tabReport'] }).click();
    await field(s['movement.reportFrom']).fill(day('09-01'));
    await field(s['movement.reportTo']).fill(day('12-31'));
    await page.getByRole('button', { name: s['movement.show'] }).click();
    const totals = page.locator('table.movement-totals tr.total');
    await totals.waitFor();
    // arrived: boys, girls, all; left: boys, girls, all
    await expect(totals.locator('td').allTextContents()).resolves.toEqual(['0', '0', '0', '0', '1', '1', '', '']);
    await expect(page.locator('table.movement-lines').textContent()).resolves.toContain('Россия');
    await snapshot(page, 'students-07-movement-report');
  });
});
