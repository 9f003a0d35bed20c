import { z } from 'zod';
import { call } from './define';
import { login, noInput, password } from './fields';
import type { Permission, Role } from './permissions';

/** The signed-in person as the renderer sees them. The session token never reaches the renderer. */
export interface SessionUser {
  userId: number;
  login: string;
  role: Role;
  surname: string;
  name: string;
  patronymic: string | null;
  mustChangePassword: boolean;
  permissions: Permission[];
}

export const sessionCalls = {
  'session.current': call<SessionUser | null>()({ input: noInput, access: 'public', mutates: false }),
  'session.signIn': call<SessionUser>()({
    input: z.object({ login: z.string().trim().min(1).max(40), password }).strict(),
    access: 'public',
    mutates: true,
    ownTransaction: true,
  }),
  'session.signOut': call<null>()({ input: noInput, access: 'public', mutates: true, ownTransaction: true }),
  'account.changePassword': call<SessionUser>()({
    input: z.object({ currentPassword: password, newPassword: password }).strict(),
    access: 'signedIn',
    mutates: true,
    ownTransaction: true,
    duringPasswordChange: true,
  }),
};

export { login };
