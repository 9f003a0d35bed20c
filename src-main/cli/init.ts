import fs from 'node:fs';
import { parseArgs } from 'node:util';
import Sqlite from 'better-sqlite3';
import { closeDatabase, openDatabase, transaction, type Database } from '../db/connection';
import { migrationsFolder } from '../db/paths';
import { appendAudit } from '../audit/audit-log';
import { passwordWeakness, temporaryPassword } from '../accounts/password';
import { insertAccount } from '../accounts/users-service';
import { login as loginField } from '../api/contract/fields';
import { ApiError } from '../api/api-error';
import { createSchool } from '../school/setup-service';
import { currentYear } from '../school/academic-year';
import { rowCounts } from '../school/school-info';
import { demoCredentials, fillDemoSchool } from '../demo/demo-school';
import { demoYear } from '../demo/demo-year';
import { fillLargeSchool, largeSchoolYear } from '../demo/large-school';
import { CliError, dateOption, integerOption, parseOrExplain, requireOption, type Command, type Io } from './args';

const usage = `Usage:
  npm run cli -- init --db FILE --demo [--size large] [--seed N] [--school NAME] [--school-ru NAME]
  npm run cli -- init --db FILE --school NAME [--school-ru NAME]

Creates the journal database FILE with a school and its current academic year, and the
administrator's account. Refuses a file that already has a school.

Options:
  --db FILE              the database file to create
  --school NAME          the school's name in Kyrgyz (with --demo: a demo name if left out)
  --school-ru NAME       the school's name in Russian (default: the Kyrgyz name)
  --demo                 fill the school with demo classes, pupils, teachers and a quarter of marks
  --size large           with --demo: the large school (about 3,000 pupils in 110 classes) with the
                         whole of the last finished year: lessons, marks, attendance, quarter and
                         year marks, and their audit trail (what npm run bench measures)
  --seed N               the demo's seed: the same seed makes the same school (default 12)
  --admin-login LOGIN    the administrator's login (default: admin)
  --admin-password PASS  the administrator's password; without it a temporary one is made,
                         printed once, and must be changed at the first sign-in
  --now DATE             pretend today is DATE (tests and benchmarks)
  -h, --help             this text`;

const demoSchoolName = {
  ky: '№ 12 Ленин атындагы орто мектеп',
  ru: 'Средняя школа № 12 имени Ленина',
};

/** Looks for a school without changing the file: read-only, so a refused init leaves it as it was. */
function hasSchool(file: string): boolean {
  if (!fs.existsSync(file)) return false;
  const probe = new Sqlite(file, { readonly: true, fileMustExist: true });
  try {
    const table = probe.prepare("select 1 from sqlite_master where type = 'table' and name = 'school'").get();
    return table !== undefined && probe.prepare('select 1 from school limit 1').get() !== undefined;
  } finally {
    probe.close();
  }
}

interface Admin {
  login: string;
  password: string;
  temporary: boolean;
}

function adminFrom(loginOption: string | undefined, passwordOption: string | undefined): Admin {
  const parsed = loginField.safeParse(loginOption ?? 'admin');
  if (!parsed.success) {
    throw new CliError('init: --admin-login takes 3–40 Latin letters, digits, dots, dashes or underscores');
  }
  if (passwordOption === undefined) return { login: parsed.data, password: temporaryPassword(), temporary: true };
  const weakness = passwordWeakness(passwordOption);
  if (weakness) throw new CliError('init: --admin-password needs at least 8 characters with a letter and a digit');
  return { login: parsed.data, password: passwordOption, temporary: false };
}

function demoSummary(db: Database): string[] {
  const logins = db.sqlite
    .prepare(`select login from user where login in (${demoCredentials.logins.map(() => '?').join(', ')})`)
    .all(...demoCredentials.logins) as { login: string }[];
  const other = db.sqlite
    .prepare(`select login from user where role = 'teacher' and login <> ? order by id limit 1`)
    .get(demoCredentials.accounts.teacher.login) as { login: string } | undefined;
  return [
    `Demo sign-ins (password ${demoCredentials.password}): ${logins.map((r) => r.login).join(', ')}`,
    `  other teachers: login made from the name${other ? `, e.g. ${other.login}` : ''}, same password`,
  ];
}

function run(argv: string[], io: Io): number {
  const { values } = parseOrExplain('init', () =>
    parseArgs({
      args: argv,
      strict: true,
      options: {
        db: { type: 'string' },
        school: { type: 'string' },
        'school-ru': { type: 'string' },
        demo: { type: 'boolean', default: false },
        seed: { type: 'string' },
        size: { type: 'string' },
        'admin-login': { type: 'string' },
        'admin-password': { type: 'string' },
        now: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }),
  );
  if (values.help) {
    io.out(usage);
    return 0;
  }
  const file = requireOption(values.db, 'db', 'init');
  const seed = integerOption(values.seed, 'seed', 'init');
  const now = dateOption(values.now, 'now', 'init') ?? new Date();
  if (!values.demo && !values.school?.trim())
    throw new CliError('init: give --school NAME, or --demo (see: init --help)');
  if (seed !== undefined && !values.demo) throw new CliError('init: --seed goes with --demo');
  if (values.size !== undefined && values.size !== 'large') throw new CliError('init: --size takes only "large"');
  if (values.size !== undefined && !values.demo) throw new CliError('init: --size goes with --demo');
  const large = values.size === 'large';
  const nameKy = values.school?.trim() || demoSchoolName.ky;
  const nameRu = values['school-ru']?.trim() || (values.school?.trim() ? nameKy : demoSchoolName.ru);
  const admin = adminFrom(values['admin-login'], values['admin-password']);
  if (values.demo && (demoCredentials.logins as readonly string[]).includes(admin.login.toLowerCase())) {
    throw new CliError(`init: the login "${admin.login}" belongs to the demo school; choose another --admin-login`);
  }
  if (hasSchool(file)) throw new CliError(`init: ${file} already has a school; nothing was changed`);

  const started = performance.now();
  const existed = fs.existsSync(file);
  const db = openDatabase(file, { migrationsFolder: migrationsFolder() });
  let done = false;
  try {
    transaction(db, () => {
      const year = large ? largeSchoolYear(now) : demoYear(now);
      createSchool(db, { nameKy, nameRu, ...(values.demo ? { year } : {}) }, now);
      const account = insertAccount(
        db,
        {
          surname: 'Администратор',
          name: 'ЭЖ',
          patronymic: undefined,
          position: 'компьютердик технологияларды тейлөө боюнча жооптуу адис',
          role: 'administrator',
          login: admin.login,
        },
        admin.password,
        admin.temporary,
        now,
      );
      const seeded = { now, ...(seed === undefined ? {} : { seed }) };
      if (large) fillLargeSchool(db, seeded);
      else if (values.demo) fillDemoSchool(db, seeded);
      const who = { actor: 'cli', address: null };
      appendAudit(
        db.orm,
        {
          action: 'cli.init',
          entity: 'school',
          after: { nameKy, nameRu, demo: values.demo, seed, ...(large ? { size: 'large' } : {}) },
          ...who,
        },
        now,
      );
      appendAudit(
        db.orm,
        {
          action: 'cli.init',
          entity: 'user',
          entityId: account.userId,
          after: { login: account.login, role: account.role },
          ...who,
        },
        now,
      );
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const year = currentYear(db);
    const counts = rowCounts(db);
    io.out(
      [
        `Created ${file}`,
        `School: ${nameKy} / ${nameRu}`,
        `Current year: ${year ? `${year.title} (${year.startsOn} – ${year.endsOn})` : 'none'}`,
        values.demo
          ? `Demo: ${counts.classes} classes, ${counts.students} pupils, ${counts.staff} staff, ${counts.lessons} lessons, ` +
            `${counts.marks} marks, ${counts.attendance} absences and late arrivals (${seconds} s)`
          : '',
        admin.temporary
          ? `Administrator: login ${admin.login}, temporary password ${admin.password} (shown only now; it must be changed at the first sign-in)`
          : `Administrator: login ${admin.login}, with the password given`,
        ...(values.demo ? demoSummary(db) : []),
      ]
        .filter((line) => line !== '')
        .join('\n'),
    );
    done = true;
    return 0;
  } catch (error) {
    if (error instanceof ApiError && error.code === 'SETUP_ALREADY_DONE') {
      throw new CliError(`init: ${file} already has a school; nothing was changed`);
    }
    throw error;
  } finally {
    closeDatabase(db);
    // A file this command created and could not fill is removed, so a second try starts clean.
    if (!done && !existed) for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  }
}

export const initCommand: Command = {
  summary: 'create a database with a school (empty, or the demo school)',
  usage,
  run,
};
