import { z } from 'zod';
import { call } from './define';
import { id, login, noInput, optionalText, personName } from './fields';
import { roles, type Role } from './permissions';

export interface UserRow {
  userId: number;
  staffId: number;
  login: string;
  role: Role;
  surname: string;
  name: string;
  patronymic: string | null;
  position: string | null;
  active: boolean;
  mustChangePassword: boolean;
  /** Set only while the account is locked after wrong passwords. */
  lockedUntil: string | null;
  lastSignInAt: string | null;
}

/** A new account and its temporary password, shown once to the administrator and never stored. */
export interface IssuedCredentials {
  user: UserRow;
  temporaryPassword: string;
}

const role = z.enum(roles);

export const newUser = z
  .object({
    surname: personName,
    name: personName,
    patronymic: optionalText(80),
    position: optionalText(120),
    role,
    /** Left out: made from the name ("asanova.a"), unique. */
    login: login.optional(),
  })
  .strict();

export const usersCalls = {
  'users.list': call<UserRow[]>()({ input: noInput, access: 'users.read', mutates: false }),
  'users.create': call<IssuedCredentials>()({ input: newUser, access: 'users.manage', mutates: true }),
  /** All or nothing: a list with one bad row creates no account and says which rows are wrong. */
  'users.createMany': call<IssuedCredentials[]>()({
    input: z.object({ people: z.array(newUser).min(1).max(500) }).strict(),
    access: 'users.manage',
    mutates: true,
  }),
  'users.resetPassword': call<IssuedCredentials>()({
    input: z.object({ userId: id }).strict(),
    access: 'users.manage',
    mutates: true,
  }),
  'users.setRole': call<UserRow>()({
    input: z.object({ userId: id, role }).strict(),
    access: 'users.manage',
    mutates: true,
  }),
  'users.setActive': call<UserRow>()({
    input: z.object({ userId: id, active: z.boolean() }).strict(),
    access: 'users.manage',
    mutates: true,
  }),
};
