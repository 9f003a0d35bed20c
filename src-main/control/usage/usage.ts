import {
  journalEntryActions,
  maxSignInLines,
  type EntryKind,
  type SignInLine,
  type UsageReport,
  type UsageUser,
} from '../../api/contract/control-usage';
import type { Role } from '../../api/contract/permissions';
import type { Database } from '../../db/connection';
import { fullName } from '../../structure/staff-service';
import { compareKyrgyz } from '../../text/kyrgyz-order';
import { instantRange, sqlSchoolWeek, weeksOf } from './days';

export const entryActions = Object.keys(journalEntryActions) as (keyof typeof journalEntryActions)[];
const actionList = entryActions.map((a) => `'${a}'`).join(', ');

interface Account {
  userId: number;
  login: string;
  role: Role;
  state: string;
  surname: string | null;
  name: string | null;
  patronymic: string | null;
}

export function accounts(db: Database): Account[] {
  return db.sqlite
    .prepare(
      `select u.id as userId, u.login, u.role, u.state, s.surname, s.name, s.patronymic
         from user u left join staff s on s.id = u.staff_id`,
    )
    .all() as Account[];
}

export const personOf = (a: Pick<Account, 'surname' | 'name' | 'patronymic'>) =>
  a.surname === null ? null : fullName({ surname: a.surname, name: a.name ?? '', patronymic: a.patronymic });

const noKinds = (): Record<EntryKind, number> => ({ lessons: 0, marks: 0, attendance: 0, periodMarks: 0 });

/**
 * Who used the journal in a range of school days: sign-ins and journal entries (each audited journal
 * call is one entry) per person and week. Grouped in SQL, so a year of a big school's trail is a few
 * hundred rows to the service, not a million.
 */
export function journalUsage(db: Database, range: { from: string; to: string }): UsageReport {
  const { since, before } = instantRange(range.from, range.to);
  const weeks = weeksOf(range.from, range.to);
  const weekIndex = new Map(weeks.map((w, i) => [w, i]));
  const signIns = db.sqlite
    .prepare(
      `select id, at, user_id as userId, actor as login, address from audit_entry
        where action = 'session.signIn' and at >= ? and at < ? order by at desc, id desc`,
    )
    .all(since, before) as (Omit<SignInLine, 'person'> & { id: number })[];
  const entries = db.sqlite
    .prepare(
      `select user_id as userId, action, ${sqlSchoolWeek} as week, count(*) as n from audit_entry
        where action in (${actionList}) and at >= ? and at < ? and user_id is not null
        group by user_id, action, week`,
    )
    .all(since, before) as { userId: number; action: keyof typeof journalEntryActions; week: string; n: number }[];

  const all = accounts(db);
  const byId = new Map(all.map((a) => [a.userId, a]));
  const users = new Map<number, UsageUser>();
  const userOf = (userId: number): UsageUser | null => {
    const found = users.get(userId);
    if (found) return found;
    const a = byId.get(userId);
    if (!a) return null;
    const made: UsageUser = {
      userId,
      login: a.login,
      role: a.role,
      person: personOf(a),
      signIns: 0,
      lastSignIn: null,
      entries: 0,
      byKind: noKinds(),
      perWeek: weeks.map(() => 0),
    };
    users.set(userId, made);
    return made;
  };
  // Every active teacher is listed, so that one who never opened the journal shows as zero.
  for (const a of all) if (a.role === 'teacher' && a.state === 'active') userOf(a.userId);
  for (const s of signIns) {
    const u = s.userId === null ? null : userOf(s.userId);
    if (!u) continue;
    u.signIns += 1;
    u.lastSignIn ??= s.at;
  }
  for (const e of entries) {
    const u = userOf(e.userId);
    if (!u) continue;
    u.entries += e.n;
    u.byKind[journalEntryActions[e.action]] += e.n;
    const i = weekIndex.get(e.week);
    if (i !== undefined) u.perWeek[i] = (u.perWeek[i] ?? 0) + e.n;
  }
  return {
    from: range.from,
    to: range.to,
    weeks,
    users: [...users.values()].sort(
      (a, b) => compareKyrgyz(a.person ?? a.login, b.person ?? b.login) || a.userId - b.userId,
    ),
    signIns: signIns.slice(0, maxSignInLines).map(({ id: _id, ...s }) => ({
      ...s,
      person:
        s.userId === null ? null : personOf(byId.get(s.userId) ?? { surname: null, name: null, patronymic: null }),
    })),
    signInTotal: signIns.length,
  };
}
