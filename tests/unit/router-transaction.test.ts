import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  adminCredentials,
  expectError,
  openTestApp,
  setupSchool,
  signIn,
  snapshot,
  type TestApp,
} from '../helpers/app';

/** A call that fails halfway leaves nothing behind: the router's transaction is all or nothing. */
describe('a call that fails after it has begun writing', () => {
  let t: TestApp;
  let token: string;

  beforeEach(() => {
    t = openTestApp();
    setupSchool(t);
    token = signIn(t, adminCredentials.login, adminCredentials.password);
    // The database itself refuses one login, so the service fails only after the first account is in.
    t.db.sqlite.exec(`create trigger refuse_boom before insert on user when new.login = 'boom'
      begin select raise(abort, 'refused by the test'); end`);
  });
  afterEach(() => t.close());

  it('rolls back every row it wrote, and says INTERNAL without details', () => {
    const before = snapshot(t.db);
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const error = expectError(
      t.call(
        'users.createMany',
        {
          people: [
            { surname: 'Асанов', name: 'Эрмек', role: 'teacher' },
            { surname: 'Бакиев', name: 'Нурлан', role: 'teacher', login: 'boom' },
          ],
        },
        token,
      ),
      'INTERNAL',
    );
    quiet.mockRestore();
    expect(error).toEqual({ code: 'INTERNAL', message: 'errors.INTERNAL' });
    expect(snapshot(t.db)).toBe(before);
  });
});
