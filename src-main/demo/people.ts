import type { Random } from './random';
import { kyrgyzBoys, kyrgyzDistricts, kyrgyzFathers, kyrgyzGirls, kyrgyzStreets, kyrgyzSurnames } from './names-ky';
import {
  russianBoys,
  russianDistricts,
  russianFathers,
  russianGirls,
  russianStreets,
  russianSurnames,
} from './names-ru';
import { addDays } from './dates';

export type Sex = 'm' | 'f';
/** Whose names a person carries: Kyrgyz or Russian. */
export type Origin = 'ky' | 'ru';

export interface Person {
  surname: string;
  name: string;
  patronymic: string;
  sex: Sex;
}

/** Иванов → Иванова, Ковальский → Ковальская, Ткаченко stays. */
export function feminineSurname(surname: string): string {
  if (/(ов|ев|ёв|ин|ын)$/.test(surname)) return `${surname}а`;
  if (surname.endsWith('ий')) return `${surname.slice(0, -2)}ая`;
  return surname;
}

function surnameFor(masculine: string, sex: Sex): string {
  return sex === 'f' ? feminineSurname(masculine) : masculine;
}

/** A Kyrgyz father's name as a Russian-style patronymic (Бакыт → Бакытович); null where it does not fit. */
function russianStyle(father: string, sex: Sex): string | null {
  if (!/[бвгджзклмнпрстфхцчшң]$/.test(father)) return null;
  return `${father}${sex === 'm' ? 'ович' : 'овна'}`;
}

/**
 * A person's three names. Kyrgyz children carry "Бакыт уулу" / "Бакыт кызы"; adults often have the
 * older Russian-style form ("Бакытовна") in their papers.
 */
export function makePerson(rng: Random, origin: Origin, sex: Sex, adult: boolean, surname?: string): Person {
  if (origin === 'ru') {
    const [, son, daughter] = rng.pick(russianFathers);
    return {
      surname: surnameFor(surname ?? rng.pick(russianSurnames), sex),
      name: rng.pick(sex === 'm' ? russianBoys : russianGirls),
      patronymic: sex === 'm' ? son : daughter,
      sex,
    };
  }
  const father = rng.pick(kyrgyzFathers);
  const oldStyle = adult && rng.chance(0.6) ? russianStyle(father, sex) : null;
  return {
    surname: surnameFor(surname ?? rng.pick(kyrgyzSurnames), sex),
    name: rng.pick(sex === 'm' ? kyrgyzBoys : kyrgyzGirls),
    patronymic: oldStyle ?? `${father} ${sex === 'm' ? 'уулу' : 'кызы'}`,
    sex,
  };
}

/** The father's name hidden in a child's patronymic: "Бакыт уулу" → "Бакыт". */
export function fatherNameOf(child: Person, origin: Origin, rng: Random): string {
  if (origin === 'ky') return child.patronymic.replace(/ (уулу|кызы)$/, '');
  const found = russianFathers.find(([, son, daughter]) => child.patronymic === son || child.patronymic === daughter);
  return found ? found[0] : rng.pick(russianFathers)[0];
}

export function fullName(p: { surname: string; name: string; patronymic: string }): string {
  return `${p.surname} ${p.name} ${p.patronymic}`;
}

/** A birth date for a pupil of `grade` in the year that starts on `yearStart` (1 September). */
export function birthDateFor(rng: Random, grade: number, yearStart: string): string {
  // Grade 1 children are 6 on 1 September and turn 7 during the year; a few started a year late.
  const yearsOld = grade + 5 + (rng.chance(0.05) ? 1 : 0);
  const startYear = Number(yearStart.slice(0, 4)) - yearsOld - 1;
  return addDays(`${startYear}-09-01`, rng.int(0, 364));
}

/**
 * The 14-digit personal number: 1 for a woman or 2 for a man, the birth date as ddmmyyyy, then five
 * digits of the registry's own. Unique among `taken`.
 */
export function makePin(rng: Random, sex: Sex, birthDate: string, taken: Set<string>): string {
  const [y, m, d] = birthDate.split('-');
  for (;;) {
    const pin = `${sex === 'f' ? 1 : 2}${d}${m}${y}${String(rng.int(0, 99_999)).padStart(5, '0')}`;
    if (!taken.has(pin)) {
      taken.add(pin);
      return pin;
    }
  }
}

const operators = ['555', '557', '700', '701', '702', '705', '707', '770', '772', '777', '550', '505', '999', '220'];

export function makePhone(rng: Random): string {
  return `+996 ${rng.pick(operators)} ${rng.int(100, 999)} ${rng.int(100, 999)}`;
}

/** A Bishkek address in the language of the pupil's class. */
export function makeAddress(rng: Random, language: 'ky' | 'ru'): string {
  const house = rng.int(1, 180);
  const flat = rng.int(1, 96);
  if (language === 'ky') {
    return rng.chance(0.7)
      ? `Бишкек ш., ${rng.pick(kyrgyzStreets)}, ${house}-үй, ${flat}-батир`
      : `Бишкек ш., ${rng.pick(kyrgyzDistricts)} кичи району, ${rng.int(1, 60)}-үй, ${flat}-батир`;
  }
  return rng.chance(0.7)
    ? `г. Бишкек, ${rng.pick(russianStreets)}, д. ${house}, кв. ${flat}`
    : `г. Бишкек, мкр. ${rng.pick(russianDistricts)}, д. ${rng.int(1, 60)}, кв. ${flat}`;
}
