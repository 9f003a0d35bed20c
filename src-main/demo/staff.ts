import { eq } from 'drizzle-orm';
import { staff, user } from '../db/schema';
import { insertAccount } from '../accounts/users-service';
import { loginFromName, uniqueLogin } from '../accounts/login-names';
import { groupFor, isSplit, primaryGroup, teacherGroups, weeklyPlan, type TeacherGroup } from './curriculum';
import { demoAccounts, demoPassword, type DemoAccount } from './credentials';
import type { DemoClass, DemoContext, DemoTeacher } from './model';
import { makePerson, makePhone, type Origin, type Person, type Sex } from './people';

/** A teacher gives about 20 hours a week (the rate is 18, most take a little more). */
const hoursPerTeacher = 20;

export interface DemoStaff {
  teachers: DemoTeacher[];
  /** The own teacher of each class of grades 1–4. */
  primaryOf: Map<DemoClass, DemoTeacher>;
  /** The Kyrgyz teacher whose login the README gives; class teacher of 5-А. */
  featured: DemoTeacher;
}

class AccountMaker {
  private readonly taken: Set<string>;
  private readonly names = new Set<string>();
  private cabinets = 0;

  constructor(private readonly ctx: DemoContext) {
    const rows = ctx.db.orm.select({ login: user.login }).from(user).all();
    this.taken = new Set(rows.map((r) => r.login.toLowerCase()));
  }

  /** A person whose surname and name no other demo teacher has, so logins stay readable. */
  newPerson(origin: Origin, men: number): Person {
    for (;;) {
      const person = makePerson(this.ctx.rng, origin, this.ctx.rng.chance(men) ? 'm' : 'f', true);
      const key = `${person.surname} ${person.name}`;
      if (!this.names.has(key)) {
        this.names.add(key);
        return person;
      }
    }
  }

  account(person: Person, position: string, role: DemoAccount['role'], login?: string) {
    this.names.add(`${person.surname} ${person.name}`);
    const chosen = uniqueLogin(login ?? loginFromName(person.surname, person.name), this.taken);
    this.taken.add(chosen.toLowerCase());
    // The hash costs ~50 ms a time: the reason the demo has tens of accounts, not hundreds.
    const row = insertAccount(
      this.ctx.db,
      { surname: person.surname, name: person.name, patronymic: person.patronymic, position, role, login: chosen },
      demoPassword,
      false,
      this.ctx.now,
    );
    this.ctx.db.orm
      .update(staff)
      .set({ phone: makePhone(this.ctx.rng) })
      .where(eq(staff.id, row.staffId))
      .run();
    return row;
  }

  /** Cabinets 201–220 on the second floor, then 301–320 on the third. */
  private cabinet(): string {
    const i = this.cabinets++;
    return `${2 + Math.floor(i / 20)}${String((i % 20) + 1).padStart(2, '0')}`;
  }

  teacher(person: Person, origin: Origin, group: TeacherGroup, login?: string): DemoTeacher {
    const row = this.account(person, group.position, 'teacher', login);
    const room = group.key === 'pe' ? 'спортзал' : group.key === 'primary' ? '' : this.cabinet();
    return { staffId: row.staffId, userId: row.userId, login: row.login, person, origin, group, room, hours: 0 };
  }
}

/** Hours a week each group of teachers has to cover in these classes (a split subject counts twice). */
function hoursByGroup(classes: readonly DemoClass[]): Map<string, number> {
  const hours = new Map<string, number>();
  for (const cls of classes) {
    for (const [key, h] of weeklyPlan(cls.grade, cls.language)) {
      const group = groupFor(key, cls.grade, cls.language);
      hours.set(group.key, (hours.get(group.key) ?? 0) + h * (isSplit(key, cls.grade) ? 2 : 1));
    }
  }
  return hours;
}

/** The director, the deputy and every teacher the classes need, each with an account. */
export function createStaff(ctx: DemoContext, classes: readonly DemoClass[]): DemoStaff {
  const maker = new AccountMaker(ctx);
  const person = (a: DemoAccount, sex: Sex): Person => ({
    surname: a.surname,
    name: a.name,
    patronymic: a.patronymic,
    sex,
  });
  const { director, deputy, teacher } = demoAccounts;
  maker.account(person(director, 'm'), director.position, director.role, director.login);
  maker.account(person(deputy, 'f'), deputy.position, deputy.role, deputy.login);
  const kyrgyzGroup = teacherGroups.find((g) => g.key === 'kyrgyz') ?? primaryGroup;
  const featured = maker.teacher(person(teacher, 'f'), 'ky', kyrgyzGroup, teacher.login);
  const teachers: DemoTeacher[] = [featured];

  const primaryOf = new Map<DemoClass, DemoTeacher>();
  for (const cls of classes.filter((c) => c.grade <= 4)) {
    const origin: Origin = cls.language === 'ru' && ctx.rng.chance(0.7) ? 'ru' : 'ky';
    const teacher = maker.teacher(maker.newPerson(origin, primaryGroup.men), origin, primaryGroup);
    primaryOf.set(cls, teacher);
    teachers.push(teacher);
  }

  const hours = hoursByGroup(classes);
  for (const group of teacherGroups) {
    // Split subjects need two teachers at the same hour; every group needs one at least.
    const needed = Math.max(group.key === 'english' ? 2 : 1, Math.round((hours.get(group.key) ?? 0) / hoursPerTeacher));
    const already = teachers.filter((t) => t.group === group).length;
    for (let i = already; i < needed; i += 1) {
      const origin: Origin = ctx.rng.chance(group.russian) ? 'ru' : 'ky';
      teachers.push(maker.teacher(maker.newPerson(origin, group.men), origin, group));
    }
  }
  return { teachers, primaryOf, featured };
}
