import { createUsers, listUsers, resetPassword, setActive, setRole } from '../../accounts/users-service';
import { ApiError } from '../api-error';
import type { HandlerMap } from './types';

export const usersHandlers: HandlerMap<
  'users.list' | 'users.create' | 'users.createMany' | 'users.resetPassword' | 'users.setRole' | 'users.setActive'
> = {
  'users.list': (ctx) => listUsers(ctx.app.db, ctx.now),
  'users.create': (ctx, person) => {
    const [issued] = createUsers(ctx, [person], () => 'login');
    if (!issued) throw new ApiError('INTERNAL');
    return issued;
  },
  'users.createMany': (ctx, { people }) => createUsers(ctx, people, (i) => `people.${i}.login`),
  'users.resetPassword': (ctx, { userId }) => resetPassword(ctx, userId),
  'users.setRole': (ctx, { userId, role }) => setRole(ctx, userId, role),
  'users.setActive': (ctx, { userId, active }) => setActive(ctx, userId, active),
};
