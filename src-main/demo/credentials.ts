import type { Role } from '../api/contract/permissions';

/**
 * The demo school's sign-ins, for the README, the first-run screen and the CLI's summary. Every demo
 * account has the same password and is not asked to change it: the demo is for looking around.
 *
 *   director   / demo1234   the director (reads everything)
 *   deputy     / demo1234   the deputy director for academic work (sets up the year, corrects, prints)
 *   usonova.a  / demo1234   Үсөнова Айгүл Бакытовна, Kyrgyz teacher and class teacher of 5-А
 *
 * Every other demo teacher signs in with the login made from the name (`loginFromName`) and the same
 * password. The administrator is not a demo account: it is made by the first-run screen or the CLI.
 */
export const demoPassword = 'demo1234';

export interface DemoAccount {
  login: string;
  role: Role;
  surname: string;
  name: string;
  patronymic: string;
  position: string;
}

export const demoAccounts = {
  director: {
    login: 'director',
    role: 'director',
    surname: 'Төлөгөнов',
    name: 'Бекболот',
    patronymic: 'Асанович',
    position: 'мектептин директору',
  },
  deputy: {
    login: 'deputy',
    role: 'deputy',
    surname: 'Өмүрбекова',
    name: 'Нурбүбү',
    patronymic: 'Эрмековна',
    position: 'окуу иштери боюнча директордун орун басары',
  },
  teacher: {
    login: 'usonova.a',
    role: 'teacher',
    surname: 'Үсөнова',
    name: 'Айгүл',
    patronymic: 'Бакытовна',
    position: 'кыргыз тили жана адабияты мугалими',
  },
} as const satisfies Record<string, DemoAccount>;

export const demoCredentials = {
  password: demoPassword,
  logins: [demoAccounts.director.login, demoAccounts.deputy.login, demoAccounts.teacher.login],
  accounts: demoAccounts,
} as const;
